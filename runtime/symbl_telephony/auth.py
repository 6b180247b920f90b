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
outcome, success or failure, for at most the request's own timeout. A failed exchange is not repeated at
once: callers in the next `failure_backoff` seconds (doubling with each consecutive failure, up to 60 s) get
the same error (`token_sharing`).

Errors raised here::

    SymblTelephonyError (errors.py, the package's root)
     └── TokenExchangeError   the token endpoint refused the credentials, answered something unusable, did not
                              answer in time, or failed recently (backoff); defined in `token_response`

A transport failure during the exchange is raised to the caller that made it as for any other request.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import math
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from .credentials import mark_credentials
from .models import GenerateTokenRequest, TokenType
from .token_response import TokenExchangeError, read_token
from .token_sharing import Lead, SharedToken, Wait, await_exchange, wait_for_exchange

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
# The request as first sent, plus one retry after a 401 forced a renewal.
_ATTEMPTS = 2
_UNAUTHORIZED = 401


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
            raise ValueError(
                f"failure_backoff must be a finite number of seconds >= 0, got {failure_backoff!r}"
            )
        self._token_url = None if token_url is None else httpx.URL(token_url)
        if self._token_url is not None and not self._token_url.is_absolute_url:
            raise ValueError(f"token_url must be an absolute URL, got {str(token_url)!r}")
        self._credentials = GenerateTokenRequest(
            type_=TokenType.APPLICATION, app_id=app_id, app_secret=app_secret
        )
        self._clock = clock or time.monotonic
        self._refresh_margin = refresh_margin
        self._shared = SharedToken(self._clock, failure_backoff)

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
                outcome = wait_for_exchange(step) if isinstance(step, Wait) else _read((yield step))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # the same steps as sync_auth_flow; only the waits and reads are awaited
        steps, outcome = self._steps(request), None
        with contextlib.closing(steps), contextlib.suppress(StopIteration):
            while True:
                step = steps.send(outcome)
                outcome = await await_exchange(step) if isinstance(step, Wait) else await _aread((yield step))

    def _steps(
        self, request: httpx.Request
    ) -> Generator[httpx.Request | Wait, httpx.Response | str | None, None]:
        """The flow, for sync and async alike: yields a request to send (receives its read response) or a
        `Wait` (receives the token the other caller's exchange produced)."""
        if self._is_token_request(request):  # generateToken through this client needs no token
            yield request
            return
        stale: str | None = None
        for _ in range(_ATTEMPTS):
            claim = self._shared.claim(stale, request)
            if isinstance(claim, Wait):
                token = yield claim
            elif isinstance(claim, Lead):
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

    def _exchange_token(
        self, request: httpx.Request, exchange: concurrent.futures.Future[str]
    ) -> Generator[httpx.Request, httpx.Response | str | None, str]:
        try:
            sent_at = self._clock()
            token_response = yield self._token_request(request)
            assert isinstance(token_response, httpx.Response)
            token = read_token(token_response, sent_at, self._refresh_margin)
            self._shared.settle(exchange, token)
        except TokenExchangeError as exc:
            self._shared.settle(exchange, exc)
            raise
        finally:
            if not exchange.done():  # the token request failed to send, or the caller went away
                self._shared.settle(exchange, TokenExchangeError(None, "the token request got no response"))
        return token.value

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


def _read(response: httpx.Response) -> httpx.Response:
    response.read()
    return response


async def _aread(response: httpx.Response) -> httpx.Response:
    await response.aread()
    return response
