#!/usr/bin/env python3
"""How long the main job takes: `voicespec check` (every check, the three providers, default settings).

    python3 benchmarks/check_time.py [--runs N] [--cold] [--voicespec PATH] [-- extra voicespec check args]

Runs the command N times (default 3) from a temporary directory, with the venv already set up, and prints
the wall-clock time of each run, the median, the slowest checks (from the run's JUnit XML), the CPU count
and the load average before and after each run (other work on the machine slows a run down: compare runs
made at a similar load), and the CPU time of the run's whole process tree, which load barely changes: on
an idle machine the wall time is about that divided by the CPUs the run uses (printed as "idle
estimate": the CPU time over the CPU count).
`--cold` gives each run empty cache directories (VOICESPEC_CACHE_DIR, HYPOTHESIS_STORAGE_DIRECTORY), as on
a fresh CI runner; without it the user's cache (~/.cache/voicespec) is used as it is.
Exit status: that of the last run. Standard library only.
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
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_VOICESPEC = ROOT / ".venv" / "bin" / "voicespec"


def _slowest(junit: Path, count: int = 6) -> list[str]:
    cases = []
    for suite in ET.parse(junit).getroot().iter("testsuite"):
        for case in suite.iter("testcase"):
            cases.append((float(case.get("time") or 0), f"{suite.get('name')} {case.get('name')}"))
    return [f"{name} {seconds:.1f}s" for seconds, name in sorted(cases, reverse=True)[:count]]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--voicespec", type=Path, default=DEFAULT_VOICESPEC)
    parser.add_argument("--cold", action="store_true", help="empty cache directories for every run")
    parser.add_argument("extra", nargs="*", help="more `voicespec check` arguments (after --)")
    args = parser.parse_args(argv)
    times, code = [], 0
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(1, args.runs + 1):
            junit = Path(scratch) / f"run-{run}.xml"
            env = dict(os.environ)
            if args.cold:
                cache = Path(scratch) / f"cache-{run}"
                env["VOICESPEC_CACHE_DIR"] = str(cache)
                env["HYPOTHESIS_STORAGE_DIRECTORY"] = str(cache / "hypothesis")
            load = os.getloadavg()[0]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(
                [str(args.voicespec), "check", "--junit", str(junit), *args.extra],
                cwd=scratch,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            elapsed = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            code = done.returncode
            times.append(elapsed)
            totals = (done.stdout.strip().splitlines() or ["(no totals)"])[-1]
            load_after = os.getloadavg()[0]
            idle = cpu / (os.cpu_count() or 1)
            caches = "empty" if args.cold else "user"
            print(
                f"run {run}: {elapsed:.1f}s wall, {cpu:.1f}s CPU (idle estimate {idle:.1f}s; load before "
                f"{load:.2f}, after {load_after:.2f}; {caches} caches; exit {code}) {totals}",
                flush=True,
            )
            if junit.exists():
                print("  slowest: " + ", ".join(_slowest(junit)), flush=True)
            else:
                print(done.stderr[-2000:], file=sys.stderr)
    print(f"median {statistics.median(times):.1f}s over {len(times)} run(s); {os.cpu_count()} CPUs")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
