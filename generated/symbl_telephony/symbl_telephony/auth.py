"""Token authentication for the Symbl.ai Telephony API, as an `httpx.Auth` (hand-written runtime).

Symbl wants an access token in the `X-API-KEY` header; the token comes from exchanging the application
credentials (App ID and App Secret) at `POST /oauth2/token:generate` and lives `expiresIn` seconds.
`TokenAuth` does that exchange on first use, caches the token, renews it shortly before it expires and once
more when the API answers 401 (then sends the original request again, once)::

    client = Client(base_url="https://api.symbl.ai", httpx_args={"auth": TokenAuth(app_id, app_secret)})

The token request is yielded from the auth flow, so it travels through the same httpx client (transport,
proxies, TLS settings, timeout) as the request it authenticates. One `TokenAuth` may be shared by threads
and asyncio tasks: sync callers take turns on a `threading.Lock`, the tasks of an event loop on that loop's
`asyncio.Lock`, so concurrent requests cause one exchange and the waiters reuse the token it produced.

Errors raised here::

    Exception
     └── TokenExchangeError   the token endpoint refused the credentials or answered something unusable

A transport failure during the exchange is raised as it would be for any other request.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass

import httpx

from .errors import SymblTelephonyError
from .models import ErrorResponse, GenerateTokenRequest, GenerateTokenResponse, TokenType

__all__ = [
    "API_KEY_HEADER",
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
# The request as first sent, plus one retry after a 401 forced a renewal.
_ATTEMPTS = 2
_UNAUTHORIZED = 401
_BODY_EXCERPT = 200


class TokenExchangeError(SymblTelephonyError):
    """The token endpoint did not hand out a usable token.

    `status_code` is the HTTP status of the token response; `error` the parsed `{"message": ...}` body when
    the endpoint sent one (`message` is its text, or a description of what was wrong with the response).
    """

    def __init__(self, status_code: int, message: str, error: ErrorResponse | None = None) -> None:
        super().__init__(f"Symbl token exchange failed (HTTP {status_code}): {message}")
        self.status_code = status_code
        self.message = message
        self.error = error


@dataclass(frozen=True)
class _Token:
    value: str
    renew_at: float


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
    ) -> None:
        if not isinstance(app_id, str) or not app_id:
            raise ValueError("app_id must be a non-empty string (the App ID from the Symbl platform)")
        if not isinstance(app_secret, str) or not app_secret:
            raise ValueError("app_secret must be a non-empty string (the App Secret from the Symbl platform)")
        if refresh_margin < 0:
            raise ValueError(f"refresh_margin must be >= 0 seconds, got {refresh_margin!r}")
        self._token_url = None if token_url is None else httpx.URL(token_url)
        if self._token_url is not None and not self._token_url.is_absolute_url:
            raise ValueError(f"token_url must be an absolute URL, got {str(token_url)!r}")
        self._credentials = GenerateTokenRequest(type_=TokenType.APPLICATION, app_id=app_id, app_secret=app_secret)
        self._clock = clock or time.monotonic
        self._refresh_margin = refresh_margin
        self._token: _Token | None = None
        # Guards `_token` and `_async_locks`; held only for a few instructions, never across I/O.
        self._state_lock = threading.Lock()
        # Serialises exchanges made by sync clients (held across the token request).
        self._sync_fetch_lock = threading.Lock()
        # One asyncio lock per event loop: an asyncio.Lock is bound to the loop that first waits on it.
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        # Never show the secret: auth objects end up in logs and tracebacks.
        return f"TokenAuth(app_id={self._credentials.app_id!r}, app_secret='***')"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._is_token_request(request):
            yield request
            return
        request.read()  # buffered, so the request can be sent again after a 401
        stale: str | None = None
        for _ in range(_ATTEMPTS):
            token = self._usable_token(stale)
            if token is None:
                with self._sync_fetch_lock:
                    token = self._usable_token(stale)  # another thread may have renewed while we waited
                    if token is None:
                        sent_at = self._clock()
                        token_response = yield self._token_request(request)
                        token_response.read()
                        token = self._accept(token_response, sent_at)
            request.headers[API_KEY_HEADER] = token
            response = yield request
            if response.status_code != _UNAUTHORIZED:
                return
            stale = token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # Mirrors sync_auth_flow step for step; only the lock and the body reads differ.
        if self._is_token_request(request):
            yield request
            return
        await request.aread()
        stale: str | None = None
        for _ in range(_ATTEMPTS):
            token = self._usable_token(stale)
            if token is None:
                async with self._async_fetch_lock():
                    token = self._usable_token(stale)
                    if token is None:
                        sent_at = self._clock()
                        token_response = yield self._token_request(request)
                        await token_response.aread()
                        token = self._accept(token_response, sent_at)
            request.headers[API_KEY_HEADER] = token
            response = yield request
            if response.status_code != _UNAUTHORIZED:
                return
            stale = token

    def _usable_token(self, stale: str | None) -> str | None:
        """The cached token if it is neither due for renewal nor the one the API just rejected (`stale`)."""
        with self._state_lock:
            token = self._token
        if token is None or token.value == stale or self._clock() >= token.renew_at:
            return None
        return token.value

    def _async_fetch_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

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

    def _accept(self, response: httpx.Response, sent_at: float) -> str:
        """Parse the token response, cache the token and return it; any problem is a TokenExchangeError."""
        if not response.is_success:
            raise _exchange_error(response)
        try:
            body = response.json()
            if not isinstance(body, dict):
                raise TypeError("the body is not a JSON object")
            parsed = GenerateTokenResponse.from_dict(body)
        except (ValueError, KeyError, TypeError) as exc:
            raise TokenExchangeError(response.status_code, f"not a token response: {_excerpt(response)}") from exc
        lifetime = parsed.expires_in
        if not isinstance(parsed.access_token, str) or not parsed.access_token:
            raise TokenExchangeError(response.status_code, "accessToken is missing or not a non-empty string")
        if not isinstance(lifetime, int) or isinstance(lifetime, bool) or lifetime < 0:
            raise TokenExchangeError(response.status_code, f"expiresIn is not a whole number >= 0: {lifetime!r}")
        # Timed from when the request left, so network latency only ever makes us renew early.
        renew_at = sent_at + max(lifetime - self._refresh_margin, lifetime / 2)
        with self._state_lock:
            self._token = _Token(parsed.access_token, renew_at)
        return parsed.access_token


def _exchange_error(response: httpx.Response) -> TokenExchangeError:
    try:
        body = response.json()
        error = ErrorResponse.from_dict(body) if isinstance(body, dict) else None
    except (ValueError, KeyError):
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
