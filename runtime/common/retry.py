"""Retrying transport for every client of this package (hand-written, copied in by `voicespec generate`).

    client = AuthenticatedClient(base_url=..., token=..., httpx_args={"transport": RetryTransport()})

`RetryTransport` wraps another httpx transport (sync and async alike, so one instance serves both the
`sync` and `asyncio` functions) and repeats a request when the provider answers 429 or 503, or the
connection fails (before or in the middle of the response body), waiting with exponential backoff and
full jitter, or for `Retry-After` when the response says how long (seconds or an HTTP date). When the
server asks for a longer wait than `retry_after_cap`, nothing sleeps: the response goes back at once, and
the operation raises `RateLimitError` whose `retry_after` says what the server asked for.

The decisions are two small functions on `RetryPolicy`, `should_retry` and `retry_delay`. The loop is
written once, as a generator (`RetryPolicy.flow`, the way httpx's `Auth.auth_flow` is): it yields a
request to send or a number of seconds to sleep, and the sync and async transports only carry those out.
The response body of a retryable request is read inside the loop, so a connection dropped mid-body is
retried like one dropped before the headers.

Only idempotent methods are retried by default. POST (starting a call, generating a token) is never retried
unless listed in `retry_methods` together with `retry_non_idempotent=True`: a connection reset after the
provider acted would place the call twice. The same opt-in covers Sinch's PATCH call updates
(`retry_methods=IDEMPOTENT_METHODS | {"PATCH"}, retry_non_idempotent=True`). EnableX uses PUT for call
actions (play, transfer, record); PUT is retried by default because HTTP defines it as idempotent, so drop
it (`retry_methods=IDEMPOTENT_METHODS - {"PUT"}`) where replaying an action after a reset would matter.

When a client is given a transport, httpx ignores the client's `verify_ssl`; pass a configured transport
as `wrapped` (`RetryTransport(httpx.HTTPTransport(verify=...))`) to keep such settings.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import time
from collections.abc import Awaitable, Callable, Collection, Generator
from dataclasses import dataclass, field

import httpx

from .retry_after import parse_retry_after
from .timeouts import (
    DEFAULT_BACKOFF_BASE_SECONDS,
    DEFAULT_BACKOFF_MAX_SECONDS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_AFTER_CAP_SECONDS,
    IDEMPOTENT_METHODS,
    NON_IDEMPOTENT_METHODS,
    RETRY_STATUSES,
)

logger = logging.getLogger(__name__)

# Failures where the request cannot have been acted on, or the connection broke: worth another try.
# Read and write timeouts are not here: the provider may still be working, and retrying would multiply the
# time a caller waits past the timeout it chose.
RETRY_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)

_Outcome = httpx.Response | Exception
_Sleep = Callable[[float], Awaitable[None] | None]
# What the retry loop yields (a request to send, or seconds to sleep) and is sent back (the outcome of a
# send, None after a sleep); it returns the response to hand to the client.
RetryFlow = Generator[httpx.Request | float, _Outcome | None, httpx.Response]


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait; shared by the sync and async transports."""

    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_base: float = DEFAULT_BACKOFF_BASE_SECONDS
    backoff_max: float = DEFAULT_BACKOFF_MAX_SECONDS
    retry_after_cap: float = DEFAULT_RETRY_AFTER_CAP_SECONDS
    retry_methods: Collection[str] = IDEMPOTENT_METHODS  # normalised to an upper-case frozenset
    retry_non_idempotent: bool = False
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def __post_init__(self) -> None:
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {self.max_retries!r}")
        for name in ("backoff_base", "backoff_max", "retry_after_cap"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not 0 <= value < float("inf"):
                raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
        if isinstance(self.retry_methods, str):  # "GET" would otherwise become {"G", "E", "T"}
            raise ValueError(f"retry_methods must be a collection of methods, got {self.retry_methods!r}")
        methods = frozenset(method.upper() for method in self.retry_methods)
        object.__setattr__(self, "retry_methods", methods)
        unsafe = sorted(methods & NON_IDEMPOTENT_METHODS)
        if unsafe and not self.retry_non_idempotent:
            raise ValueError(
                f"retry_methods includes {', '.join(unsafe)}, which may act twice when retried "
                "(placing a call twice): pass retry_non_idempotent=True to allow it"
            )
        if self.retry_non_idempotent and not unsafe:
            raise ValueError(
                "retry_non_idempotent=True has no effect: list the methods to retry, "
                'e.g. retry_methods=IDEMPOTENT_METHODS | {"PATCH"}'
            )

    def should_retry(self, method: str, outcome: _Outcome, attempt: int) -> bool:
        """Whether attempt number `attempt` (1 = the first request), which ended in `outcome`, is repeated."""
        if attempt > self.max_retries or method.upper() not in self.retry_methods:
            return False
        if isinstance(outcome, httpx.Response):
            return outcome.status_code in RETRY_STATUSES
        return isinstance(outcome, RETRY_EXCEPTIONS)

    def retry_delay(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based), or None to give up at once.

        `Retry-After` wins when the response has a usable one, and a wait beyond `retry_after_cap` gives
        None (waiting less than the server asked would only be refused again); otherwise a uniformly random
        wait below `backoff_base * 2 ** (attempt - 1)`, itself capped at `backoff_max` ("full jitter", so
        clients that failed together do not retry together).
        """
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                return retry_after if retry_after <= self.retry_after_cap else None
        doublings = min(attempt - 1, 60)  # far past any backoff_max; keeps the float from overflowing
        ceiling = min(self.backoff_max, self.backoff_base * 2**doublings)
        return self.rng.uniform(0.0, ceiling)

    def next_delay(self, request: httpx.Request, outcome: _Outcome, attempt: int) -> float | None:
        """The wait before repeating `request`, or None to stop and hand `outcome` to the caller."""
        if not self.should_retry(request.method, outcome, attempt):
            return None
        response = outcome if isinstance(outcome, httpx.Response) else None
        delay = self.retry_delay(attempt, response)
        if delay is None:
            logger.info(
                "not retrying %s %s: Retry-After exceeds %s s",
                request.method,
                request.url,
                self.retry_after_cap,
            )
            return None
        reason = f"status {response.status_code}" if response is not None else repr(outcome)
        logger.info(
            "retrying %s %s in %.2f s (retry %d of %d) after %s",
            request.method,
            request.url,
            delay,
            attempt,
            self.max_retries,
            reason,
        )
        return delay

    def flow(self, request: httpx.Request) -> RetryFlow:
        """The retry loop, for sync and async alike: yields `request` to send (and receives the outcome)
        or seconds to sleep (and receives None); returns the response, or raises the last exception."""
        attempt = 0
        while True:
            attempt += 1
            outcome = yield request
            if outcome is None:
                raise TypeError("a retry flow driver must send back the outcome of each request")
            delay = self.next_delay(request, outcome, attempt)
            if delay is None:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            # A retried response was read to the end by the driver, so its connection is back in the pool.
            yield delay


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) that retries what `RetryPolicy` allows around `wrapped`.

    `wrapped` defaults to a plain `httpx.HTTPTransport` / `httpx.AsyncHTTPTransport`, made on first use.
    `sleep` (default `time.sleep`, or `asyncio.sleep` in async code) may return an awaitable, which is
    awaited in async code; tests inject a recorder. `rng` draws the jitter.
    """

    def __init__(
        self,
        wrapped: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff_base: float = DEFAULT_BACKOFF_BASE_SECONDS,
        backoff_max: float = DEFAULT_BACKOFF_MAX_SECONDS,
        retry_after_cap: float = DEFAULT_RETRY_AFTER_CAP_SECONDS,
        retry_methods: Collection[str] = IDEMPOTENT_METHODS,
        retry_non_idempotent: bool = False,
        sleep: _Sleep | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.policy = RetryPolicy(
            max_retries=max_retries,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            retry_after_cap=retry_after_cap,
            retry_methods=retry_methods,
            retry_non_idempotent=retry_non_idempotent,
            rng=rng if rng is not None else random.Random(),
        )
        self._wrapped = wrapped
        self._sync: httpx.BaseTransport | None = wrapped if isinstance(wrapped, httpx.BaseTransport) else None
        self._async: httpx.AsyncBaseTransport | None = (
            wrapped if isinstance(wrapped, httpx.AsyncBaseTransport) else None
        )
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._sync_transport()
        retryable = request.method.upper() in self.policy.retry_methods
        if retryable:
            request.read()  # buffer a streamed body so it can be sent again
        flow, result = self.policy.flow(request), None
        try:
            while True:
                step = flow.send(result)
                if isinstance(step, httpx.Request):
                    result = self._send(transport, step, retryable)
                else:
                    (self._sleep or time.sleep)(step)
                    result = None
        except StopIteration as done:
            return _returned(done)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._async_transport()
        retryable = request.method.upper() in self.policy.retry_methods
        if retryable:
            await request.aread()
        flow, result = self.policy.flow(request), None
        try:
            while True:
                step = flow.send(result)
                if isinstance(step, httpx.Request):
                    result = await self._send_async(transport, step, retryable)
                else:
                    await self._sleep_async(step)
                    result = None
        except StopIteration as done:
            return _returned(done)

    @staticmethod
    def _send(transport: httpx.BaseTransport, request: httpx.Request, read: bool) -> _Outcome:
        try:
            response = transport.handle_request(request)
            if read:
                response.read()  # a connection dropped mid-body is then a retryable outcome too
        except httpx.TransportError as exc:
            return exc
        return response

    @staticmethod
    async def _send_async(
        transport: httpx.AsyncBaseTransport, request: httpx.Request, read: bool
    ) -> _Outcome:
        try:
            response = await transport.handle_async_request(request)
            if read:
                await response.aread()
        except httpx.TransportError as exc:
            return exc
        return response

    async def _sleep_async(self, seconds: float) -> None:
        waited = (self._sleep or asyncio.sleep)(seconds)
        if inspect.isawaitable(waited):
            await waited

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    def _sync_transport(self) -> httpx.BaseTransport:
        if self._sync is None:
            if self._wrapped is not None:
                raise TypeError(f"{type(self._wrapped).__name__} is async-only; it cannot serve httpx.Client")
            self._sync = httpx.HTTPTransport()
        return self._sync

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            if self._wrapped is not None:
                raise TypeError(
                    f"{type(self._wrapped).__name__} is sync-only; it cannot serve httpx.AsyncClient"
                )
            self._async = httpx.AsyncHTTPTransport()
        return self._async


def _returned(done: StopIteration) -> httpx.Response:
    response: httpx.Response = done.value
    return response


__all__ = ["RETRY_EXCEPTIONS", "RetryFlow", "RetryPolicy", "RetryTransport"]
