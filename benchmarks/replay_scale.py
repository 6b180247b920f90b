"""How replay scales: loading and looking up in a cassette set of 10,000 interactions against 10, and the
replay server's throughput and latency under concurrent load on loopback, side by side with Stoplight
Prism's mock server on the same spec and load.

    .venv/bin/python -m benchmarks.replay_scale                      # sizes + load at 20 and 200 clients
    .venv/bin/python -m benchmarks.replay_scale --prism --skip-sizes # the side-by-side comparison
    .venv/bin/python -m benchmarks.replay_scale --prism --seconds 10 --rounds 3 --clients 20,200

Each server runs in its own process (`voicespec serve sinch-voice`; Prism as `prism mock` on
specs/sinch-voice/openapi.yaml, installed on first use, see mock_servers.py) and the load generator in
this one (http_load.py). Every client repeats the same GET with credentials, which both answer with 200
(`--distinct` adds a run where every request names another call, so nothing can be reused between
requests). The runs are interleaved: each round loads every server at every concurrency level in turn,
alternating which server goes first, after a warm-up of each. The figures are throughput, p50/p99
latency, errors and server CPU per request (the process tree's user + system time, so a busy machine
does not hide the cost), then the ratio voicespec/Prism per level, from the same run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from benchmarks.http_load import LoadResult, request_bytes, run_load
from benchmarks.mock_servers import ROOT, Server, start_prism, start_replay_server
from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse
from voicespec.replay.transport import Replayer

CALL = "/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed"
ROUNDS = 2000  # lookups timed per cassette size
BASIC = {"Authorization": "Basic YXBwLWtleTphcHAtc2VjcmV0"}  # app-key:app-secret


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


SPEC = ROOT / "specs" / "sinch-voice" / "openapi.yaml"
WARM_UP_SECONDS = 10.0  # per server and kind of request


def _distinct_calls() -> Callable[[], bytes]:
    """A request for another call id each time: a valid GET that neither server has seen before."""
    counter = itertools.count()
    return lambda: request_bytes(f"/calling/v1/calls/id/{next(counter):032x}", BASIC)


@dataclass
class Measured:
    result: LoadResult
    cpu: float  # server CPU seconds during the run

    @property
    def cpu_per_request(self) -> float:
        return self.cpu / max(len(self.result.latencies), 1)


def _measure(server: Server, clients: int, seconds: float, next_request: Callable[[], bytes]) -> Measured:
    before = server.cpu_seconds()
    result = run_load(server.port, clients, seconds, next_request)
    return Measured(result, server.cpu_seconds() - before)


def _line(name: str, clients: int, runs: list[Measured]) -> str:
    merged = LoadResult(sum(run.result.seconds for run in runs))
    for run in runs:
        merged.latencies += run.result.latencies
        merged.errors += run.result.errors
    cpu = sum(run.cpu for run in runs) / max(len(merged.latencies), 1)
    kinds = sorted(set(merged.errors))
    return (
        f"{name:>22}, {clients:>3} clients: {merged.throughput:6.0f} requests/s, "
        f"p50 {merged.median * 1000:6.1f} ms, p99 {merged.percentile(0.99) * 1000:7.1f} ms, "
        f"{len(merged.errors)} errors{' ' + str(kinds[:3]) if kinds else ''}, "
        f"server CPU {cpu * 1000:.3f} ms/request"
    )


Results = dict[tuple[str, int, str], list[Measured]]  # (request kind, clients, server) -> one per round


def _rounds(
    servers: list[Server],
    kinds: list[tuple[str, Callable[[], bytes]]],
    levels: list[int],
    seconds: float,
    rounds: int,
) -> Results:
    """Every server at every level, in turn, `rounds` times; which server goes first alternates."""
    results: Results = {}
    for round_number in range(rounds):
        order = servers if round_number % 2 == 0 else servers[::-1]
        for kind, next_request in kinds:
            for clients in levels:
                for server in order:
                    measured = _measure(server, clients, seconds, next_request)
                    results.setdefault((kind, clients, server.name), []).append(measured)
    return results


def load(levels: list[int], seconds: float, rounds: int, prism: bool, distinct: bool) -> None:
    repeated = request_bytes(CALL, BASIC)
    kinds: list[tuple[str, Callable[[], bytes]]] = [("same GET", lambda: repeated)]
    if distinct:
        kinds.append(("distinct GETs", _distinct_calls()))
    servers = [start_replay_server("sinch-voice", CALL, BASIC)]
    try:
        if prism:
            servers.append(start_prism(SPEC, CALL, BASIC))
        print(f"load average before: {_load_average()}", flush=True)
        for server in servers:  # Node's JIT compiles Prism's hot paths; the replay server's caches fill
            for _, next_request in kinds:
                run_load(server.port, max(levels), WARM_UP_SECONDS, next_request)
        results = _rounds(servers, kinds, levels, seconds, rounds)
        print(
            f"load average after: {_load_average()}; {rounds} round(s) of {seconds:g} s per server and level"
        )
    finally:
        for server in servers:
            server.stop()
    for kind, _ in kinds:
        print(kind + ":")
        for clients in levels:
            runs = [results[(kind, clients, server.name)] for server in servers]
            for server, measured in zip(servers, runs, strict=True):
                print(_line(server.name, clients, measured))
            if len(runs) == 2:
                print(_ratio(clients, *runs))


def _ratio(clients: int, ours: list[Measured], theirs: list[Measured]) -> str:
    def rate(runs: list[Measured]) -> float:
        return sum(len(run.result.latencies) for run in runs) / sum(run.result.seconds for run in runs)

    def cpu(runs: list[Measured]) -> float:
        return sum(run.cpu for run in runs) / max(sum(len(run.result.latencies) for run in runs), 1)

    per_round = ", ".join(
        f"x{len(mine.result.latencies) / max(len(other.result.latencies), 1):.2f}"
        for mine, other in zip(ours, theirs, strict=True)
    )
    throughput = rate(ours) / max(rate(theirs), 1e-9)
    return (
        f"{'ratio voicespec/Prism':>22}, {clients:>3} clients: throughput x{throughput:.2f} "
        f"(per round {per_round}), CPU per request x{cpu(ours) / max(cpu(theirs), 1e-9):.2f}"
    )


def _load_average() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", default="20,200", help="concurrency levels, comma-separated")
    parser.add_argument("--seconds", type=float, default=30.0, help="per server, level and round")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--prism", action="store_true", help="also load Prism's mock server, interleaved")
    parser.add_argument("--distinct", action="store_true", help="also a run with a new call id per request")
    parser.add_argument("--skip-load", action="store_true", help="only the load and lookup sizes")
    parser.add_argument("--skip-sizes", action="store_true", help="only the load runs")
    args = parser.parse_args()
    levels = [int(level) for level in args.clients.split(",") if level.strip()]
    if not args.skip_sizes:
        sizes()
    if not args.skip_load:
        load(levels, args.seconds, args.rounds, args.prism, args.distinct)


if __name__ == "__main__":
    main()
