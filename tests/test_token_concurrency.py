"""Symbl TokenAuth under concurrency, over loopback HTTP: one exchange for any number of threads, event
loops and tasks; waiters share the outcome of the exchange in flight (token or failure); waits are bounded
by the request timeout on a hanging token endpoint; a failure is backed off; malformed answers are typed."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from symbl_telephony import Client
from symbl_telephony.api.telephony import connect_endpoint
from symbl_telephony.auth import TokenAuth, TokenExchangeError
from symbl_telephony.errors import SymblTelephonyError
from symbl_telephony.models import ConnectionResponse

from tests.test_symbl_auth import APP_ID, APP_SECRET, START, FakeSymbl, make_client, serving

THREADS = 50
LOOPS = 5
TASKS_PER_LOOP = 10


@dataclass
class GatedSymbl(FakeSymbl):
    """Holds every token answer until `gate` is set (or `hold` seconds pass, for a hanging endpoint)."""

    gate: threading.Event = field(default_factory=threading.Event)
    hold: float = 10.0

    def issue(self, body: bytes) -> tuple[int, Any]:
        self.gate.wait(self.hold)
        return super().issue(body)


def _connect(client: Client) -> ConnectionResponse:
    return connect_endpoint.sync(client=client, body=START)


def test_fifty_threads_and_fifty_tasks_on_five_loops_share_one_exchange() -> None:
    auth = TokenAuth(APP_ID, APP_SECRET)
    everyone_ready = threading.Barrier(THREADS + LOOPS + 1)
    results: list[str] = []
    lock = threading.Lock()

    def record(result: ConnectionResponse) -> None:
        with lock:
            results.append(result.connection_id)

    def thread_caller(client: Client) -> None:
        everyone_ready.wait()
        record(_connect(client))

    async def tasks(url: str) -> None:
        async with Client(base_url=url, httpx_args={"auth": auth}) as client:
            started = await asyncio.gather(
                *(connect_endpoint.asyncio(client=client, body=START) for _ in range(TASKS_PER_LOOP))
            )
        for result in started:
            record(result)

    def loop_caller(url: str) -> None:
        everyone_ready.wait()
        asyncio.run(tasks(url))

    with serving(GatedSymbl()) as fake, make_client(fake, auth) as client:
        assert isinstance(fake, GatedSymbl)
        workers = [threading.Thread(target=thread_caller, args=(client,)) for _ in range(THREADS)]
        workers += [threading.Thread(target=loop_caller, args=(fake.url,)) for _ in range(LOOPS)]
        for worker in workers:
            worker.start()
        everyone_ready.wait()  # every caller is released at once, while the first exchange is held
        fake.gate.set()
        for worker in workers:
            worker.join(timeout=30)
    assert len(results) == THREADS + LOOPS * TASKS_PER_LOOP
    assert len(fake.token_requests) == 1
    assert set(fake.keys_sent()) == {"tok-1"}


def test_a_hanging_token_endpoint_fails_every_waiter_within_one_timeout() -> None:
    auth = TokenAuth(APP_ID, APP_SECRET)
    with (
        serving(GatedSymbl(hold=5.0)) as fake,
        make_client(fake, auth, timeout=httpx.Timeout(0.3)) as client,
        ThreadPoolExecutor(max_workers=5) as pool,
    ):
        began = time.monotonic()
        futures = [pool.submit(_connect, client) for _ in range(5)]
        errors = [future.exception(timeout=10) for future in futures]
        elapsed = time.monotonic() - began
        assert isinstance(fake, GatedSymbl)
        fake.gate.set()
    assert elapsed < 2.0  # one timeout (0.3 s connect + read), not one per queued caller
    assert all(isinstance(error, SymblTelephonyError) for error in errors), errors
    assert len(fake.token_requests) == 1


def test_a_failing_token_endpoint_is_asked_once_and_then_backed_off() -> None:
    auth = TokenAuth(APP_ID, APP_SECRET)
    failing = FakeSymbl(token_delay=0.2, token_reply=(500, b'{"message": "down"}'))
    with serving(failing) as fake, make_client(fake, auth) as client, ThreadPoolExecutor(40) as pool:
        errors = [
            future.exception(timeout=10) for future in [pool.submit(_connect, client) for _ in range(40)]
        ]
        with pytest.raises(TokenExchangeError, match="not retried for another"):
            _connect(client)  # within the backoff: no new exchange
    assert all(isinstance(error, TokenExchangeError) for error in errors), errors
    assert {error.status_code for error in errors if isinstance(error, TokenExchangeError)} == {500}
    assert len(fake.token_requests) == 1


def test_after_the_backoff_the_exchange_is_tried_again() -> None:
    clock = [1000.0]
    auth = TokenAuth(APP_ID, APP_SECRET, clock=lambda: clock[0], failure_backoff=2.0)
    with serving(FakeSymbl(token_reply=(503, b"{}"))) as fake, make_client(fake, auth) as client:
        with pytest.raises(TokenExchangeError):
            _connect(client)
        clock[0] += 1.9
        with pytest.raises(TokenExchangeError, match="not retried"):
            _connect(client)
        clock[0] += 0.2
        fake.token_reply = None
        assert _connect(client).connection_id
    assert len(fake.token_requests) == 2


@pytest.mark.parametrize(
    "body",
    [
        b'{"accessToken": "t", "expiresIn": 1' + b"0" * 400 + b"}",
        b'{"accessToken": "t", "expiresIn": 1e400}',
        b'{"accessToken": "t", "expiresIn": -1}',
        b'{"accessToken": "t", "expiresIn": 315360000000}',
        b'{"accessToken": "t", "expiresIn": NaN}',
        b'{"accessToken": "t", "expiresIn": "3600"}',
        b'{"accessToken": "", "expiresIn": 3600}',
        b"[" * 100_000,
        b'{"accessToken": "t", "expiresIn": 3600, "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b"\xff\xfe",
        b"",
        b'"token"',
    ],
)
def test_every_malformed_token_answer_is_a_token_exchange_error(body: bytes) -> None:
    with (
        serving(FakeSymbl(token_reply=(200, body))) as fake,
        make_client(fake, TokenAuth(APP_ID, APP_SECRET)) as client,
        pytest.raises(TokenExchangeError),
    ):
        _connect(client)
