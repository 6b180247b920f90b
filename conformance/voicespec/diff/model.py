"""What `voicespec diff` finds: changes, their severity, and the report that holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["breaking", "unknown", "compatible"]
# Most severe first: the order reports group by.
SEVERITIES: tuple[Severity, ...] = ("breaking", "unknown", "compatible")


@dataclass(frozen=True)
class Change:
    """One spec change judged from the caller's side; a pointer is None on the side it does not exist."""

    severity: Severity
    kind: str
    operation: str | None
    old_pointer: str | None
    new_pointer: str | None
    message: str


@dataclass(frozen=True)
class ApiChange:
    """One change of the generated package's public Python API (griffe's breaking-change check)."""

    severity: Severity
    kind: str
    object: str
    location: str  # file:line in the regenerated package
    message: str


@dataclass(frozen=True)
class TrafficFinding:
    """One recorded interaction that the NEW spec or the NEW client no longer accepts."""

    severity: Severity
    kind: str  # request-invalid, response-invalid, response-unparsed, operation-gone
    cassette: str
    interaction: int
    operation: str | None
    message: str


@dataclass
class DiffReport:
    provider: str
    old: str
    new: str
    changes: list[Change] = field(default_factory=list)
    api: list[ApiChange] = field(default_factory=list)
    cassettes: list[TrafficFinding] = field(default_factory=list)
    # What was compared beyond the spec, and what was not and why (`--no-api`, no cassettes...): a report
    # with nothing in it must show it looked.
    compared: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> dict[Severity, int]:
        counts: dict[Severity, int] = dict.fromkeys(SEVERITIES, 0)
        entries: list[Change | ApiChange | TrafficFinding] = [*self.changes, *self.api, *self.cassettes]
        for entry in entries:
            counts[entry.severity] += 1
        return counts

    @property
    def breaking(self) -> bool:
        return self.summary()["breaking"] > 0

    @property
    def empty(self) -> bool:
        return not (self.changes or self.api or self.cassettes)
