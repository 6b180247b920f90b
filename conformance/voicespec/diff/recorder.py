"""Collecting changes while two documents are walked side by side."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from voicespec.diff.model import Change, Severity

# Which way a value travels, seen from the caller's code: `send` values the caller builds (request
# parameters and bodies, a webhook handler's reply), `parse` values the caller's code must read (responses,
# webhook payloads). Narrowing what may be sent breaks callers; widening what may arrive breaks parsers.
Direction = Literal["send", "parse"]


def by_direction(direction: Direction, narrowed: bool) -> Severity:
    if direction == "send":
        return "breaking" if narrowed else "compatible"
    return "compatible" if narrowed else "breaking"


@dataclass
class Recorder:
    """The changes found so far; `operation` names where the walk currently is."""

    changes: list[Change] = field(default_factory=list)
    operation: str | None = None

    def add(self, severity: Severity, kind: str, old: str | None, new: str | None, message: str) -> None:
        self.changes.append(Change(severity, kind, self.operation, old, new, message))


def merged(changes: list[Change]) -> list[Change]:
    """One entry per distinct change: a shared component changed once is reached from every operation
    that uses it, so the operations are joined rather than the change repeated."""
    grouped: dict[tuple[object, ...], list[Change]] = {}
    for change in changes:
        key = (change.severity, change.kind, change.old_pointer, change.new_pointer, change.message)
        grouped.setdefault(key, []).append(change)
    result = []
    for group in grouped.values():
        names = list(dict.fromkeys(change.operation for change in group if change.operation))
        first = group[0]
        operation = ", ".join(names) if names else None
        result.append(
            Change(first.severity, first.kind, operation, first.old_pointer, first.new_pointer, first.message)
        )
    return result
