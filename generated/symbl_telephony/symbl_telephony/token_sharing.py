"""One token exchange at a time, shared by every caller of a `TokenAuth` (hand-written runtime).

The cached token, the exchange in flight and the backoff after a failed one, behind one lock held only for
a few instructions, never across I/O. The first caller that needs a token leads the exchange; every other
caller waits for its outcome (a `concurrent.futures.Future`, which threads block on and tasks await), for
at most its own request's timeout. A failed exchange is not repeated at once: callers in the next
`failure_backoff` seconds (doubling with each consecutive failure, up to 60 s) get the same error.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from .token_response import Token, TokenExchangeError

__all__ = ["Lead", "SharedToken", "Wait", "await_exchange", "wait_for_exchange"]

_FAILURE_BACKOFF_MAX_SECONDS = 60.0
# How long a caller waits for another caller's exchange when the request has no timeout of its own.
_DEFAULT_WAIT_SECONDS = 30.0


@dataclass(frozen=True)
class _Failure:
    error: TokenExchangeError
    retry_at: float
    count: int


@dataclass(frozen=True)
class Wait:
    """A step of the auth flow: wait for another caller's exchange, for at most `seconds`."""

    exchange: concurrent.futures.Future[str]
    seconds: float


@dataclass(frozen=True)
class Lead:
    """A step of the auth flow: this caller makes the exchange and settles `exchange` with its outcome."""

    exchange: concurrent.futures.Future[str]


class SharedToken:
    """The token state of one `TokenAuth`, safe to share between threads, event loops and tasks."""

    def __init__(self, clock: Callable[[], float], failure_backoff: float) -> None:
        self._clock = clock
        self._failure_backoff = failure_backoff
        self._lock = threading.Lock()
        self._token: Token | None = None
        self._exchange: concurrent.futures.Future[str] | None = None  # the exchange in flight
        self._failure: _Failure | None = None  # the last exchange failed; backing off until retry_at

    def claim(self, stale: str | None, request: httpx.Request) -> str | Wait | Lead:
        """The cached token if usable (not due for renewal, not the one the API just rejected); else the
        exchange in flight to wait for; else a new exchange this caller must make. Raises during backoff."""
        with self._lock:
            now = self._clock()
            token = self._token
            if token is not None and token.value != stale and now < token.renew_at:
                return token.value
            if self._exchange is not None:
                return Wait(self._exchange, _wait_seconds(request))
            if self._failure is not None and now < self._failure.retry_at:
                left = self._failure.retry_at - now
                raise self._failure.error.again(f"not retried for another {left:.1f} s")
            exchange: concurrent.futures.Future[str] = concurrent.futures.Future()
            exchange.set_running_or_notify_cancel()  # a waiter that gives up cannot cancel it for the others
            self._exchange = exchange
            return Lead(exchange)

    def settle(self, exchange: concurrent.futures.Future[str], outcome: Token | TokenExchangeError) -> None:
        """Record the outcome of the exchange in flight and hand it to every caller waiting for it."""
        with self._lock:
            self._exchange = None
            if isinstance(outcome, Token):
                self._token, self._failure = outcome, None
            else:
                count = self._failure.count + 1 if self._failure is not None else 1
                backoff = min(self._failure_backoff * 2 ** min(count - 1, 16), _FAILURE_BACKOFF_MAX_SECONDS)
                self._failure = _Failure(outcome, self._clock() + backoff, count)
        if isinstance(outcome, Token):
            exchange.set_result(outcome.value)
        else:
            exchange.set_exception(outcome)


def _wait_seconds(request: httpx.Request) -> float:
    """How long to wait for another caller's exchange: the whole of this request's timeout."""
    timeout = request.extensions.get("timeout")
    if not isinstance(timeout, dict):
        return _DEFAULT_WAIT_SECONDS
    parts = [value for value in timeout.values() if isinstance(value, int | float)]
    return sum(parts) if parts and len(parts) == len(timeout) else _DEFAULT_WAIT_SECONDS


def wait_for_exchange(wait: Wait) -> str:
    """The token another caller's exchange produced, waited for in this thread."""
    try:
        return wait.exchange.result(timeout=wait.seconds)
    except concurrent.futures.TimeoutError:
        raise _waited_too_long(wait) from None
    except TokenExchangeError as exc:
        raise _shared(exc) from exc


async def await_exchange(wait: Wait) -> str:
    """The token another caller's exchange produced, awaited in this task."""
    try:
        return await asyncio.wait_for(asyncio.wrap_future(wait.exchange), wait.seconds)
    except TimeoutError:
        raise _waited_too_long(wait) from None
    except TokenExchangeError as exc:
        raise _shared(exc) from exc


def _waited_too_long(wait: Wait) -> TokenExchangeError:
    return TokenExchangeError(None, f"no token after waiting {wait.seconds:.1f} s for the exchange")


def _shared(error: TokenExchangeError) -> TokenExchangeError:
    return error.again("shared with the caller that made the exchange")
