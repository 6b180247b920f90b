"""How replay scales: loading and looking up in a cassette set of 10,000 interactions against 10, and the
replay server's throughput and latency under concurrent load on loopback.

    .venv/bin/python benchmarks/replay_scale.py                  # sizes + a 30 s, 200-client load run
    .venv/bin/python benchmarks/replay_scale.py --seconds 5 --clients 50

The server runs as `voicespec serve` in its own process (so the load generator does not share its
interpreter), answering the Sinch spec and its committed cassettes; every client repeats a replayed GET
with credentials. Wall times and CPU times are both printed: on a busy machine the wall time includes
waiting for a core.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse
from voicespec.replay.transport import Replayer

CALL = "/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed"
ROUNDS = 2000  # lookups timed per cassette size
BASIC = {"Authorization": "Basic YXBwLWtleTphcHAtc2VjcmV0"}


def synthetic_cassette(size: int) -> Cassette:
    """`size` GET interactions, each on a path of its own (tests/test_replay_scale.py uses it too)."""
    return Cassette(
        [
            Interaction(
                RecordedRequest("GET", f"https://api.example.com/v1/calls/{number}", ""),
                RecordedResponse(
                    200, json.dumps({"callId": str(number)}), {"Content-Type": ["application/json"]}
                ),
            )
            for number in range(size)
        ]
    )


def _timed(action: object) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def sizes() -> None:
    with tempfile.TemporaryDirectory() as directory:
        results = {}
        for size in (10, 10_000):
            os.environ["VOICESPEC_CACHE_DIR"] = str(Path(directory) / f"written-{size}")
            path = synthetic_cassette(size).save(Path(directory) / f"c{size}.yaml")
            os.environ["VOICESPEC_CACHE_DIR"] = str(Path(directory) / f"cache-{size}")  # nothing cached yet
            first = _timed(lambda path=path: Cassette.load(path))
            cached = _timed(lambda path=path: Cassette.load(path))
            replayer = Replayer([Cassette.load(path)], allow_repeats=True)
            request = httpx.Request("GET", f"https://api.example.com/v1/calls/{size // 2}")
            lookup = _timed(
                lambda replayer=replayer, request=request: [replayer.play(request) for _ in range(ROUNDS)]
            )
            results[size] = (first, cached, (lookup[0] / ROUNDS, lookup[1] / ROUNDS))
            print(
                f"{size:>6} interactions: YAML parse {first[0]:.3f} s (cpu {first[1]:.3f}), "
                f"cached load {cached[0]:.3f} s (cpu {cached[1]:.3f}), "
                f"lookup {lookup[0] / ROUNDS * 1e6:.1f} us (cpu {lookup[1] / ROUNDS * 1e6:.1f})"
            )
        small, large = results[10], results[10_000]
        print(
            f"ratio 10,000 / 10: cached load cpu x{large[1][1] / max(small[1][1], 1e-6):.0f}, "
            f"lookup cpu x{large[2][1] / max(small[2][1], 1e-9):.2f}"
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _load(base_url: str, clients: int, seconds: float) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, headers=BASIC, limits=limits, timeout=60) as client:

        async def one() -> None:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    answer = await client.get(CALL)
                except httpx.HTTPError as exc:
                    errors.append(type(exc).__name__)
                    continue
                latencies.append(time.perf_counter() - started)
                if answer.status_code != 200:
                    errors.append(str(answer.status_code))

        await asyncio.gather(*(one() for _ in range(clients)))
    return latencies, errors


def load(clients: int, seconds: float) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "voicespec.cli", "serve", "sinch-voice", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}{CALL}", headers=BASIC)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit("the replay server did not start") from None
                time.sleep(0.2)
        cpu_before = _cpu_seconds(server.pid)
        latencies, errors = asyncio.run(_load(f"http://127.0.0.1:{port}", clients, seconds))
        server_cpu = _cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=30)
    ordered = sorted(latencies)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else float("nan")
    print(
        f"replay server, {clients} clients for {seconds:g} s: {len(latencies) / seconds:.0f} requests/s, "
        f"p50 {statistics.median(ordered) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, {len(errors)} errors; "
        f"server CPU {server_cpu / max(len(latencies), 1) * 1000:.2f} ms per request"
    )


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), so a busy machine does not hide the cost."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--skip-load", action="store_true", help="only the load and lookup sizes")
    args = parser.parse_args()
    sizes()
    if not args.skip_load:
        load(args.clients, args.seconds)


if __name__ == "__main__":
    main()
