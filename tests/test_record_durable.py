"""Durable recording: one appended interaction per exchange (the file is never rewritten), concurrent
recorders on one cassette lose nothing, a killed recorder leaves a valid cassette and no stray file, and
the upstream's answer reaches the client and the cassette whatever the request looked like."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from vcr.request import Request as VcrRequest
from vcr.serialize import serialize
from vcr.serializers import yamlserializer

from tests.replay_support import SYMBL
from voicespec.cassettes.append import append_interaction
from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse
from voicespec.replay.recorder import create_app
from voicespec.replay.server import ServerThread


async def _echo(request: Request) -> Response:
    body = await request.body()
    return Response(json.dumps({"got": len(body), "path": request.url.path}), media_type="application/json")


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    app = Starlette()
    app.add_route("/{path:path}", _echo, methods=["GET", "POST"])
    with ServerThread(app) as url:
        yield url


def _interaction(number: int, size: int = 10) -> Interaction:
    return Interaction(
        RecordedRequest("POST", f"https://api.example.com/v1/item/{number}", "x" * size),
        RecordedResponse(200, json.dumps({"n": number}), {"Content-Type": ["application/json"]}),
    )


def test_appending_never_rewrites_what_is_there(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    append_interaction(path, _interaction(0, 100_000), {"origin": "recorded"}, "a comment")
    before = path.read_bytes()
    inode = path.stat().st_ino
    for number in range(1, 30):
        append_interaction(path, _interaction(number, 100_000))
    after = path.read_bytes()
    assert after.startswith(before)
    assert path.stat().st_ino == inode
    loaded = Cassette.load(path)
    assert [item.request.uri.rsplit("/", 1)[1] for item in loaded.interactions] == [str(n) for n in range(30)]
    assert loaded.metadata["voicespec"] == {"origin": "recorded"}


def test_appending_to_an_empty_cassette_and_to_one_vcrpy_wrote(tmp_path: Path) -> None:
    empty = Cassette().save(tmp_path / "empty.yaml")
    append_interaction(empty, _interaction(1))
    assert len(Cassette.load(empty).interactions) == 1

    written_by_vcrpy = tmp_path / "vcrpy.yaml"
    request = VcrRequest("GET", "https://api.example.com/v1/ping", "", {})
    response = {"status": {"code": 200, "message": "OK"}, "headers": {}, "body": {"string": ""}}
    written_by_vcrpy.write_text(serialize({"requests": [request], "responses": [response]}, yamlserializer))
    assert list(yaml.safe_load(written_by_vcrpy.read_text()))[-1] == "version"  # vcrpy sorts its keys
    create_app(SYMBL, "https://api.example.com", written_by_vcrpy)  # makes it appendable, once
    append_interaction(written_by_vcrpy, _interaction(2))
    assert len(Cassette.load(written_by_vcrpy).interactions) == 2


def test_two_recorders_on_one_cassette_lose_nothing(tmp_path: Path, upstream: str) -> None:
    path = tmp_path / "shared.yaml"
    with (
        ServerThread(create_app(SYMBL, upstream, path)) as first,
        ServerThread(create_app(SYMBL, upstream, path)) as second,
        ThreadPoolExecutor(16) as pool,
    ):
        urls = [f"{base}/v1/item/{number}" for number in range(20) for base in (first, second)]
        statuses = list(pool.map(lambda url: httpx.post(url, content=b"{}").status_code, urls))
    assert statuses == [200] * 40
    recorded = Cassette.load(path)
    assert len(recorded.interactions) == 40
    assert sorted(os.listdir(tmp_path)) == ["shared.yaml"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_killed_recorder_leaves_a_valid_cassette_and_no_stray_file(tmp_path: Path, upstream: str) -> None:
    path = tmp_path / "killed.yaml"
    port = _free_port()
    command = [sys.executable, "-m", "voicespec.cli", "record", "symbl-telephony", "--upstream", upstream]
    command += ["--port", str(port), "--cassette", str(path)]
    recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.post(f"http://127.0.0.1:{port}/v1/warm-up", content=b"{}")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the recorder did not start"
                time.sleep(0.1)
        with ThreadPoolExecutor(8) as pool:
            futures = [
                pool.submit(httpx.post, f"http://127.0.0.1:{port}/v1/item/{n}", content=b"x" * 50_000)
                for n in range(40)
            ]
            time.sleep(0.3)
            recorder.send_signal(signal.SIGKILL)
            for future in futures:
                future.exception()  # some are cut off by the kill: that is the point
    finally:
        recorder.kill()
        recorder.wait(timeout=10)
    assert sorted(os.listdir(tmp_path)) == ["killed.yaml"]
    loaded = Cassette.load(path)
    assert 1 <= len(loaded.interactions) <= 41


def test_a_deeply_nested_body_still_reaches_the_client_and_the_cassette(
    tmp_path: Path, upstream: str
) -> None:
    path = tmp_path / "deep.yaml"
    nested = b"[" * 1500 + b"]" * 1500
    with ServerThread(create_app(SYMBL, upstream, path)) as proxy:
        answer = httpx.post(f"{proxy}/v1/deep", content=nested, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200
    assert answer.json() == {"got": len(nested), "path": "/v1/deep"}
    recorded = Cassette.load(path).interactions
    assert len(recorded) == 1
    assert recorded[0].request.body == "REDACTED"
    assert any("nested too deep" in note for note in recorded[0].source["redacted"])


def test_an_odd_request_target_is_recorded_too(tmp_path: Path, upstream: str) -> None:
    path = tmp_path / "odd.yaml"
    with ServerThread(create_app(SYMBL, upstream, path)) as proxy:
        answer = httpx.get(f"{proxy}/v1/caf%C3%A9/%22quoted%22?q=%7Bx%7D")
    assert answer.status_code == 200
    assert Cassette.load(path).interactions[0].request.uri.startswith("https://api.symbl.ai/v1/caf%C3%A9/")
