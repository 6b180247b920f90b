"""Security requirements, resolved once: which credentials an operation asks for, how each scheme is sent,
and whether a request carries them.

The replay server cannot verify a credential, only that one is there in the form the spec names: an
`Authorization: Basic <user:password>` header for HTTP Basic, the named header/query/cookie for an API
key. An operation's own `security` wins over the document's; `[]` or an empty alternative `{}` means
no credentials are needed.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any
from urllib.parse import parse_qsl

import httpx

from voicespec.spec.document import SpecDocument
from voicespec.spec.request_validation import MatchedOperation


def _has_authorization(request: httpx.Request, scheme: str) -> bool:
    word, _, credential = request.headers.get("authorization", "").strip().partition(" ")
    return word.lower() == scheme.lower() and bool(credential.strip())


def _has_basic(request: httpx.Request) -> bool:
    if not _has_authorization(request, "basic"):
        return False
    credential = request.headers["authorization"].strip().partition(" ")[2].strip()
    try:
        decoded = base64.b64decode(credential, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return ":" in decoded


def _satisfies(request: httpx.Request, scheme: dict[str, Any]) -> bool:
    kind = scheme.get("type")
    if kind == "http":
        name = str(scheme.get("scheme", "")).lower()
        return _has_basic(request) if name == "basic" else _has_authorization(request, name)
    if kind == "apiKey":
        name, where = str(scheme.get("name", "")), scheme.get("in")
        if where == "header":
            return bool(request.headers.get(name, "").strip())
        if where == "query":
            return any(key == name and value for key, value in parse_qsl(request.url.query.decode()))
        if where == "cookie":
            cookies = (part.strip().partition("=") for part in request.headers.get("cookie", "").split(";"))
            return any(key == name and value for key, _, value in cookies)
    if kind in ("oauth2", "openIdConnect"):
        return _has_authorization(request, "bearer")
    return False


def _describe(name: str, scheme: dict[str, Any]) -> str:
    if scheme.get("type") == "http":
        return f"{name} (Authorization: {str(scheme.get('scheme', '')).title()} ...)"
    if scheme.get("type") == "apiKey":
        return f"{name} ({scheme.get('in')} {scheme.get('name')})"
    return name


SecurityAlternative = dict[str, dict[str, Any]]  # scheme name -> scheme object, all required together


def security_alternatives(doc: SpecDocument, operation: dict[str, Any]) -> list[SecurityAlternative]:
    """The operation's security alternatives (its own `security`, else the document's), schemes resolved.
    An empty list, or one holding an empty alternative, means no credentials are needed."""
    requirements = operation.get("security", doc.data.get("security")) or []
    schemes = (doc.data.get("components") or {}).get("securitySchemes") or {}
    return [{name: doc.deref(schemes.get(name, {})) for name in alternative} for alternative in requirements]


def needs_credentials(doc: SpecDocument, operation: dict[str, Any]) -> bool:
    alternatives = security_alternatives(doc, operation)
    return bool(alternatives) and all(alternatives)


def credential_headers(alternative: SecurityAlternative, token: str, basic: str) -> dict[str, str]:
    """The headers that send `alternative`: `basic` as the HTTP Basic credential (base64 of user:password,
    or a placeholder), `token` for every other scheme. A query or cookie API key has no header: left out."""
    headers: dict[str, str] = {}
    for scheme in alternative.values():
        kind = scheme.get("type")
        if kind == "http":
            name = str(scheme.get("scheme", "")).lower()
            headers["Authorization"] = f"Basic {basic}" if name == "basic" else f"{name.title()} {token}"
        elif kind == "apiKey" and scheme.get("in") == "header":
            headers[str(scheme.get("name"))] = token
        elif kind in ("oauth2", "openIdConnect"):
            headers["Authorization"] = f"Bearer {token}"
    return headers


def spec_credentials(doc: SpecDocument, token: str, basic: str) -> dict[str, str]:
    """Headers that satisfy every operation needing credentials, where one alternative can: the first
    alternative of the first operation that needs any, as `credential_headers` sends it."""
    for item in (doc.data.get("paths") or {}).values():
        for operation in doc.deref(item).values():
            if isinstance(operation, dict) and needs_credentials(doc, operation):
                return credential_headers(security_alternatives(doc, operation)[0], token, basic)
    return {}


def missing_credentials(doc: SpecDocument, matched: MatchedOperation, request: httpx.Request) -> str | None:
    """None when the request satisfies one of the operation's security alternatives; otherwise what it
    should have sent."""
    if not needs_credentials(doc, matched.operation):
        return None
    alternatives = security_alternatives(doc, matched.operation)
    if any(
        all(_satisfies(request, scheme) for scheme in alternative.values()) for alternative in alternatives
    ):
        return None
    wanted = " or ".join(
        " and ".join(_describe(name, scheme) for name, scheme in alternative.items())
        for alternative in alternatives
    )
    return f"missing credentials: send {wanted}"
