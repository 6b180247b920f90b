"""Removing credentials from recorded traffic, once, before a cassette is written.

Credential headers keep their auth scheme word (`Basic REDACTED`) so a reader still sees how the request
authenticated; secret JSON/form fields and query parameters become `REDACTED`. When replaying, a recorded
`REDACTED` matches any value (see `matchers.py`), so a redacted cassette still answers real requests.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from voicespec.cassettes.model import RecordedRequest, RecordedResponse

REDACTED = "REDACTED"

# Header names are compared lower-cased. x-timestamp is signing material for Sinch's signed requests.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "x-timestamp",
        "x-auth-token",
        "cookie",
        "set-cookie",
    }
)
# Body fields and query parameters, compared lower-cased with `_` and `-` removed.
SECRET_FIELDS = frozenset(
    {
        "accesstoken",
        "refreshtoken",
        "idtoken",
        "token",
        "appsecret",
        "applicationsecret",
        "clientsecret",
        "secret",
        "password",
        "apikey",
        "appid",  # Symbl's App ID is half of the credential pair exchanged for a token
    }
)
_AUTH_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_-]*)\s+\S")
_FORM = re.compile(r"[^=&\s]+=[^&\s]*(?:&[^=&\s]+=[^&\s]*)*")
_BASIC_IN_TEXT = re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}")


def is_secret_field(name: str) -> bool:
    return name.lower().replace("_", "").replace("-", "") in SECRET_FIELDS


def redact_header(name: str, value: str) -> str:
    """The value to store for header `name`: unchanged, or REDACTED keeping any auth scheme word."""
    lowered = name.lower()
    if lowered not in SECRET_HEADERS:
        return value
    scheme = _AUTH_SCHEME.match(value) if lowered.endswith("authorization") else None
    return f"{scheme.group(1)} {REDACTED}" if scheme else REDACTED


def redact_headers(headers: dict[str, list[str]]) -> dict[str, list[str]]:
    return {name: [redact_header(name, value) for value in values] for name, values in headers.items()}


def redact_json(value: Any) -> Any:
    """A copy of a JSON value with every secret field's value replaced (at any depth)."""
    if isinstance(value, dict):
        return {
            key: REDACTED if is_secret_field(key) and value[key] is not None else redact_json(value[key])
            for key in value
        }
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    return value


def redact_body(body: str | bytes | None) -> str | bytes | None:
    """Redact secret fields of a JSON or form body and Basic/Bearer credentials in any other text. The
    body's own shape decides, not its Content-Type, which a client may have got wrong."""
    if body is None or isinstance(body, bytes) or not body:
        return body
    try:
        parsed = json.loads(body)
    except ValueError:
        return _redact_pairs(body) if _FORM.fullmatch(body) else _redact_text(body)
    redacted = redact_json(parsed)
    return body if redacted == parsed else json.dumps(redacted, separators=(",", ":"))


def redact_uri(uri: str) -> str:
    """Drop user:password@ from the authority and redact secret query parameters."""
    parts = urlsplit(uri)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = _redact_pairs(parts.query) if parts.query else parts.query
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _redact_pairs(encoded: str) -> str:
    pairs = parse_qsl(encoded, keep_blank_values=True)
    if not any(is_secret_field(name) for name, _ in pairs):
        return encoded
    return urlencode([(name, REDACTED if is_secret_field(name) else value) for name, value in pairs])


def _redact_text(text: str) -> str:
    return _BASIC_IN_TEXT.sub(lambda match: f"{match.group(1)} {REDACTED}", text)


def redact_request(request: RecordedRequest) -> RecordedRequest:
    return RecordedRequest(
        request.method, redact_uri(request.uri), redact_body(request.body), redact_headers(request.headers)
    )


def redact_response(response: RecordedResponse) -> RecordedResponse:
    body = redact_body(response.body)
    return RecordedResponse(response.status, body or "", redact_headers(response.headers), response.message)
