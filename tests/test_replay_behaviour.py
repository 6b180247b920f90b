"""The replay server behaves like the API over real HTTP on loopback: the recorded success every time,
recorded sequences in order, errors on demand with Prism's `Prefer` header, configured credential values
checked, and limits (body size, body timeout, nesting depth) that refuse without a 500 and without
stalling the other clients; 200 concurrent clients get answers with no error."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from tests.replay_support import BASIC
from voicespec.cassettes.model import Cassette
from voicespec.providers import get_provider
from voicespec.replay.limits import Limits, nesting_depth, preferences
from voicespec.replay.server import SOURCE_HEADER, ServerThread, create_app

SINCH = get_provider("sinch-voice")
CALL = "/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed"
AUTH = {"Authorization": BASIC}


@pytest.fixture(scope="module")
def sinch_url() -> Iterator[str]:
    # A keep-alive longer than the test: on a starved machine a pooled connection can sit idle past
    # uvicorn's 5 s default and be closed just as the client reuses it, an HTTP race, not a server error.
    with ServerThread(create_app(SINCH), keep_alive_seconds=60) as url:
        yield url


def test_a_valid_request_gets_the_recorded_success_every_time(sinch_url: str) -> None:
    with httpx.Client(base_url=sinch_url, headers=AUTH) as client:
        answers = [client.get(CALL) for _ in range(4)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 200]
    assert {answer.headers[SOURCE_HEADER] for answer in answers} == {"replayed"}


def test_prefer_code_picks_the_recorded_error(sinch_url: str) -> None:
    with httpx.Client(base_url=sinch_url, headers=AUTH) as client:
        recorded = client.get(CALL, headers={"Prefer": "code=404"})
        documented = client.get(CALL, headers={"Prefer": "code=401"})
        undocumented = client.get(CALL, headers={"Prefer": "code=418"})
        nonsense = client.get(CALL, headers={"Prefer": "code=abc"})
        after = client.get(CALL)
    assert (recorded.status_code, recorded.headers[SOURCE_HEADER]) == (404, "replayed")
    assert (documented.status_code, documented.headers[SOURCE_HEADER]) == (401, "synthesised")
    assert undocumented.status_code == 400
    assert "documents no such answer" in undocumented.text
    assert nonsense.status_code == 400
    assert after.status_code == 200  # asking for an error does not change what comes next


def test_prefer_example_picks_the_named_example(sinch_url: str) -> None:
    with httpx.Client(base_url=sinch_url, headers=AUTH) as client:
        named = client.get(CALL, headers={"Prefer": "example=Error40400CallNotFound"})
        unknown = client.get(CALL, headers={"Prefer": "example=noSuchExample"})
    assert named.status_code == 404
    assert named.headers["X-Voicespec-Detail"].endswith("/examples/Error40400CallNotFound")
    assert unknown.status_code == 400


def test_a_recorded_sequence_plays_in_order_then_repeats_its_last_answer() -> None:
    cassette = Cassette.load(SINCH.cassettes_dir / "getCallResult.yaml")
    first, error = cassette.interactions[0], cassette.interactions[-1]
    body = json.loads(first.response.body)
    later = replace(first, response=replace(first.response, body=json.dumps({**body, "status": "FINAL"})))
    sequence = Cassette([first, later, error], path=cassette.path)
    with (
        ServerThread(create_app(SINCH, [sequence])) as url,
        httpx.Client(base_url=url, headers=AUTH) as client,
    ):
        statuses = [client.get(CALL).json().get("status") for _ in range(4)]
    assert statuses == [body.get("status"), "FINAL", "FINAL", "FINAL"]


def test_configured_credentials_are_checked() -> None:
    limits = Limits(credentials={"basic": "app-key:app-secret"})
    with ServerThread(create_app(SINCH, limits=limits)) as url, httpx.Client(base_url=url) as client:
        right = client.get(CALL, auth=("app-key", "app-secret"))
        wrong = client.get(CALL, auth=("app-key", "not-the-secret"))
    assert right.status_code == 200
    assert wrong.status_code == 401
    assert wrong.json().get("errorCode") is not None  # Sinch's own error shape


def test_limits_refuse_without_a_500() -> None:
    limits = Limits(max_body=64 * 1024, body_timeout=0.5, max_depth=32)
    with (
        ServerThread(create_app(SINCH, limits=limits)) as url,
        httpx.Client(base_url=url, headers=AUTH) as client,
    ):
        huge = client.post("/calling/v1/callouts", content=b"{" + b" " * (128 * 1024) + b"}")
        streamed = client.post("/calling/v1/callouts", content=iter([b"[" + b" " * 1024] * 100))
        deep = client.post(
            "/calling/v1/callouts",
            content=b"[" * 1500 + b"]" * 1500,
            headers={"Content-Type": "application/json"},
        )
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as slow:
            slow.sendall(b"POST /calling/v1/callouts HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            started = time.monotonic()
            other = client.get(CALL)  # answered while the slow body is still awaited
            other_seconds = time.monotonic() - started
            slow.settimeout(5)
            timed_out = slow.recv(4096)
    assert huge.status_code == 413
    assert streamed.status_code == 413
    assert deep.status_code == 400
    assert deep.json().get("errorCode") is not None
    assert other.status_code == 200
    assert other_seconds < 0.4
    assert timed_out.startswith(b"HTTP/1.1 408")


def test_nesting_depth_skips_strings() -> None:
    assert nesting_depth(b'{"a": "[[[[", "b": [1, {"c": "\\"]]"}]}', 100) == 3
    assert nesting_depth(b"[" * 70, 64) == 65  # stops counting past the limit
    assert nesting_depth(b"plain text", 10) == 0


def test_prefer_parsing() -> None:
    assert preferences('code=404, example="callNotFound"; respond-async') == {
        "code": "404",
        "example": "callNotFound",
    }
    assert preferences("respond-async, wait=5") == {}


def test_two_hundred_concurrent_clients_get_answers_without_error(sinch_url: str) -> None:
    """Bounded for CI (200 clients for 3 s); benchmarks/replay_scale.py runs the 30 s version."""

    async def load() -> tuple[int, list[str]]:
        errors: list[str] = []
        done = 0
        deadline = time.monotonic() + 3.0
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
        async with httpx.AsyncClient(base_url=sinch_url, headers=AUTH, limits=limits, timeout=30) as client:

            async def one_client() -> None:
                nonlocal done
                while time.monotonic() < deadline:
                    try:
                        answer = await client.get(CALL)
                    except httpx.HTTPError as exc:
                        errors.append(repr(exc))
                        continue
                    if answer.status_code != 200:
                        errors.append(f"status {answer.status_code}")
                    done += 1

            await asyncio.gather(*(one_client() for _ in range(200)))
        return done, errors

    done, errors = asyncio.run(load())
    assert errors == []
    assert done >= 200


def test_a_slow_request_head_is_cut_off_without_stalling_others() -> None:
    with (
        ServerThread(create_app(SINCH), head_timeout=0.5) as url,
        httpx.Client(base_url=url, headers=AUTH) as client,
    ):
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as slow:
            slow.sendall(b"GET /calling/v1/calls HTTP/1.1\r\nHo")  # and nothing more
            started = time.monotonic()
            assert client.get(CALL).status_code == 200
            assert time.monotonic() - started < 0.4
            slow.settimeout(5)
            assert slow.recv(4096) == b""  # closed by the server
            assert time.monotonic() - started < 3
