"""The retry policy (`should_retry`, `retry_delay`, `parse_retry_after`) and `RetryTransport` around an
httpx.MockTransport, sync and async. The same transport over real sockets is in test_faults.py."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import logging
import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import ModuleType
from typing import Any

import httpx
import pytest
from symbl_telephony import retry, timeouts
from symbl_telephony.retry import RetryPolicy, RetryTransport
from symbl_telephony.retry_after import parse_retry_after

URL = "https://api.example.test/calls/1"
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


class CeilingRng(random.Random):
    """Always draws the top of the range, so a test can see the backoff ceiling."""

    def uniform(self, a: float, b: float) -> float:
        return b


def _response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", URL))


# --- parse_retry_after ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("5", 5.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        (format_datetime(NOW + timedelta(seconds=42), usegmt=True), 42.0),
        ("Sun, 01 Mar 2026 12:00:10 -0000", 10.0),
        (format_datetime(NOW - timedelta(hours=1), usegmt=True), 0.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == seconds


# --- should_retry --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (_response(429), True),
        (_response(503), True),
        (_response(500), False),
        (_response(502), False),
        (_response(200), False),
        (_response(404), False),
        (httpx.ConnectError("refused"), True),
        (httpx.ConnectTimeout("slow connect"), True),
        (httpx.ReadError("reset"), True),
        (httpx.RemoteProtocolError("closed"), True),
        (httpx.ReadTimeout("slow provider"), False),
        (httpx.PoolTimeout("pool"), False),
        (ValueError("not a transport error"), False),
    ],
)
def test_should_retry_by_outcome(outcome: httpx.Response | Exception, expected: bool) -> None:
    assert RetryPolicy().should_retry("GET", outcome, 1) is expected


def test_should_retry_only_idempotent_methods_by_default() -> None:
    policy = RetryPolicy()
    for method in ("GET", "get", "PUT", "DELETE", "HEAD", "OPTIONS"):
        assert policy.should_retry(method, _response(503), 1), method
    for method in ("POST", "PATCH"):
        assert not policy.should_retry(method, _response(503), 1), method
        assert not policy.should_retry(method, httpx.ConnectError("refused"), 1), method


def test_should_retry_stops_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2)
    assert [policy.should_retry("GET", _response(429), attempt) for attempt in (1, 2, 3, 4)] == [
        True,
        True,
        False,
        False,
    ]
    assert not RetryPolicy(max_retries=0).should_retry("GET", _response(429), 1)


def test_non_idempotent_methods_need_both_opt_ins() -> None:
    sinch = RetryPolicy(retry_methods=timeouts.IDEMPOTENT_METHODS | {"patch"}, retry_non_idempotent=True)
    assert sinch.should_retry("PATCH", _response(503), 1)
    assert not sinch.should_retry("POST", _response(503), 1)
    with pytest.raises(ValueError, match=r"includes POST.*retry_non_idempotent=True"):
        RetryPolicy(retry_methods={"GET", "POST"})
    with pytest.raises(ValueError, match="retry_non_idempotent=True has no effect"):
        RetryPolicy(retry_non_idempotent=True)
    enablex = RetryPolicy(retry_methods=timeouts.IDEMPOTENT_METHODS - {"PUT"})
    assert not enablex.should_retry("PUT", _response(503), 1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": 2.0}, "max_retries"),
        ({"backoff_base": -0.1}, "backoff_base"),
        ({"backoff_max": float("inf")}, "backoff_max"),
        ({"retry_after_cap": float("nan")}, "retry_after_cap"),
        ({"retry_methods": "GET"}, "retry_methods"),
    ],
)
def test_bad_settings_are_refused_by_name(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryTransport(**kwargs)


# --- retry_delay ---------------------------------------------------------------------------------------


def test_backoff_doubles_up_to_the_maximum() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_max=3.0, rng=CeilingRng())
    assert [policy.retry_delay(attempt, None) for attempt in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert policy.retry_delay(5000, None) == 3.0
    assert policy.retry_delay(1, _response(503)) == 0.5  # no Retry-After: backoff


def test_backoff_is_full_jitter() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_max=8.0, rng=random.Random(7))
    delays = [delay for _ in range(200) if (delay := policy.retry_delay(4, None)) is not None]
    assert len(delays) == 200
    assert all(0.0 <= delay <= 8.0 for delay in delays)
    assert min(delays) < 2.0
    assert max(delays) > 6.0


def test_retry_after_wins_and_is_capped() -> None:
    policy = RetryPolicy(retry_after_cap=30.0, rng=CeilingRng())
    assert policy.retry_delay(1, _response(429, **{"Retry-After": "12"})) == 12.0
    assert policy.retry_delay(3, _response(429, **{"Retry-After": "0"})) == 0.0
    assert policy.retry_delay(1, _response(429, **{"Retry-After": "30"})) == 30.0
    assert policy.retry_delay(1, _response(429, **{"Retry-After": "3600"})) is None  # give up, no sleep
    assert policy.retry_delay(2, _response(429, **{"Retry-After": "later"})) == 1.0  # unusable: backoff
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    delay = policy.retry_delay(1, _response(503, **{"Retry-After": soon}))
    assert delay is not None
    assert 18.0 < delay <= 20.0


# --- RetryTransport ------------------------------------------------------------------------------------


class Script:
    """A MockTransport handler that plays outcomes in order and records the requests it saw."""

    def __init__(self, *outcomes: int | Exception, headers: dict[str, str] | None = None) -> None:
        self.outcomes: Iterator[int | Exception] = iter(outcomes)
        self.headers = headers or {}
        self.requests: list[tuple[str, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.method, request.read()))
        outcome = next(self.outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome, headers=self.headers, json={"status": outcome})


def _transport(script: Script, delays: list[float], **kwargs: Any) -> RetryTransport:
    return RetryTransport(httpx.MockTransport(script), sleep=delays.append, rng=CeilingRng(), **kwargs)


def test_sync_retries_until_success_and_resends_the_body() -> None:
    script = Script(503, httpx.ConnectError("refused"), 429, 200)
    delays: list[float] = []
    with httpx.Client(transport=_transport(script, delays)) as client:
        response = client.put(URL, content=b'{"mute": true}')
    assert response.status_code == 200
    assert script.requests == [("PUT", b'{"mute": true}')] * 4
    assert delays == [0.5, 1.0, 2.0]


def test_a_streamed_body_is_buffered_so_it_can_be_resent() -> None:
    script = Script(503, 200)
    delays: list[float] = []
    with httpx.Client(transport=_transport(script, delays)) as client:
        response = client.put(URL, content=iter([b"part one, ", b"part two"]))
    assert response.status_code == 200
    assert script.requests == [("PUT", b"part one, part two")] * 2


def test_sync_gives_up_after_max_retries_with_the_last_outcome() -> None:
    script = Script(503, 503, 503)
    delays: list[float] = []
    with httpx.Client(transport=_transport(script, delays, max_retries=2)) as client:
        assert client.get(URL).status_code == 503
    assert len(script.requests) == 3
    assert len(delays) == 2

    failing = Script(*[httpx.ConnectError("refused")] * 3)
    with (
        httpx.Client(transport=_transport(failing, delays, max_retries=2)) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get(URL)
    assert len(failing.requests) == 3


def test_post_is_sent_once_whatever_happens() -> None:
    for outcome in (503, 429, httpx.ConnectError("refused"), httpx.ReadError("reset")):
        script = Script(outcome, 201)
        delays: list[float] = []
        with (
            httpx.Client(transport=_transport(script, delays)) as client,
            contextlib.suppress(httpx.TransportError),
        ):
            client.post(URL, json={"operation": "start"})
        assert len(script.requests) == 1, outcome
        assert delays == []


def test_non_retryable_status_is_returned_at_once() -> None:
    script = Script(500, 200)
    delays: list[float] = []
    with httpx.Client(transport=_transport(script, delays)) as client:
        assert client.get(URL).status_code == 500
    assert len(script.requests) == 1


def test_retry_after_header_is_honoured() -> None:
    script = Script(429, 200, headers={"Retry-After": "4"})
    delays: list[float] = []
    with httpx.Client(transport=_transport(script, delays)) as client:
        assert client.get(URL).status_code == 200
    assert delays == [4.0]


def test_each_retry_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(503, 200)
    with (
        caplog.at_level(logging.INFO, logger=retry.__name__),
        httpx.Client(transport=_transport(script, [])) as client,
    ):
        client.get(URL)
    (record,) = [record for record in caplog.records if record.name == retry.__name__]
    assert record.getMessage() == f"retrying GET {URL} in 0.50 s (retry 1 of 3) after status 503"


def _run(coroutine: Callable[[], Any]) -> Any:
    return asyncio.run(coroutine())


def test_async_retries_with_the_same_policy_and_awaits_an_async_sleep() -> None:
    script = Script(503, httpx.ReadError("reset"), 200)
    slept: list[float] = []

    async def record_sleep(delay: float) -> None:
        slept.append(delay)
        await asyncio.sleep(0)

    async def main() -> httpx.Response:
        transport = RetryTransport(httpx.MockTransport(script), sleep=record_sleep, rng=CeilingRng())
        async with httpx.AsyncClient(transport=transport) as client:
            return await client.delete(URL)

    assert _run(main).status_code == 200
    assert slept == [0.5, 1.0]
    assert [method for method, _ in script.requests] == ["DELETE"] * 3


def test_async_post_is_sent_once() -> None:
    script = Script(503, 201)
    delays: list[float] = []

    async def main() -> httpx.Response:
        async with httpx.AsyncClient(transport=_transport(script, delays)) as client:
            return await client.post(URL, json={})

    assert _run(main).status_code == 503
    assert len(script.requests) == 1


def test_a_one_sided_wrapped_transport_says_which_side_is_missing() -> None:
    with (
        httpx.Client(transport=RetryTransport(httpx.AsyncHTTPTransport())) as client,
        pytest.raises(TypeError, match="async-only"),
    ):
        client.get(URL)

    async def main() -> None:
        async with httpx.AsyncClient(transport=RetryTransport(httpx.HTTPTransport())) as client:
            await client.get(URL)

    with pytest.raises(TypeError, match="sync-only"):
        _run(main)


def test_constants_live_in_one_module() -> None:
    policy = RetryTransport().policy
    assert policy.max_retries == timeouts.DEFAULT_MAX_RETRIES
    assert policy.backoff_base == timeouts.DEFAULT_BACKOFF_BASE_SECONDS
    assert policy.backoff_max == timeouts.DEFAULT_BACKOFF_MAX_SECONDS
    assert policy.retry_after_cap == timeouts.DEFAULT_RETRY_AFTER_CAP_SECONDS
    assert policy.retry_methods == {"GET", "PUT", "DELETE", "HEAD", "OPTIONS"}


def test_every_public_name_is_exported() -> None:
    assert defined_public_names(retry) - {"logger"} == set(retry.__all__)


def defined_public_names(module: ModuleType) -> set[str]:
    """Names the module itself binds at top level (classes, functions, constants), not its imports."""
    names: set[str] = set()
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if not name.startswith("_") and name not in {"T", "__all__"}}
