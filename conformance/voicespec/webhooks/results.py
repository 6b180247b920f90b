"""What a run found: per webhook and check, the cases run and each failure with what to repeat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from voicespec.webhooks.delivery import Answer

CHECKS = (
    "contract",
    "tolerant",
    "verifies-signatures",
    "verifies-envelopes",
    "malformed-bodies",
    "scenarios",
)


@dataclass(frozen=True)
class Failure:
    """One failed case: the event sent, the answer received, why it fails, and how to run it again."""

    webhook: str
    check: str
    case: str
    sent: str
    answer: str
    why: str
    repeat: str

    def __str__(self) -> str:
        return (
            f"FAIL {self.check} {self.case}\n"
            f"  sent:   {self.sent}\n"
            f"  answer: {self.answer}\n"
            f"  why:    {self.why}\n"
            f"  repeat: {self.repeat}"
        )


@dataclass
class Tally:
    webhook: str
    check: str
    cases: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> int:
        return self.cases - len(self.failures)


@dataclass
class Results:
    """Cases and failures by (webhook, check), in the order first seen; `repeat(case)` builds the command."""

    provider: str
    repeat: Callable[[str], str]
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def tally(self, webhook: str, check: str) -> Tally:
        return self.tallies.setdefault((webhook, check), Tally(webhook, check))

    def record(
        self, webhook: str, check: str, case: str, sent: str, answer: Answer, *, reasons: list[str]
    ) -> bool:
        """Count one case; a failure per case (its reasons joined). True when it passed."""
        tally = self.tally(webhook, check)
        tally.cases += 1
        tally.seconds += answer.seconds
        if reasons:
            failure = Failure(
                webhook, check, case, sent, answer.describe(), "; ".join(reasons), self.repeat(case)
            )
            tally.failures.append(failure)
        return not reasons

    @property
    def failures(self) -> list[Failure]:
        return [failure for tally in self.tallies.values() for failure in tally.failures]

    @property
    def cases(self) -> int:
        return sum(tally.cases for tally in self.tallies.values())

    @property
    def ok(self) -> bool:
        return self.cases > 0 and not self.failures
