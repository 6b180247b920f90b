"""The replay benchmark's own parts measure what they claim: the load generator counts answers and
errors, its percentiles are nearest-rank, and a server's CPU includes its child processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.http_load import LoadResult, request_bytes, run_load
from benchmarks.mock_servers import Server
from tests.replay_support import BASIC
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread, create_app

CALL = "/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed"


def test_the_load_generator_counts_answers_and_errors() -> None:
    with ServerThread(create_app(get_provider("sinch-voice"))) as url:
        port = int(url.rsplit(":", 1)[1])
        good = run_load(port, 4, 0.5, lambda: request_bytes(CALL, {"Authorization": BASIC}))
        anonymous = run_load(port, 2, 0.3, lambda: request_bytes(CALL, {}))
    assert good.errors == []
    assert len(good.latencies) > 4
    assert anonymous.latencies  # answered, but not with 200
    assert set(anonymous.errors) == {"HTTP/1.1 401 Unauthorized"}
    assert len(anonymous.errors) == len(anonymous.latencies)


def test_a_refused_connection_is_an_error() -> None:
    with ServerThread(create_app(get_provider("sinch-voice"))) as url:
        port = int(url.rsplit(":", 1)[1])
    refused = run_load(port, 1, 0.1, lambda: request_bytes(CALL, {}))
    assert refused.errors
    assert not refused.latencies


def test_percentiles_are_nearest_rank() -> None:
    result = LoadResult(1.0, [float(value) for value in range(1, 101)])
    assert result.percentile(0.99) == 99.0
    assert result.percentile(0.5) == 50.0
    assert result.median == 50.5
    assert result.throughput == 100.0


def _own_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_the_cpu_of_a_server_includes_its_children() -> None:
    # The child burns 0.5 s of CPU, then idles for a while and ends on its own.
    child = (
        "import time\nend = time.process_time() + 0.5\nwhile time.process_time() < end: pass\ntime.sleep(3)"
    )
    wrapper = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}])"
    server = Server("wrapper", subprocess.Popen([sys.executable, "-c", wrapper]), 0)
    try:
        deadline = time.monotonic() + 30
        while server.cpu_seconds() < 0.5 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.cpu_seconds() >= 0.5
        assert _own_cpu(server.process.pid) < 0.4  # the wrapper itself only waits
    finally:
        server.stop()
