"""Running named checks per provider and collecting their outcomes for the summary and JUnit XML.

Each (provider, check) pair is one unit of work. With `jobs` > 1 the units run in that many worker
processes, the longest first (fuzzing dominates a run), and the outcomes come back in the canonical order
(providers, then checks in registry order) whatever order they finished in.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from voicespec.errors import VoicespecError
from voicespec.providers import Provider


@dataclass
class Outcome:
    """What one check found for one provider: cases run, failures with their details, and the time."""

    provider: str
    check: str
    cases: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    skipped: str | None = None
    # Cases that differ from the spec for a recorded reason (evidence payloads): not failures, not passes.
    known_divergences: int = 0

    @property
    def passed(self) -> int:
        return max(self.cases - len(self.failures) - self.known_divergences, 0)

    @property
    def ok(self) -> bool:
        return not self.failures


class CheckSkipped(Exception):
    """Raised by a check that cannot run here (a tool is not installed); the reason is reported."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CheckResult:
    """What a check returns when it has more to say than (cases, failures)."""

    cases: int
    failures: list[str]
    known_divergences: int = 0


@dataclass(frozen=True)
class Check:
    """A named check. `run` returns how many cases it ran and raises `VoicespecError` on failure, or
    returns (cases, failures) when it can keep going past a failing case."""

    name: str
    run: Callable[[Provider], tuple[int, list[str]] | CheckResult]
    # Draws values with hypothesis: its character table is built before such a run starts.
    uses_hypothesis: bool = False


def _traceback_tail(exc: BaseException) -> str:
    """The exception and where it was raised, short enough for a summary."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = "; ".join(f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" for frame in frames)
    return f"{type(exc).__name__}: {exc} (at {where})"


# Relative CPU cost of each check (measured over the three providers, fuzz = 100), so that a parallel run
# starts the long ones first and the workers finish together, and shards get equal work.
COST = {
    "fuzz": 100,
    "model-roundtrip": 30,
    "stateful": 27,
    "client-requests": 11,
    "drift": 8,
    "evidence": 5,
    "lint": 5,
    "cassettes": 3,
    "spec": 2,
}


def run_one(provider: Provider, check: Check) -> Outcome:
    """Run one check for one provider; whatever happens becomes its outcome."""
    outcome = Outcome(provider.name, check.name)
    started = time.perf_counter()
    try:
        result = check.run(provider)
        if not isinstance(result, CheckResult):
            result = CheckResult(*result)
        cases, failures = result.cases, result.failures
        outcome.known_divergences = result.known_divergences
        # A check that reports several problems for one case (lint) still ran that many cases.
        outcome.cases, outcome.failures = max(cases, len(failures)), list(failures)
    except CheckSkipped as exc:
        outcome.skipped = exc.reason
    except VoicespecError as exc:
        outcome.cases = max(len(exc.problems), 1)
        outcome.failures = [str(exc)]
    except Exception as exc:  # a bug in one check is that check's failure; the others still run
        outcome.cases = 1
        outcome.failures = [f"{check.name} crashed: {_traceback_tail(exc)}"]
    outcome.seconds = time.perf_counter() - started
    return outcome


def run_checks(
    providers: Iterable[Provider],
    checks: Iterable[Check],
    on_start: Callable[[Provider, Check], None] | None = None,
    on_done: Callable[[Outcome], None] | None = None,
    *,
    jobs: int = 1,
    units: list[tuple[Provider, Check]] | None = None,
) -> list[Outcome]:
    """Every check for every provider (or exactly `units`), in `jobs` processes."""
    if units is None:
        check_list = list(checks)
        units = [(provider, check) for provider in providers for check in check_list]
    if jobs <= 1 or len(units) <= 1:
        outcomes = []
        for provider, check in units:
            if on_start is not None:
                on_start(provider, check)
            outcome = run_one(provider, check)
            outcomes.append(outcome)
            if on_done is not None:
                on_done(outcome)
        return outcomes
    return _run_parallel(units, on_done, jobs)


# The units of the parallel run in progress. Workers are forked after this is set, so they find each unit
# by index: a check defined anywhere (a lambda in a test) runs without being pickled.
_FORKED_UNITS: list[tuple[Provider, Check]] = []


def _run_forked(index: int) -> Outcome:
    return run_one(*_FORKED_UNITS[index])


def _run_parallel(
    units: list[tuple[Provider, Check]],
    on_done: Callable[[Outcome], None] | None,
    jobs: int,
) -> list[Outcome]:
    order = sorted(range(len(units)), key=lambda index: -COST.get(units[index][1].name, 1))
    results: dict[int, Outcome] = {}
    _FORKED_UNITS[:] = units
    # fork: the workers inherit the imported checks instead of importing them again.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        # No on_start here: a submitted unit may wait for a worker; the heartbeat shows what is pending.
        pending = {pool.submit(_run_forked, index): index for index in order}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                try:
                    results[index] = future.result()
                except Exception as exc:  # the worker died (killed, out of memory): that unit's failure
                    provider, check = units[index]
                    failure = f"{check.name} worker crashed: {_traceback_tail(exc)}"
                    results[index] = Outcome(provider.name, check.name, cases=1, failures=[failure])
                if on_done is not None:
                    on_done(results[index])
    _FORKED_UNITS.clear()
    return [results[index] for index in range(len(units))]
