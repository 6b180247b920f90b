"""Whether a request carries the credentials its operation's `security` asks for.

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


def missing_credentials(doc: SpecDocument, matched: MatchedOperation, request: httpx.Request) -> str | None:
    """None when the request satisfies one of the operation's security alternatives; otherwise what it
    should have sent."""
    requirements = matched.operation.get("security", doc.data.get("security")) or []
    if not requirements or any(not alternative for alternative in requirements):
        return None
    schemes = (doc.data.get("components") or {}).get("securitySchemes") or {}
    for alternative in requirements:
        if all(_satisfies(request, doc.deref(schemes.get(name, {}))) for name in alternative):
            return None
    wanted = " or ".join(
        " and ".join(_describe(name, doc.deref(schemes.get(name, {}))) for name in alternative)
        for alternative in requirements
    )
    return f"missing credentials: send {wanted}"
