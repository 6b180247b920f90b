"""`python -m voicespec.checks.fuzz`: one fuzz or stateful run, its report as JSON on stdout."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from voicespec.checks.fuzz.report import FuzzReport
from voicespec.checks.fuzz.run import run_fuzz, run_stateful
from voicespec.checks.fuzz.settings import (
    DEFAULT_MAX_EXAMPLES,
    DEFAULT_SEED,
    DEFAULT_STATEFUL_SCENARIOS,
    DEFAULT_STATEFUL_STEPS,
    FuzzSettings,
)
from voicespec.providers import Provider, get_provider

_RUNS: dict[str, Callable[[Provider, FuzzSettings], FuzzReport]] = {
    "fuzz": run_fuzz,
    "stateful": run_stateful,
}


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m voicespec.checks.fuzz fuzz|stateful PROVIDER [--seed N] ...`: one run, JSON report."""
    parser = argparse.ArgumentParser(prog="python -m voicespec.checks.fuzz", description=main.__doc__)
    parser.add_argument("kind", choices=sorted(_RUNS))
    parser.add_argument("provider")
    parser.add_argument("--specs-root", type=Path, default=None, help="another specs directory")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES)
    parser.add_argument("--stateful-scenarios", type=int, default=DEFAULT_STATEFUL_SCENARIOS)
    parser.add_argument("--stateful-steps", type=int, default=DEFAULT_STATEFUL_STEPS)
    parser.add_argument("--phases", default=None, help="comma-separated: examples,coverage,fuzzing")
    parser.add_argument("--operations", default="", help="comma-separated operationIds (default: all)")
    args = parser.parse_args(argv)
    try:
        provider = get_provider(args.provider)
    except KeyError as exc:
        parser.error(str(exc.args[0]))
    if args.specs_root is not None:
        provider = replace(provider, specs_root=args.specs_root)
    settings = FuzzSettings(
        seed=args.seed,
        max_examples=args.max_examples,
        stateful_scenarios=args.stateful_scenarios,
        stateful_steps=args.stateful_steps,
        phases=tuple(args.phases.split(",")) if args.phases else FuzzSettings().phases,
        operations=frozenset(name for name in args.operations.split(",") if name),
    )
    report = _RUNS[args.kind](provider, settings)
    for failure in report.failures:  # for a person reproducing a failure; the check reads stdout
        sys.stderr.write(failure + "\n\n")
    sys.stderr.write(
        f"{args.kind} {provider.name}: {report.cases} requests, {len(report.failures)} failures\n"
        + (f"{report.differential}\n" if report.differential else "")
    )
    sys.stdout.write(report.to_json() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
