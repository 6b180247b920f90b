"""Object schemas: properties added, removed or made (not) required, and `additionalProperties`.

A property is a generated attribute, so removing one breaks code on either side; a new one breaks only a
sender that must now set it (a parser generated from the old spec keeps it in `additional_properties`).
"""

from __future__ import annotations

from voicespec.diff.recorder import by_direction
from voicespec.diff.schema_sides import Sides
from voicespec.spec.document import pointer


def properties(s: Sides) -> None:
    before, after = s.old.get("properties") or {}, s.new.get("properties") or {}
    for name in before:
        if name not in after:
            why = "callers setting it must stop" if s.d == "send" else "code that reads it breaks"
            message = f"property {name!r} removed: the generated attribute is gone; {why}"
            s.add("breaking", "property-removed", message, old_at=s.old_at + pointer("properties", name))
    for name in after:
        where = s.new_at + pointer("properties", name)
        if name in before:
            _property(s, name, s.old_at + pointer("properties", name), where)
        elif s.d == "parse":
            message = (
                f"new property {name!r}: clients generated from the old spec keep it in additional_properties"
            )
            s.add("compatible", "property-added", message, new_at=where)
        elif name in set(s.new.get("required") or []):
            message = f"new required property {name!r}: requests without it are rejected"
            s.add("breaking", "required-property-added", message, new_at=where)
        else:
            s.add("compatible", "property-added", f"new optional property {name!r}", new_at=where)


def _property(s: Sides, name: str, old_where: str, where: str) -> None:
    """A property on both sides: whether it is required, then its own schema."""
    was_required = name in set(s.old.get("required") or [])
    is_required = name in set(s.new.get("required") or [])
    if is_required != was_required:
        if is_required:
            why = "requests without it are rejected" if s.d == "send" else "it now always arrives"
        elif s.d == "send":
            why = "it may be left out"
        else:
            why = "it may be missing: the generated attribute becomes Unset-able"
        became = "required" if is_required else "optional"
        message = f"property {name!r} became {became}: {why}"
        severity = by_direction(s.d, narrowed=is_required)
        s.add(severity, f"property-became-{became}", message, old_at=old_where, new_at=where)
    s.compare(s.old["properties"][name], old_where, s.new["properties"][name], where, s.d)


def additional_properties(s: Sides) -> None:
    before, after = s.old.get("additionalProperties", True), s.new.get("additionalProperties", True)
    if before is not False and after is False:
        severity = by_direction(s.d, narrowed=True)  # the server rejects more
        message = "additionalProperties: false added: fields the schema does not list are now rejected"
        s.add(severity, "additional-properties-closed", message)
    elif before is False and after is not False:
        message = (
            "additionalProperties: false removed: unlisted fields are allowed (the generated models "
            "keep them)"
        )
        s.add("compatible", "additional-properties-opened", message)
    elif isinstance(before, dict) and isinstance(after, dict):
        where = "/additionalProperties"
        s.compare(before, s.old_at + where, after, s.new_at + where, s.d)
