"""Incoming Sinch callbacks: check that Sinch sent them (`verify`) and read them as typed models (`parse`).

Sinch signs each callback (ICE, ACE, DICE, PIE, notify) with the application key and secret, exactly as
clients sign their requests (`auth.signature`), or sends `Basic key:secret` when the application is set up
for basic authentication. A handler checks the request, parses it, and answers with SVAML::

    verify(request.method, request.url.path, request.headers, body, key=KEY, secret=SECRET)
    event = parse(body)          # IceRequest | AceRequest | DiceRequest | PieRequest | NotifyRequest

`sign` is the inverse of `verify`: the headers Sinch would send with a body, for tests of a handler.
For any input whatsoever, `verify` and `parse` raise only these (JSON is decoded with `inbound.loads`,
which bounds nesting and number size)::

    SinchVoiceError (errors.py, the package's root)
     ├── InvalidSignature    the request is not an authentic, fresh callback; `.reason` names the failed check
     ├── CallbackError       not a callback of this API; `.field` names the bad field (a ValueError)
     └── InvalidSecretError  (from `auth`) the secret passed to `verify` is not base64 (a ValueError)
"""

from __future__ import annotations

import base64
import hmac
import json
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeAlias

from .auth import APPLICATION_SCHEME, TIMESTAMP_HEADER, decode_secret, format_timestamp, signature
from .errors import SinchVoiceError
from .inbound import loads
from .models import AceRequest, DiceRequest, IceRequest, NotifyRequest, PieRequest

__all__ = [
    "DEFAULT_MAX_AGE",
    "Callback",
    "CallbackError",
    "InvalidSignature",
    "NotifyRequest",
    "Reason",
    "parse",
    "sign",
    "verify",
]

# Sinch gives no bound; five minutes tolerates clock skew and slow delivery while keeping replays short-lived.
DEFAULT_MAX_AGE = timedelta(minutes=5)
_EXCERPT = 80

Callback: TypeAlias = IceRequest | AceRequest | DiceRequest | PieRequest | NotifyRequest


class Reason(StrEnum):
    """Which check of `verify` failed."""

    MISSING_AUTHORIZATION = "missing-authorization"
    MALFORMED_AUTHORIZATION = "malformed-authorization"
    UNSUPPORTED_SCHEME = "unsupported-scheme"
    WRONG_KEY = "wrong-key"
    WRONG_SECRET = "wrong-secret"
    MISSING_TIMESTAMP = "missing-timestamp"
    MALFORMED_TIMESTAMP = "malformed-timestamp"
    SIGNATURE_MISMATCH = "signature-mismatch"
    EXPIRED_TIMESTAMP = "expired-timestamp"
    FUTURE_TIMESTAMP = "future-timestamp"


class InvalidSignature(SinchVoiceError):
    """The callback failed `verify`: `reason` is the check (a `Reason`), `detail` says more."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class CallbackError(SinchVoiceError, ValueError):
    """The body is not a callback this API sends; `field` is the JSON field at fault (None: the body)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


# ---------------------------------------------------------------------------------------------- verify


def verify(
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: bytes | str,
    *,
    key: str,
    secret: str,
    max_age: timedelta = DEFAULT_MAX_AGE,
    now: datetime | None = None,
    allow_basic: bool = True,
) -> None:
    """Raise `InvalidSignature` unless the request carries a valid Sinch signature for `key`/`secret`.

    `path` is the decoded request path (Starlette `request.url.path`); a query string in it is ignored, as
    Sinch does not sign it. `headers` may be any mapping (lookups are case-insensitive); `body` the raw
    bytes as received. A signed request must be at most `max_age` old (and not more than `max_age` ahead of
    `now`), so a captured callback cannot be replayed later. `Basic key:secret` is accepted unless
    `allow_basic` is False; it carries no timestamp and protects nothing but the credentials.
    """
    if max_age <= timedelta(0):
        raise ValueError(f"max_age must be positive, got {max_age!r}")
    expected_secret = decode_secret(secret)
    lowered = {name.lower(): value for name, value in headers.items()}
    authorization = lowered.get("authorization", "").strip()
    if not authorization:
        raise InvalidSignature(Reason.MISSING_AUTHORIZATION, "the request has no Authorization header")
    scheme, _, credentials = authorization.partition(" ")
    scheme, credentials = scheme.lower(), credentials.strip()
    if scheme == "basic" and allow_basic:
        _check_basic(credentials, key, secret)
        return
    if scheme != "application":
        allowed = "Application or Basic" if allow_basic else "Application"
        raise InvalidSignature(Reason.UNSUPPORTED_SCHEME, f"scheme {scheme!r} is not accepted ({allowed})")
    sent_key, _, sent_signature = credentials.partition(":")
    if not sent_key or not sent_signature:
        raise InvalidSignature(Reason.MALFORMED_AUTHORIZATION, "expected 'Application <key>:<signature>'")
    if not _same(sent_key, key):
        raise InvalidSignature(Reason.WRONG_KEY, "the request is signed for another application key")
    timestamp = lowered.get(TIMESTAMP_HEADER, "").strip()
    if not timestamp:
        raise InvalidSignature(Reason.MISSING_TIMESTAMP, f"the request has no {TIMESTAMP_HEADER} header")
    expected = signature(
        expected_secret,
        method=method,
        path=path.partition("?")[0],
        content_type=lowered.get("content-type", ""),
        body=body.encode("utf-8") if isinstance(body, str) else body,
        timestamp=timestamp,
    )
    if not _same(sent_signature, expected):
        raise InvalidSignature(
            Reason.SIGNATURE_MISMATCH,
            "the signature does not match the method, path, content type, body and timestamp received",
        )
    _check_fresh(timestamp, now or datetime.now(UTC), max_age)


def sign(
    method: str,
    path: str,
    body: bytes | str,
    *,
    key: str,
    secret: str,
    content_type: str = "application/json",
    now: datetime | None = None,
) -> dict[str, str]:
    """The headers of a callback signed as Sinch signs it, so that `verify` accepts it (for tests).

    `now` (aware; default the current time) is the signing time; `path` may carry a query, which is not
    signed.
    """
    timestamp = format_timestamp(now or datetime.now(UTC))
    signed = signature(
        decode_secret(secret),
        method=method,
        path=path.partition("?")[0],
        content_type=content_type,
        body=body.encode("utf-8") if isinstance(body, str) else body,
        timestamp=timestamp,
    )
    return {
        "Authorization": f"{APPLICATION_SCHEME} {key}:{signed}",
        TIMESTAMP_HEADER: timestamp,
        "Content-Type": content_type,
    }


def _same(received: str, expected: str) -> bool:
    # Constant time, so response timing does not reveal how much of a guess was right.
    return hmac.compare_digest(received.encode("utf-8"), expected.encode("utf-8"))


def _check_basic(credentials: str, key: str, secret: str) -> None:
    try:
        user, colon, password = base64.b64decode(credentials, validate=True).decode("utf-8").partition(":")
    except ValueError:  # binascii.Error, non-ASCII text, or bytes that are not UTF-8
        colon = ""
    if not colon:
        raise InvalidSignature(Reason.MALFORMED_AUTHORIZATION, "expected 'Basic base64(<key>:<secret>)'")
    if not _same(user, key):
        raise InvalidSignature(Reason.WRONG_KEY, "the Basic credentials name another application key")
    if not _same(password, secret):
        raise InvalidSignature(Reason.WRONG_SECRET, "the Basic credentials carry a wrong secret")


def _check_fresh(timestamp: str, now: datetime, max_age: timedelta) -> None:
    try:
        sent = datetime.fromisoformat(timestamp)
    except ValueError:
        raise InvalidSignature(
            Reason.MALFORMED_TIMESTAMP, f"{TIMESTAMP_HEADER} {timestamp!r} is not an ISO-8601 time"
        ) from None
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)  # Sinch sends UTC; a value without a zone is read as such
    if now.tzinfo is None:
        raise ValueError(f"now must be an aware datetime, got the naive {now!r}")
    try:
        age = now - sent
    except OverflowError:  # a time at the very edge of datetime's range, with an offset
        raise InvalidSignature(
            Reason.MALFORMED_TIMESTAMP, f"{TIMESTAMP_HEADER} {timestamp!r} is out of range"
        ) from None
    if age > max_age:
        raise InvalidSignature(Reason.EXPIRED_TIMESTAMP, f"signed {age} ago, more than the {max_age} allowed")
    if -age > max_age:
        raise InvalidSignature(Reason.FUTURE_TIMESTAMP, f"signed {-age} in the future, beyond {max_age}")


# ----------------------------------------------------------------------------------------------- parse

_Parser: TypeAlias = Callable[[Mapping[str, Any]], Callback]
_EVENTS: dict[str, tuple[str, _Parser]] = {
    "ice": ("IceRequest", IceRequest.from_dict),
    "ace": ("AceRequest", AceRequest.from_dict),
    "dice": ("DiceRequest", DiceRequest.from_dict),
    "pie": ("PieRequest", PieRequest.from_dict),
    # One model for every notification: Sinch publishes no closed list of notify types, so an unknown
    # `type` parses as a NotifyType member with `is_known == False` instead of being refused.
    "notify": ("NotifyRequest", NotifyRequest.from_dict),
}
# How many fields `_rejection` tries leaving out to find the culprit (each try parses the whole body again).
_BLAME_TRIES = 32
# What a generated `from_dict` raises when the data does not fit its model.
_REJECTIONS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def parse(body: bytes | str | Mapping[str, Any]) -> Callback:
    """The typed model of a callback body, chosen by `event`.

    Sinch sends the call id as `callid` (lower case), which lands in the models' `callid` attribute.
    Fields the model does not know are kept in `additional_properties`; enum values it does not know (a new
    notify `type`, a new DICE `reason`) are kept as sent. Anything that is not a callback raises
    `CallbackError`.
    """
    data = _load(body)
    name, from_dict = _EVENTS[_discriminator(data, "event", _EVENTS.keys())]
    try:
        return from_dict(data)
    except _REJECTIONS as exc:
        raise _rejection(name, from_dict, data, exc) from exc


def _load(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, bytes | bytearray | memoryview):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CallbackError(f"the body is not UTF-8 text: {exc}") from exc
    if not isinstance(body, str):
        raise CallbackError(f"the body must be bytes, str or a mapping, got {type(body).__name__}")
    try:
        data = loads(body)
    except json.JSONDecodeError as exc:
        raise CallbackError(
            f"the body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno} (char {exc.pos})"
        ) from exc
    if not isinstance(data, dict):
        raise CallbackError(f"a callback body is a JSON object, got {type(data).__name__}: {_excerpt(data)}")
    return data


def _discriminator(data: Mapping[str, Any], field: str, known: AbstractSet[str]) -> str:
    if field not in data:
        raise CallbackError(f"the callback has no {field!r} field", field)
    value = data[field]
    if not isinstance(value, str) or value not in known:
        expected = ", ".join(sorted(known))
        raise CallbackError(f"unknown {field} {_excerpt(value)}; expected one of {expected}", field)
    return value


def _rejection(name: str, from_dict: _Parser, data: Mapping[str, Any], exc: Exception) -> CallbackError:
    """Name the field the model rejected: the one whose removal lets the rest parse, else the missing one.

    The generated models report a problem without its location (a nested `KeyError('endpoint')`, a bare
    `TypeError`), so the culprit is found by trying again without each field in turn (error path only).
    """
    for field in list(data)[:_BLAME_TRIES]:  # bounded, so a body of many fields is rejected in linear time
        try:
            from_dict({key: value for key, value in data.items() if key != field})
        except _REJECTIONS:
            continue
        return CallbackError(
            f"{name}: field {field!r} is invalid ({_describe(exc)}): {_excerpt(data[field])}", field
        )
    if isinstance(exc, KeyError) and exc.args and exc.args[0] not in data:
        return CallbackError(f"{name}: required field {exc.args[0]!r} is missing", str(exc.args[0]))
    return CallbackError(f"{name} rejected the body: {_describe(exc)}")


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing key {exc.args[0]!r}" if exc.args else "missing key"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _excerpt(value: Any) -> str:
    text = json.dumps(value, default=repr)
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."
