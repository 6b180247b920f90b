"""Typed errors raised by every operation of this package (hand-written, copied in by `voicespec generate`).

    PackageError                       the root, named after the package (SinchVoiceError,
    │                                  SymblTelephonyError, EnablexVoiceError; in errors.py)
    ├── errors.UnexpectedStatus        an undocumented status (the generator's own class)
    ├── CallbackError, InvalidSignature (sinch_voice.callbacks), InvalidSecretError (sinch_voice.auth),
    │   WebhookError, DecryptionError (enablex_voice.webhooks), TokenExchangeError (symbl_telephony.auth),
    │   DtmfError, PhoneNumberError (symbl_telephony.dtmf, .pstn)
    └── ApiError                       what a call to the API raises
        ├── ApiConnectionError         no usable response: refused, reset, cut short, bad encoding
        │   └── ApiTimeoutError        a connect/read/write/pool timeout (also an httpx.TimeoutException)
        └── ApiResponseError           a response arrived: status_code, response, body, error_code, message
            ├── ResponseParseError     a success status whose body is not the documented JSON
            └── ApiStatusError         4xx/5xx or an undocumented status (also errors.UnexpectedStatus)
                ├── BadRequestError 400, AuthenticationError 401, PaymentRequiredError 402,
                │   PermissionDeniedError 403, NotFoundError 404, ConflictError 409,
                │   UnprocessableEntityError 422, ServerError 5xx
                └── RateLimitError 429 (`retry_after`: the seconds the server asked to wait, or None)

Two compatibility links keep the generated docstrings true: `ApiStatusError` subclasses the generator's
`errors.UnexpectedStatus` (so `except errors.UnexpectedStatus` still catches undocumented statuses) and
`ApiTimeoutError` subclasses `httpx.TimeoutException` (the docstrings promise that on a timeout).

httpx's own errors are translated here, at one boundary (`translate_transport_errors`), and every status
error is built by `error_for_response`, which picks the class from `STATUS_ERRORS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from . import errors as _errors
from .error_fields import ERROR_CODE_KEYS, MESSAGE_KEYS
from .errors import *  # noqa: F403  (the root class, whose name differs per package)
from .errors import PackageError, UnexpectedStatus
from .inbound import loads
from .retry_after import parse_retry_after


class ApiError(PackageError):
    """Base class of every error an operation of this package raises on purpose."""


class ApiConnectionError(ApiError):
    """The request got no usable response (connection refused or reset, body cut short...).

    The httpx exception is kept as `__cause__`.
    """


class ApiTimeoutError(ApiConnectionError, httpx.TimeoutException):
    """The request hit the client's timeout (connect, read, write or pool)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        httpx.TimeoutException.__init__(self, message, request=request)


class ApiResponseError(ApiError):
    """A response arrived but is an error, or cannot be read as the documented type.

    Attributes:
        status_code: the HTTP status.
        response: the raw `httpx.Response` (already read).
        body: the body decoded as JSON (a dict for the providers' error objects), or None when it is empty
            or not JSON; the raw text stays in `response.text`.
    """

    def __init__(self, summary: str, *, response: httpx.Response) -> None:
        self.status_code: int = response.status_code
        self.response = response
        self.content: bytes = response.content
        self.body: Any = decode_body(response)
        # Not super().__init__: UnexpectedStatus (a base of ApiStatusError) formats its own message.
        Exception.__init__(self, f"{summary}: {self.message}" if self.message else summary)

    @property
    def error_code(self) -> str | int | None:
        """The provider's error code, if the body has one (in a field `error_fields.py` names)."""
        value = self._first(ERROR_CODE_KEYS)
        return value if isinstance(value, str | int) and not isinstance(value, bool) else None

    @property
    def message(self) -> str | None:
        """The provider's human-readable message, if the body has one (in a field `error_fields.py` names)."""
        value = self._first(MESSAGE_KEYS)
        return value if isinstance(value, str) else None

    def _first(self, keys: tuple[str, ...]) -> object:
        if not isinstance(self.body, Mapping):
            return None
        return next((self.body[key] for key in keys if self.body.get(key) is not None), None)


class ResponseParseError(ApiResponseError):
    """A success status whose body is not the documented JSON (invalid, truncated or the wrong shape)."""


class ApiStatusError(ApiResponseError, UnexpectedStatus):
    """An error status (4xx/5xx), or a status the spec does not document."""


class BadRequestError(ApiStatusError):
    """400: the request is malformed or fails the provider's validation."""


class AuthenticationError(ApiStatusError):
    """401: credentials are missing, wrong or expired."""


class PaymentRequiredError(ApiStatusError):
    """402: the account has no credit or the feature is not paid for."""


class PermissionDeniedError(ApiStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(ApiStatusError):
    """404: the call, conference or resource does not exist (any more)."""


class ConflictError(ApiStatusError):
    """409: the resource is in a state that does not allow this (e.g. the call already ended)."""


class UnprocessableEntityError(ApiStatusError):
    """422: the request is well-formed but its values are refused."""


class RateLimitError(ApiStatusError):
    """429: too many requests; `retry_after` is the wait the server asked for (seconds), or None."""

    @property
    def retry_after(self) -> float | None:
        """Seconds from the response's `Retry-After` (delay or HTTP date), or None if it has none."""
        return parse_retry_after(self.response.headers.get("Retry-After"))


class ServerError(ApiStatusError):
    """5xx: the provider failed; retrying later may succeed."""


STATUS_ERRORS: Mapping[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[ApiStatusError]:
    """The error class for a status: from `STATUS_ERRORS`, else `ServerError` for 5xx, else the base."""
    if status_code in STATUS_ERRORS:
        return STATUS_ERRORS[status_code]
    return ServerError if 500 <= status_code <= 599 else ApiStatusError


def error_for_response(response: httpx.Response) -> ApiStatusError:
    """The typed error for an error (or undocumented) response; the caller raises it."""
    error_class = status_error_class(response.status_code)
    return error_class(_describe(response, "undocumented status"), response=response)


def parse_error(response: httpx.Response, reason: str) -> ResponseParseError:
    """The typed error for a success response whose body cannot be parsed; the caller raises it."""
    return ResponseParseError(f"{_describe(response, 'unknown status')}: {reason}", response=response)


def decode_body(response: httpx.Response) -> Any:
    """The body as JSON, or None when it is empty or not JSON (never raises)."""
    if not response.content:
        return None
    try:
        return loads(response.content.decode("utf-8"))
    except ValueError:  # the bounded decoder's errors and UnicodeDecodeError are all ValueErrors
        return None


class _TranslateTransportErrors:
    # A class rather than @contextmanager: it is entered on every request, and a generator per call costs.
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is None or isinstance(exc, ApiError):  # ApiTimeoutError is an httpx.TimeoutException too
            return
        if isinstance(exc, httpx.TimeoutException):
            raise ApiTimeoutError(f"{_describe_request(exc)}timed out: {exc}", request=_request_of(exc)) from exc
        if isinstance(exc, httpx.RequestError):
            raise ApiConnectionError(f"{_describe_request(exc)}failed: {exc!r}") from exc


_TRANSLATE = _TranslateTransportErrors()


def translate_transport_errors() -> _TranslateTransportErrors:
    """Turn httpx's request errors into this package's typed errors (`raise ... from exc`).

    Works around `await` too: `with translate_transport_errors(): response = await client.request(...)`.
    """
    return _TRANSLATE


def _describe(response: httpx.Response, fallback_reason: str) -> str:
    summary = f"{response.status_code} {response.reason_phrase or fallback_reason}"
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand has no request
        return summary
    return f"{summary} from {request.method} {request.url}"


def _request_of(exc: httpx.RequestError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # httpx raises when the error was built without a request
        return None


def _describe_request(exc: httpx.RequestError) -> str:
    request = _request_of(exc)
    return "" if request is None else f"{request.method} {request.url} "


__all__ = [
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiResponseError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "UnprocessableEntityError",
    "decode_body",
    "error_for_response",
    "parse_error",
    "status_error_class",
    "translate_transport_errors",
]
__all__ += _errors.__all__
