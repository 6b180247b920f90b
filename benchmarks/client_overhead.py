"""Per-call overhead of the generated Sinch client against raw httpx and the stock generator's output.

    .venv/bin/python benchmarks/client_overhead.py [--calls 500] [--rounds 20]

Every variant sends `GET /calling/v1/calls/id/{callId}` through the same in-process transport, which
answers a fixed JSON body without any I/O, so the figures are the clients' own cost:

- raw httpx: `httpx.Client.get(...).json()` with a path relative to the client's `base_url`, and the same
  with Basic auth, with the JSON turned into the generated model (`GetCallResultResponse.from_dict`, what a
  typed client does on top of httpx), and with the absolute URL instead of the path (httpx then parses the
  URL once, not twice, which is what our generated calls do: see `paths.absolute_url`);
- stock: openapi-python-client 0.29.1's output for the same spec with its own templates and no runtime,
  generated into a temporary directory when the benchmark starts;
- ours plain: `sinch_voice.Client`;
- ours production: `sinch_client(auth=httpx.BasicAuth, transport=RetryTransport(...))` (auth, retry,
  host routing), against raw httpx with the same Basic auth.

Before timing, every variant's answer is checked to be BODY's data (`check_answers`). Rounds are
interleaved (each round times every variant once, in a shuffled order) and the fastest round of each
variant is reported, as `timeit` advises: slower rounds measure other processes on the machine, not the
client. Times are the thread's CPU time; the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from sinch_voice import Client
from sinch_voice.api.calls import get_call_result
from sinch_voice.hosts import sinch_client
from sinch_voice.models import GetCallResultResponse
from sinch_voice.retry import RetryTransport

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "sinch-voice" / "openapi.yaml"
BASE = "https://calling.api.sinch.com"
CALL_ID = "4398599d1ba84ef3bde0a82dfb61abed"
BODY = (
    b'{"from": {"type": "number", "endpoint": "+14045005000"}, "to": {"type": "number", "endpoint": '
    b'"+14045001000"}, "domain": "pstn", "callId": "4398599d1ba84ef3bde0a82dfb61abed", "duration": 37, '
    b'"status": "FINAL", "result": "ANSWERED", "reason": "CALLERHANGUP", "timestamp": '
    b'"2026-03-01T12:00:00Z", "userRate": {"currencyId": "USD", "amount": 0.0276}, "debit": '
    b'{"currencyId": "USD", "amount": 0.0276}}'
)


class FixedAnswer(httpx.BaseTransport):
    """Answers every request with BODY, in process: no sockets, so only the client code is measured."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=BODY)


def stock_client_module(workdir: Path) -> tuple[Any, Any]:
    """Generate the stock client (no voicespec templates or runtime) and import it as `stock_sinch`."""
    config = Config.from_sources(
        ConfigFile(package_name_override="stock_sinch", project_name_override="stock-sinch", post_hooks=[]),
        MetaType.NONE,
        SPEC,
        "utf-8",
        overwrite=False,
        output_path=workdir / "stock_sinch",  # with no metadata, the package itself
    )
    with contextlib.redirect_stdout(io.StringIO()):
        generate(config=config)
    sys.path.insert(0, str(workdir))
    package = importlib.import_module("stock_sinch")
    operation = importlib.import_module("stock_sinch.api.calls.get_call_result")
    return package, operation


def variants(stock: Any, stock_operation: Any) -> dict[str, Callable[[], object]]:
    transport = FixedAnswer()
    auth = httpx.BasicAuth("key", "secret")
    raw = httpx.Client(base_url=BASE, transport=transport)
    raw_auth = httpx.Client(base_url=BASE, transport=transport, auth=auth)
    stock_client = stock.Client(base_url=BASE, httpx_args={"transport": transport})
    plain = Client(base_url=BASE, httpx_args={"transport": transport})
    production = sinch_client(region="global", auth=auth, transport=RetryTransport(transport))
    path = f"/calling/v1/calls/id/{CALL_ID}"
    url = BASE + path
    return {
        "raw httpx": lambda: raw.get(path).json(),
        "raw httpx + Basic auth": lambda: raw_auth.get(path).json(),
        "raw httpx + Basic auth + model": lambda: GetCallResultResponse.from_dict(raw_auth.get(path).json()),
        "raw httpx + Basic auth, absolute URL": lambda: raw_auth.get(url).json(),
        "stock openapi-python-client": lambda: stock_operation.sync(client=stock_client, call_id=CALL_ID),
        "ours, plain": lambda: get_call_result.sync(client=plain, call_id=CALL_ID),
        "ours, Basic auth + retry + host routing": lambda: get_call_result.sync(
            client=production, call_id=CALL_ID
        ),
    }


def check_answers(runs: dict[str, Callable[[], object]]) -> None:
    """Every variant must decode BODY to the same data, or the variants would not be doing the same work."""
    expected = json.loads(BODY)
    for name, run in runs.items():
        answer = run()
        data = answer.to_dict() if hasattr(answer, "to_dict") else answer
        if data != expected:
            raise AssertionError(f"{name} decoded the body as {data!r}")


def measure(calls: int, rounds: int) -> dict[str, float]:
    """Microseconds per call of each variant: the fastest of `rounds` interleaved rounds."""
    with tempfile.TemporaryDirectory(prefix="voicespec-bench-") as tmp:
        stock, stock_operation = stock_client_module(Path(tmp))
        runs = variants(stock, stock_operation)
        check_answers(runs)
        for run in runs.values():  # warm up: connection pools, imports, caches
            for _ in range(200):
                run()
        samples: dict[str, list[float]] = {name: [] for name in runs}
        order = list(runs)
        for _ in range(rounds):
            random.shuffle(order)
            for name in order:
                run = runs[name]
                began = time.thread_time()
                for _ in range(calls):
                    run()
                samples[name].append((time.thread_time() - began) / calls * 1e6)
    return {name: min(values) for name, values in samples.items()}


def report(figures: dict[str, float]) -> str:
    raw, raw_auth = figures["raw httpx"], figures["raw httpx + Basic auth"]
    stock = figures["stock openapi-python-client"]
    lines = [f"{'variant':45} {'µs/call':>8} {'x raw':>6} {'x raw same auth':>15} {'x stock':>7}"]
    for name, micros in figures.items():
        same_auth = raw_auth if "auth" in name else raw
        ratios = f"{micros / raw:6.2f} {micros / same_auth:15.2f} {micros / stock:7.2f}"
        lines.append(f"{name:45} {micros:8.1f} {ratios}")
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    lines.append(
        "(x raw: against raw httpx; x raw same auth: against raw httpx with Basic auth for the variants"
    )
    lines.append(f" with auth; load average {load})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=500, help="calls per variant per round")
    parser.add_argument("--rounds", type=int, default=20, help="interleaved rounds; the fastest is reported")
    args = parser.parse_args(argv)
    print(report(measure(args.calls, args.rounds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
