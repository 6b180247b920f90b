"""What a run found: per webhook and check, the cases run and each failure with what to repeat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from voicespec.checks.runner import Outcome
from voicespec.webhooks.delivery import Answer


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
class Results:
    """Cases and failures by (webhook, check), in the order first seen; `repeat(case)` builds the command.

    Each (webhook, check) is an `Outcome` as `voicespec check` reports them, its `provider` the webhook.
    """

    provider: str
    repeat: Callable[[str], str]
    outcomes: dict[tuple[str, str], Outcome] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def outcome(self, webhook: str, check: str) -> Outcome:
        return self.outcomes.setdefault((webhook, check), Outcome(webhook, check))

    def record(
        self, webhook: str, check: str, case: str, sent: str, answer: Answer, *, reasons: list[str]
    ) -> bool:
        """Count one case; a failure per case (its reasons joined). True when it passed."""
        outcome = self.outcome(webhook, check)
        outcome.cases += 1
        outcome.seconds += answer.seconds
        if reasons:
            failure = Failure(
                webhook, check, case, sent, answer.describe(), "; ".join(reasons), self.repeat(case)
            )
            outcome.failures.append(str(failure))
            self.failures.append(failure)
        return not reasons

    @property
    def cases(self) -> int:
        return sum(outcome.cases for outcome in self.outcomes.values())

    @property
    def ok(self) -> bool:
        return self.cases > 0 and not self.failures
