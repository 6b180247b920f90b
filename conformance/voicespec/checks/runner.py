"""Running named checks per provider and collecting their outcomes for the summary and JUnit XML."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

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

    @property
    def passed(self) -> int:
        return self.cases - len(self.failures)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True)
class Check:
    """A named check. `run` returns how many cases it ran and raises `VoicespecError` on failure, or
    returns (cases, failures) when it can keep going past a failing case."""

    name: str
    run: Callable[[Provider], tuple[int, list[str]]]


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
                outcome.cases, outcome.failures = check.run(provider)
            except VoicespecError as exc:
                outcome.cases = max(outcome.cases, len(exc.problems), 1)
                outcome.failures = [str(exc)]
            outcome.seconds = time.perf_counter() - started
            outcomes.append(outcome)
            if on_done is not None:
                on_done(outcome)
    return outcomes
