"""Token authentication for the Symbl.ai Telephony API, as an `httpx.Auth` (hand-written runtime).

Symbl wants an access token in the `X-API-KEY` header; the token comes from exchanging the application
credentials (App ID and App Secret) at `POST /oauth2/token:generate` and lives `expiresIn` seconds.
`TokenAuth` does that exchange on first use, caches the token, renews it shortly before it expires and once
more when the API answers 401 (then sends the original request again, once)::

    client = Client(base_url="https://api.symbl.ai", httpx_args={"auth": TokenAuth(app_id, app_secret)})

The token request is yielded from the auth flow, so it travels through the same httpx client (transport,
proxies, TLS settings, timeout) as the request it authenticates.

One `TokenAuth` may be shared by any number of threads, event loops and tasks, and they cause a single
exchange: the first caller that needs a token makes it; every other caller waits for that exchange's
outcome (a `concurrent.futures.Future`, which threads block on and tasks await), success or failure, for
at most the request's own timeout. A failed exchange is not repeated at once: callers in the next
`failure_backoff` seconds (doubling with each consecutive failure, up to 60 s) get the same error.

Errors raised here::

    SymblTelephonyError (errors.py, the package's root)
     └── TokenExchangeError   the token endpoint refused the credentials, answered something unusable, did not
                              answer in time, or failed recently (backoff)

A transport failure during the exchange is raised to the caller that made it as for any other request.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass

import httpx

from .credentials import mark_credentials
from .errors import SymblTelephonyError
from .inbound import loads
from .models import ErrorResponse, GenerateTokenRequest, GenerateTokenResponse, TokenType

__all__ = [
    "API_KEY_HEADER",
    "DEFAULT_FAILURE_BACKOFF_SECONDS",
    "DEFAULT_REFRESH_MARGIN_SECONDS",
    "TOKEN_PATH",
    "TokenAuth",
    "TokenExchangeError",
]

API_KEY_HEADER = "X-API-KEY"
TOKEN_PATH = "/oauth2/token:generate"
# Tokens live 24 h by default; renewing 5 min early keeps a request from leaving with a token that expires
# in flight, at the cost of nothing.
DEFAULT_REFRESH_MARGIN_SECONDS = 300.0
# After a failed exchange, callers get the same error for this long, doubling per failure up to the max.
DEFAULT_FAILURE_BACKOFF_SECONDS = 1.0
_FAILURE_BACKOFF_MAX_SECONDS = 60.0
# How long a caller waits for another caller's exchange when the request has no timeout of its own.
_DEFAULT_WAIT_SECONDS = 30.0
# A token living longer than this is not a real answer (and 10**400 would overflow float arithmetic).
_MAX_LIFETIME_SECONDS = 10 * 366 * 24 * 3600
# The request as first sent, plus one retry after a 401 forced a renewal.
_ATTEMPTS = 2
_UNAUTHORIZED = 401
_BODY_EXCERPT = 200


class TokenExchangeError(SymblTelephonyError):
    """The token endpoint did not hand out a usable token.

    `status_code` is the HTTP status of the token response, or None when there was none (the exchange timed
    out or failed to connect, or an earlier failure is being backed off); `error` the parsed
    `{"message": ...}` body when the endpoint sent one (`message` is its text, or a description of what was
    wrong).
    """

    def __init__(self, status_code: int | None, message: str, error: ErrorResponse | None = None) -> None:
        status = "no response" if status_code is None else f"HTTP {status_code}"
        super().__init__(f"Symbl token exchange failed ({status}): {message}")
        self.status_code = status_code
        self.message = message
        self.error = error

    def again(self, context: str) -> TokenExchangeError:
        """A fresh copy for another caller (one exception object must not be raised in many threads)."""
        return TokenExchangeError(self.status_code, f"{self.message} ({context})", self.error)


@dataclass(frozen=True)
class _Token:
    value: str
    renew_at: float


@dataclass(frozen=True)
class _Failure:
    error: TokenExchangeError
    retry_at: float
    count: int


@dataclass(frozen=True)
class _Wait:
    """A step of the flow: wait for another caller's exchange, for at most `seconds`."""

    exchange: concurrent.futures.Future[str]
    seconds: float


@dataclass(frozen=True)
class _Lead:
    """A step of the flow: this caller makes the exchange and settles `exchange` with its outcome."""

    exchange: concurrent.futures.Future[str]


class TokenAuth(httpx.Auth):
    """Authenticate Symbl Telephony requests with a token exchanged from the App ID and App Secret.

    `token_url`: absolute URL of the token endpoint; by default `/oauth2/token:generate` on the host of each
    request being authenticated (so a `base_url` pointing at a local server also gets its tokens there).
    `clock`: seconds as a float, monotonic (default `time.monotonic`); injectable to test expiry.
    `refresh_margin`: renew once fewer than this many seconds of the token's life are left, but never before
    half of it has passed, so a short-lived token is still reused.
    """

    def __init__(
        self,
        app_id: str,
        app_secret: str,
        *,
        token_url: str | httpx.URL | None = None,
        clock: Callable[[], float] | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN_SECONDS,
        failure_backoff: float = DEFAULT_FAILURE_BACKOFF_SECONDS,
    ) -> None:
        if not isinstance(app_id, str) or not app_id:
            raise ValueError("app_id must be a non-empty string (the App ID from the Symbl platform)")
        if not isinstance(app_secret, str) or not app_secret:
            raise ValueError("app_secret must be a non-empty string (the App Secret from the Symbl platform)")
        if refresh_margin < 0:
            raise ValueError(f"refresh_margin must be >= 0 seconds, got {refresh_margin!r}")
        if not 0 <= failure_backoff < math.inf:
            raise ValueError(f"failure_backoff must be a finite number of seconds >= 0, got {failure_backoff!r}")
        self._token_url = None if token_url is None else httpx.URL(token_url)
        if self._token_url is not None and not self._token_url.is_absolute_url:
            raise ValueError(f"token_url must be an absolute URL, got {str(token_url)!r}")
        self._credentials = GenerateTokenRequest(type_=TokenType.APPLICATION, app_id=app_id, app_secret=app_secret)
        self._clock = clock or time.monotonic
        self._refresh_margin = refresh_margin
        self._failure_backoff = failure_backoff
        # All shared state, guarded by one lock held only for a few instructions, never across I/O.
        self._state_lock = threading.Lock()
        self._token: _Token | None = None
        self._exchange: concurrent.futures.Future[str] | None = None  # the exchange in flight
        self._failure: _Failure | None = None  # the last exchange failed; backing off until retry_at

    def __repr__(self) -> str:
        # Never show the secret: auth objects end up in logs and tracebacks.
        return f"TokenAuth(app_id={self._credentials.app_id!r}, app_secret='***')"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # buffered, so the request can be sent again after a 401
        steps, outcome = self._steps(request), None
        # closing: httpx closes this flow when a send fails, and an exchange in flight must then be settled.
        with contextlib.closing(steps), contextlib.suppress(StopIteration):
            while True:
                step = steps.send(outcome)
                outcome = _wait_for(step) if isinstance(step, _Wait) else _read((yield step))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # the same steps as sync_auth_flow; only the waits and reads are awaited
        steps, outcome = self._steps(request), None
        with contextlib.closing(steps), contextlib.suppress(StopIteration):
            while True:
                step = steps.send(outcome)
                outcome = await _await(step) if isinstance(step, _Wait) else await _aread((yield step))

    def _steps(self, request: httpx.Request) -> Generator[httpx.Request | _Wait, httpx.Response | str | None, None]:
        """The flow, for sync and async alike: yields a request to send (receives its read response) or a
        `_Wait` (receives the token the other caller's exchange produced)."""
        if self._is_token_request(request):  # generateToken through this client needs no token
            yield request
            return
        stale: str | None = None
        for _ in range(_ATTEMPTS):
            claim = self._claim(stale, request)
            if isinstance(claim, _Wait):
                token = yield claim
            elif isinstance(claim, _Lead):
                token = yield from self._exchange_token(request, claim.exchange)
            else:
                token = claim
            assert isinstance(token, str)
            request.headers[API_KEY_HEADER] = token
            mark_credentials(request, API_KEY_HEADER)
            response = yield request
            assert isinstance(response, httpx.Response)
            if response.status_code != _UNAUTHORIZED:
                return
            stale = token

    def _claim(self, stale: str | None, request: httpx.Request) -> str | _Wait | _Lead:
        """The cached token if usable (not due for renewal, not the one the API just rejected); else the
        exchange in flight to wait for; else a new exchange this caller must make. Raises during backoff."""
        with self._state_lock:
            now = self._clock()
            token = self._token
            if token is not None and token.value != stale and now < token.renew_at:
                return token.value
            if self._exchange is not None:
                return _Wait(self._exchange, _wait_seconds(request))
            if self._failure is not None and now < self._failure.retry_at:
                left = self._failure.retry_at - now
                raise self._failure.error.again(f"not retried for another {left:.1f} s")
            exchange: concurrent.futures.Future[str] = concurrent.futures.Future()
            exchange.set_running_or_notify_cancel()  # a waiter that gives up cannot cancel it for the others
            self._exchange = exchange
            return _Lead(exchange)

    def _exchange_token(
        self, request: httpx.Request, exchange: concurrent.futures.Future[str]
    ) -> Generator[httpx.Request, httpx.Response | str | None, str]:
        try:
            sent_at = self._clock()
            token_response = yield self._token_request(request)
            assert isinstance(token_response, httpx.Response)
            token = self._accept(token_response, sent_at)
            self._settle(exchange, token)
        except TokenExchangeError as exc:
            self._settle(exchange, exc)
            raise
        finally:
            if not exchange.done():  # the token request failed to send, or the caller went away
                self._settle(exchange, TokenExchangeError(None, "the token request got no response"))
        return token.value

    def _settle(self, exchange: concurrent.futures.Future[str], outcome: _Token | TokenExchangeError) -> None:
        """Record the outcome of the exchange in flight and hand it to every caller waiting for it."""
        with self._state_lock:
            self._exchange = None
            if isinstance(outcome, _Token):
                self._token, self._failure = outcome, None
            else:
                count = self._failure.count + 1 if self._failure is not None else 1
                backoff = min(self._failure_backoff * 2 ** min(count - 1, 16), _FAILURE_BACKOFF_MAX_SECONDS)
                self._failure = _Failure(outcome, self._clock() + backoff, count)
        if isinstance(outcome, _Token):
            exchange.set_result(outcome.value)
        else:
            exchange.set_exception(outcome)

    def _token_url_for(self, request: httpx.Request) -> httpx.URL:
        return self._token_url or request.url.join(TOKEN_PATH)

    def _is_token_request(self, request: httpx.Request) -> bool:
        # A call to generateToken made through the authenticated client needs no token of its own.
        token_url = self._token_url_for(request)
        url = request.url
        return (url.scheme, url.host, url.port, url.path) == (
            token_url.scheme,
            token_url.host,
            token_url.port,
            token_url.path,
        )

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        # A hand-built request gets no client defaults: carry the caller's timeout over, or it would wait
        # forever on a stalled token endpoint.
        extensions = {"timeout": request.extensions["timeout"]} if "timeout" in request.extensions else {}
        return httpx.Request(
            "POST",
            self._token_url_for(request),
            json=self._credentials.to_dict(),
            headers={"Accept": "application/json"},
            extensions=extensions,
        )

    def _accept(self, response: httpx.Response, sent_at: float) -> _Token:
        """The token of a token response; any problem is a TokenExchangeError."""
        if not response.is_success:
            raise _exchange_error(response)
        try:
            body = loads(response.content.decode("utf-8"))
            if not isinstance(body, dict):
                raise TypeError("the body is not a JSON object")
            parsed = GenerateTokenResponse.from_dict(body)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TokenExchangeError(response.status_code, f"not a token response: {_excerpt(response)}") from exc
        lifetime = parsed.expires_in
        if not isinstance(parsed.access_token, str) or not parsed.access_token:
            raise TokenExchangeError(response.status_code, "accessToken is missing or not a non-empty string")
        if not isinstance(lifetime, int) or isinstance(lifetime, bool) or not 0 <= lifetime <= _MAX_LIFETIME_SECONDS:
            raise TokenExchangeError(
                response.status_code,
                f"expiresIn is not a whole number of seconds from 0 to 10 years: {lifetime!r}",
            )
        # Timed from when the request left, so network latency only ever makes us renew early.
        return _Token(parsed.access_token, sent_at + max(lifetime - self._refresh_margin, lifetime / 2))


def _wait_seconds(request: httpx.Request) -> float:
    """How long to wait for another caller's exchange: the whole of this request's timeout."""
    timeout = request.extensions.get("timeout")
    if not isinstance(timeout, dict):
        return _DEFAULT_WAIT_SECONDS
    parts = [value for value in timeout.values() if isinstance(value, int | float)]
    return sum(parts) if parts and len(parts) == len(timeout) else _DEFAULT_WAIT_SECONDS


def _read(response: httpx.Response) -> httpx.Response:
    response.read()
    return response


async def _aread(response: httpx.Response) -> httpx.Response:
    await response.aread()
    return response


def _wait_for(wait: _Wait) -> str:
    try:
        return wait.exchange.result(timeout=wait.seconds)
    except concurrent.futures.TimeoutError:
        raise TokenExchangeError(None, f"no token after waiting {wait.seconds:.1f} s for the exchange") from None
    except TokenExchangeError as exc:
        raise exc.again("shared with the caller that made the exchange") from exc


async def _await(wait: _Wait) -> str:
    try:
        return await asyncio.wait_for(asyncio.wrap_future(wait.exchange), wait.seconds)
    except TimeoutError:
        raise TokenExchangeError(None, f"no token after waiting {wait.seconds:.1f} s for the exchange") from None
    except TokenExchangeError as exc:
        raise exc.again("shared with the caller that made the exchange") from exc


def _exchange_error(response: httpx.Response) -> TokenExchangeError:
    try:
        body = loads(response.content.decode("utf-8"))
        error = ErrorResponse.from_dict(body) if isinstance(body, dict) else None
    except (ValueError, KeyError, TypeError, AttributeError):
        error = None
    if error is not None and isinstance(error.message, str):
        return TokenExchangeError(response.status_code, error.message, error)
    return TokenExchangeError(response.status_code, f"{response.reason_phrase}: {_excerpt(response)}")


def _excerpt(response: httpx.Response) -> str:
    """The start of the body, quoted, for error messages (a token endpoint may answer with an HTML page)."""
    text = response.text
    if not text:
        return "empty body"
    return json.dumps(text[:_BODY_EXCERPT]) + ("..." if len(text) > _BODY_EXCERPT else "")
