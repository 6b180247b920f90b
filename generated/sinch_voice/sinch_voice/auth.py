"""Sinch application-signed requests, as an `httpx.Auth` (hand-written runtime).

Sinch signs with the application key and secret from the dashboard; the same algorithm authenticates the
requests you send (`ApplicationAuth`) and the callbacks Sinch sends you (`callbacks.verify`), so both use
`signature()` here::

    Content-MD5  = Base64(MD5(body))                      ("" when there is no body)
    StringToSign = METHOD "\\n" Content-MD5 "\\n" Content-Type "\\n" "x-timestamp:" timestamp "\\n" path
    Signature    = Base64(HMAC-SHA256(Base64Decode(secret), UTF-8(StringToSign)))
    Authorization: Application <key>:<signature>          with header x-timestamp: <ISO-8601 UTC>

`path` is the decoded request path, without scheme, host or query (`httpx.URL.path`, Starlette's
`request.url.path`): the decoded form survives re-encoding on the way (a proxy, or the host routing
transport, may send `%2B` as `+`), so the signer and the verifier agree on it.

    client = sinch_client(auth=ApplicationAuth(key, secret))      # signed (recommended by Sinch)
    client = sinch_client(auth=httpx.BasicAuth(key, secret))      # the documented alternative

Errors raised here::

    SinchVoiceError (and ValueError)
     └── InvalidSecretError   the application secret is not base64 (raised when the auth is built); padding
                              may be left out
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Generator
from datetime import UTC, datetime

import httpx

from .credentials import mark_credentials
from .errors import SinchVoiceError

__all__ = [
    "APPLICATION_SCHEME",
    "TIMESTAMP_HEADER",
    "ApplicationAuth",
    "InvalidSecretError",
    "content_md5",
    "decode_secret",
    "format_timestamp",
    "signature",
    "string_to_sign",
]

APPLICATION_SCHEME = "Application"
TIMESTAMP_HEADER = "x-timestamp"


class InvalidSecretError(SinchVoiceError, ValueError):
    """The application secret is not valid base64 (Sinch secrets are, and signing uses the decoded bytes)."""


def decode_secret(secret: str) -> bytes:
    """The HMAC key: the base64-decoded application secret. Strict, so a mangled secret fails here, at
    once, rather than as a signature mismatch on every request."""
    if not isinstance(secret, str) or not secret:
        raise InvalidSecretError("the application secret must be a non-empty base64 string")
    # Padding may be left out entirely, but padding that is given must be right.
    padded = secret if "=" in secret else secret + "=" * (-len(secret) % 4)
    try:
        return base64.b64decode(padded, validate=True)
    except ValueError as exc:  # binascii.Error, or non-ASCII text
        raise InvalidSecretError(f"the application secret is not valid base64: {exc}") from exc


def content_md5(body: bytes) -> str:
    """Base64 of the body's MD5 digest; Sinch signs an empty string for a request without a body."""
    if not body:
        return ""
    # MD5 is what the protocol prescribes for the body digest; the HMAC carries the security.
    return base64.b64encode(hashlib.md5(body, usedforsecurity=False).digest()).decode("ascii")


def string_to_sign(method: str, body: bytes, content_type: str, timestamp: str, path: str) -> str:
    return "\n".join((method.upper(), content_md5(body), content_type, f"{TIMESTAMP_HEADER}:{timestamp}", path))


def signature(secret: bytes, *, method: str, path: str, content_type: str, body: bytes, timestamp: str) -> str:
    """The base64 HMAC-SHA256 signature of one request; `secret` is the decoded secret (`decode_secret`)."""
    message = string_to_sign(method, body, content_type, timestamp, path).encode("utf-8")
    return base64.b64encode(hmac.new(secret, message, hashlib.sha256).digest()).decode("ascii")


def format_timestamp(moment: datetime) -> str:
    """ISO-8601 UTC to the second, as in Sinch's examples (`2014-06-04T13:41:58Z`)."""
    if moment.tzinfo is None:
        raise ValueError(f"the clock must return an aware datetime (UTC); got the naive {moment!r}")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ApplicationAuth(httpx.Auth):
    """Sign every request with the application key and secret (`Authorization: Application key:sig`).

    `clock` returns the current time as an aware datetime (default: the system clock in UTC); inject a
    fixed one to reproduce a signature in tests. The body is read before signing, so streamed bodies are
    buffered.
    """

    requires_request_body = True

    def __init__(self, key: str, secret: str, *, clock: Callable[[], datetime] | None = None) -> None:
        if not isinstance(key, str) or not key or ":" in key or any(c.isspace() for c in key):
            raise ValueError(f"key must be the application key (non-empty, no ':' or spaces), got {key!r}")
        self.key = key
        self._secret = decode_secret(secret)
        self._clock = clock or _utc_now

    def __repr__(self) -> str:
        # Never show the secret: auth objects end up in logs and tracebacks.
        return f"ApplicationAuth(key={self.key!r}, secret='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = format_timestamp(self._clock())
        signed = signature(
            self._secret,
            method=request.method,
            path=request.url.path,
            content_type=request.headers.get("Content-Type", ""),
            body=request.content,
            timestamp=timestamp,
        )
        request.headers[TIMESTAMP_HEADER] = timestamp
        request.headers["Authorization"] = f"{APPLICATION_SCHEME} {self.key}:{signed}"
        mark_credentials(request, "Authorization", TIMESTAMP_HEADER)
        yield request
