"""The two sides of one schema comparison, handed to each keyword's judge in the `schema_*` modules.

Every judge needs the same six things (both schemas, where each sits, which way values travel, where to
record a change); one value carries them so that each judge states only what it decides.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from voicespec.diff.model import Severity
from voicespec.diff.recorder import Direction, Recorder

# Compares two (possibly `$ref`) schemas found at two locations: judges recurse into nested schemas with it.
Compare = Callable[[Any, str, Any, str, Direction], None]

# Keywords that cannot change what is valid.
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "summary",
        "example",
        "examples",
        "externalDocs",
        "$comment",
        "readOnly",
        "writeOnly",
        "xml",
        "contentMediaType",
        "contentEncoding",
    }
)


def as_text(value: Any) -> str:
    """A canonical text of a JSON value, for comparing values whose key order may differ."""
    return json.dumps(value, sort_keys=True)


@dataclass(frozen=True)
class Sides:
    """One schema in the old and the new document (`$ref`s already followed) and where each sits."""

    old: dict[str, Any]
    old_at: str
    new: dict[str, Any]
    new_at: str
    d: Direction
    out: Recorder
    compare: Compare

    def add(
        self,
        severity: Severity,
        kind: str,
        message: str,
        *,
        old_at: str | None = None,
        new_at: str | None = None,
    ) -> None:
        """Record a change at these sides' locations, or at the more precise ones given."""
        self.out.add(severity, kind, old_at or self.old_at, new_at or self.new_at, message)
