"""Limits on a value that the generated client does not enforce: `pattern`, lengths, ranges, counts.

The server enforces them on what is sent, so narrowing one breaks callers; a response that moves outside
one still parses, so on the parsing side they are compatible whichever way they move.
"""

from __future__ import annotations

from voicespec.diff.recorder import by_direction
from voicespec.diff.schema_sides import Sides

# Lower bounds narrow when they grow; upper bounds narrow when they shrink.
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_UNCHECKED = "the generated client does not check"
_PATTERNS_UNCHECKED = f"{_UNCHECKED} patterns"


def pattern(s: Sides) -> None:
    before, after = s.old.get("pattern"), s.new.get("pattern")
    if before == after:
        return
    if after is None:
        s.add("compatible", "pattern-removed", f"pattern {before!r} removed")
    elif before is None:
        severity = by_direction(s.d, narrowed=True)  # the server rejects more
        detail = "values it rejects fail" if s.d == "send" else _PATTERNS_UNCHECKED
        s.add(severity, "pattern-added", f"pattern {after!r} added: {detail}")
    elif s.d == "send":
        message = (
            f"pattern {before!r} became {after!r}: whether every value the old one accepted still "
            "matches cannot be decided here; check the values you send"
        )
        s.add("unknown", "pattern-changed", message)
    else:
        s.add("compatible", "pattern-changed", f"pattern {before!r} became {after!r}: {_PATTERNS_UNCHECKED}")


def bounds(s: Sides) -> None:
    for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS):
        before, after = s.old.get(keyword), s.new.get(keyword)
        if before == after or isinstance(before, bool) or isinstance(after, bool):
            continue
        lower = keyword in LOWER_BOUNDS
        if before is None or after is None:
            narrowed = before is None
        else:
            narrowed = after > before if lower else after < before
        what = f"{keyword} {before!r} became {after!r}"
        if s.d == "parse":
            kind = "limit-narrowed" if narrowed else "limit-widened"
            s.add("compatible", kind, f"{what}: {_UNCHECKED} it")
        elif narrowed:
            s.add("breaking", "limit-narrowed", f"{what}: values outside it are rejected")
        else:
            s.add("compatible", "limit-widened", f"{what}: more values are accepted")
