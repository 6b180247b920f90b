"""The `fuzz` and `stateful` checks of `voicespec check`, each run in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

from voicespec.checks.fuzz.report import FuzzReport
from voicespec.checks.fuzz.run import has_links
from voicespec.checks.fuzz.settings import RUN_TIMEOUT, FuzzError, FuzzSettings, command_args
from voicespec.checks.runner import Check, CheckResult
from voicespec.providers import Provider


def run_isolated(kind: str, provider: Provider, settings: FuzzSettings) -> FuzzReport:
    """`run_fuzz` or `run_stateful` (`kind`) in a fresh interpreter, so the result depends on the seed alone.

    Hypothesis also draws constants from the source of every local module already imported (the
    generated clients, voicespec itself), so in a long-lived process the same seed would draw
    differently depending on what ran before; `python -m voicespec.checks.fuzz` always imports the same
    ones."""
    command = [sys.executable, *command_args(kind, provider, settings)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise FuzzError(f"the {kind} run of {provider.name} took over {RUN_TIMEOUT} s") from None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        detail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise FuzzError(f"the {kind} run of {provider.name} failed (exit {done.returncode}): {detail}")
    return FuzzReport.from_json(lines[-1])


def fuzz_check(settings: FuzzSettings | None = None) -> Check:
    """The `fuzz` check of `voicespec check`; settings default to the environment's (see `FuzzSettings`)."""

    def run(provider: Provider) -> CheckResult:
        return run_isolated("fuzz", provider, settings or FuzzSettings.from_env()).as_result()

    return Check("fuzz", run, uses_hypothesis=True)


def stateful_check(settings: FuzzSettings | None = None) -> Check:
    """The `stateful` check of `voicespec check`: 0 cases for a spec without links."""

    def run(provider: Provider) -> CheckResult:
        if not has_links(provider):
            return CheckResult(0, [])  # nothing to chain: no interpreter needs to start to say so
        return run_isolated("stateful", provider, settings or FuzzSettings.from_env()).as_result()

    return Check("stateful", run, uses_hypothesis=True)


FUZZ_CHECK = fuzz_check()
STATEFUL_CHECK = stateful_check()
