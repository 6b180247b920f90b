"""How long `voicespec diff` takes on the Sinch spec (the largest), with every part on: spec changes, both
clients regenerated and their APIs compared, and the recorded cassettes replayed through the NEW client.

    .venv/bin/python benchmarks/diff_speed.py [--repeat 3]

NEW is a copy of the committed spec with a few typical edits (an operation renamed, a response field
removed, a new enum value, a new required request field), so every part has something to report. Each run
is a fresh `voicespec diff` process, timed from start to exit (wall clock) with the CPU time it and its
children used; the load average is printed because other work on the machine stretches the wall clock.
A benchmark, not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "sinch-voice" / "openapi.yaml"


def _edited(target: Path) -> Path:
    data: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = data["components"]["schemas"]
    data["paths"]["/calling/v1/calls/id/{callId}"]["get"]["operationId"] = "fetchCallResult"
    schemas["CallResult"]["enum"].append("VOICEMAIL")
    schemas["CalloutResponse"]["properties"].pop("callId")
    schemas["SvamlRequestBody"]["properties"]["version"] = {"type": "string"}
    schemas["SvamlRequestBody"].setdefault("required", []).append("version")
    path = target / "specs" / "sinch-voice" / "openapi.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _run(new: Path) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the process and its children, the summary line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "voicespec.cli", "diff", str(SPEC), str(new)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"voicespec diff failed ({result.returncode}):\n{result.stderr}")
    return wall, cpu, result.stdout.splitlines()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="voicespec-bench-") as tmp:
        new = _edited(Path(tmp))
        walls = []
        for index in range(args.repeat):
            load = os.getloadavg()[0]
            wall, cpu, summary = _run(new)
            walls.append(wall)
            print(f"run {index + 1}: {wall:.1f} s wall, {cpu:.1f} s CPU (load average {load:.1f})")
        print(summary)
        print(
            f"median {statistics.median(walls):.1f} s wall over {args.repeat} runs on {os.cpu_count()} CPUs"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
