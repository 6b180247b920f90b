"""Union schemas: `oneOf`/`anyOf` variants matched by the component they refer to, and the discriminator.

A variant that appears on both sides is compared as a schema of its own; one added or removed is judged as
a shape the server accepts or the client must parse. A component that became one variant of a new union
(or the other way round) is compared with that variant, not reported as every property removed.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from voicespec.diff.recorder import by_direction
from voicespec.diff.schema_sides import ANNOTATIONS, Sides

UNIONS = ("oneOf", "anyOf")


def rewrapped(s: Sides) -> bool:
    """A component that became one variant of a pure oneOf/anyOf (or the other way round) is compared
    with that variant, and the rest are variants added (removed), not its properties removed."""
    for keyword in UNIONS:
        for union, single_at in ((s.new, s.old_at), (s.old, s.new_at)):
            other = s.old if union is s.new else s.new
            if not _pure_union(union, keyword) or "oneOf" in other or "anyOf" in other:
                continue
            if _component(single_at) not in _by_component(union[keyword]):
                continue
            alone = {keyword: [{"$ref": "#" + single_at}]}
            variants(
                dataclasses.replace(s, old=alone) if union is s.new else dataclasses.replace(s, new=alone)
            )
            return True
    return False


def variants(s: Sides) -> None:
    for keyword in UNIONS:
        before, after = _by_component(s.old.get(keyword)), _by_component(s.new.get(keyword))
        for name, index in before.items():
            if name not in after:
                why = "requests in that shape are rejected" if s.d == "send" else "it no longer arrives"
                message = f"{keyword} variant {name} removed: {why}"
                where = f"{s.old_at}/{keyword}/{index}"
                s.add(by_direction(s.d, narrowed=True), "variant-removed", message, old_at=where)
        for name, index in after.items():
            where = f"{s.new_at}/{keyword}/{index}"
            if name in before:
                old_where = f"{s.old_at}/{keyword}/{before[name]}"
                s.compare(s.old[keyword][before[name]], old_where, s.new[keyword][index], where, s.d)
                continue
            why = (
                "the server accepts another shape"
                if s.d == "send"
                else "a client generated from the old spec cannot parse it; handlers must expect it"
            )
            message = f"new {keyword} variant {name}: {why}"
            s.add(by_direction(s.d, narrowed=False), "variant-added", message, new_at=where)
    _discriminator(s)


def _discriminator(s: Sides) -> None:
    old_property = (s.old.get("discriminator") or {}).get("propertyName")
    new_property = (s.new.get("discriminator") or {}).get("propertyName")
    if old_property != new_property and old_property and new_property:
        message = (
            f"discriminator {old_property!r} became {new_property!r}: variants are told apart differently"
        )
        where = "/discriminator"
        s.add("breaking", "discriminator-changed", message, old_at=s.old_at + where, new_at=s.new_at + where)


def _component(at: str) -> str | None:
    """The schema component a resolved location is (`/components/schemas/NAME`), else None."""
    prefix = "/components/schemas/"
    name = at[len(prefix) :] if at.startswith(prefix) else ""
    return name if name and "/" not in name else None


def _pure_union(schema: dict[str, Any], keyword: str) -> bool:
    """Only a list of variants (and annotations): no type or properties of its own to compare."""
    own = set(schema) - ANNOTATIONS - {keyword, "discriminator"}
    return isinstance(schema.get(keyword), list) and not own


def _by_component(listed: Any) -> dict[str, int]:
    """Variants by the component they refer to (an inline variant by its position)."""
    if not isinstance(listed, list):
        return {}
    return {
        (item["$ref"].rsplit("/", 1)[-1] if isinstance(item, dict) and "$ref" in item else f"#{index}"): index
        for index, item in enumerate(listed)
    }
