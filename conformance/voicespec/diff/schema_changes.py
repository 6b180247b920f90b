"""Comparing two JSON Schemas (OpenAPI 3.1) with their `$ref`s followed, judged by the way values travel.

Each keyword is judged as narrowing or widening what is allowed; `recorder.by_direction` turns that into a
severity. The judges live by subject: `schema_values` (type, enum, const, format), `schema_limits` (what
the generated client does not enforce), `schema_objects` (properties), `schema_unions` (variants); this
module walks the two schemas in step and judges what is left: defaults and keywords nobody judges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from voicespec.diff import schema_limits, schema_objects, schema_unions, schema_values
from voicespec.diff.recorder import Direction, Recorder
from voicespec.diff.schema_sides import ANNOTATIONS, Sides, as_text
from voicespec.spec.document import SpecDocument

# Keywords compared by a judge, or that cannot change what is valid.
HANDLED = frozenset(
    {
        "type",
        "enum",
        "const",
        "format",
        "pattern",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "oneOf",
        "anyOf",
        "discriminator",
        "default",
        "deprecated",
        "$ref",
        *schema_limits.LOWER_BOUNDS,
        *schema_limits.UPPER_BOUNDS,
    }
)


@dataclass
class SchemaWalk:
    """Walks two schemas in step; `seen` stops recursive schemas (a tree of SVAML instructions)."""

    old: SpecDocument
    new: SpecDocument
    out: Recorder
    seen: set[tuple[str, str, str]] = field(default_factory=set)

    def resolve(self, doc: SpecDocument, node: Any, where: str) -> tuple[Any, str]:
        hops = 0
        while isinstance(node, dict) and "$ref" in node and hops < 50:
            where = node["$ref"][1:]
            node = doc.resolve(node["$ref"])
            hops += 1
        return node, where

    def compare(self, old: Any, old_at: str, new: Any, new_at: str, direction: Direction) -> None:
        old, old_at = self.resolve(self.old, old, old_at)
        new, new_at = self.resolve(self.new, new, new_at)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        key = (old_at, new_at, direction)
        if key in self.seen:
            return
        self.seen.add(key)
        sides = Sides(old, old_at, new, new_at, direction, self.out, self.compare)
        if schema_unions.rewrapped(sides):
            return
        schema_values.types(sides)
        schema_values.enum(sides)
        schema_values.const(sides)
        schema_values.format_(sides)
        schema_limits.pattern(sides)
        schema_limits.bounds(sides)
        _default(sides)
        schema_objects.properties(sides)
        schema_objects.additional_properties(sides)
        schema_unions.variants(sides)
        _unjudged(sides)
        if "items" in old and "items" in new:
            self.compare(old["items"], old_at + "/items", new["items"], new_at + "/items", direction)


def _default(s: Sides) -> None:
    if as_text(s.old.get("default")) == as_text(s.new.get("default")):
        return
    message = (
        f"default {s.old.get('default')!r} became {s.new.get('default')!r}: callers who leave it out now "
        "get different behaviour; whether that matters depends on the caller"
    )
    s.add("unknown", "default-changed", message)


def _unjudged(s: Sides) -> None:
    """`deprecated`, and any keyword no judge knows: reported for review rather than passed over."""
    if s.old.get("deprecated") != s.new.get("deprecated") and s.new.get("deprecated"):
        s.add("compatible", "schema-deprecated", "deprecated: plan to stop using it")
    for keyword in sorted(set(s.old) | set(s.new)):
        if keyword in HANDLED or keyword in ANNOTATIONS or keyword.startswith("x-"):
            continue
        if as_text(s.old.get(keyword)) != as_text(s.new.get(keyword)):
            message = f"{keyword!r} changed: voicespec diff does not judge this keyword; review it by hand"
            s.add("unknown", "keyword-changed", message)
