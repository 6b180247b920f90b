"""Running named checks per provider and collecting their outcomes for the summary and JUnit XML."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable
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


def _traceback_tail(exc: BaseException) -> str:
    """The exception and where it was raised, short enough for a summary."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = "; ".join(f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" for frame in frames)
    return f"{type(exc).__name__}: {exc} (at {where})"


def run_checks(
    providers: Iterable[Provider],
    checks: Iterable[Check],
    on_start: Callable[[Provider, Check], None] | None = None,
    on_done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    outcomes = []
    check_list = list(checks)
    for provider in providers:
        for check in check_list:
            if on_start is not None:
                on_start(provider, check)
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
            except VoicespecError as exc:
                outcome.cases = max(len(exc.problems), 1)
                outcome.failures = [str(exc)]
            except Exception as exc:  # a bug in one check is that check's failure; the others still run
                outcome.cases = 1
                outcome.failures = [f"{check.name} crashed: {_traceback_tail(exc)}"]
            outcome.seconds = time.perf_counter() - started
            outcomes.append(outcome)
            if on_done is not None:
                on_done(outcome)
    return outcomes
