"""Which values a schema allows and the Python type they get: `type` (and null), `enum`, `const`, `format`.

These keywords change the generated types, so, unlike the limits in `schema_limits`, a value that moves out
of them fails to parse as well as to send.
"""

from __future__ import annotations

from typing import Any

from voicespec.diff.recorder import by_direction
from voicespec.diff.schema_sides import Sides, as_text

# Formats that change the generated Python type, so a value in the wrong form fails to parse (the pinned
# openapi-python-client 0.29.1 maps exactly these in parser/properties/__init__.py); the others are only
# documentation to the generated client.
TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})


def _type_set(schema: dict[str, Any]) -> set[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    found = set(declared) if isinstance(declared, list) else {declared}
    if "number" in found:
        found.add("integer")  # every integer is a number: number -> integer narrows, not changes
    return found


def types(s: Sides) -> None:
    before, after = _type_set(s.old), _type_set(s.new)
    if before == after:
        return
    what = f"type {s.old.get('type', 'any')!r} became {s.new.get('type', 'any')!r}"
    if before is not None and after is not None and before - {"null"} == after - {"null"}:
        if "null" in after:
            why = "the generated attribute can now be None" if s.d == "parse" else "null is now accepted"
            s.add(by_direction(s.d, narrowed=False), "nullable-added", f"{what}: {why}")
        else:
            why = "sending null is now rejected" if s.d == "send" else "null no longer arrives"
            s.add(by_direction(s.d, narrowed=True), "nullable-removed", f"{what}: {why}")
        return
    if after is None or (before is not None and before < after):
        s.add(by_direction(s.d, narrowed=False), "type-widened", what)
    elif before is None or after < before:
        s.add(by_direction(s.d, narrowed=True), "type-narrowed", what)
    else:
        s.add("breaking", "type-changed", f"{what}: values of the old type fail")


def enum(s: Sides) -> None:
    if "enum" in s.old and "enum" in s.new:
        _enum_values(s, s.old["enum"], s.new["enum"])
        return
    if "enum" not in s.old and "enum" not in s.new:
        return
    added = "enum" in s.new
    kind = "enum-added" if added else "enum-removed"
    if s.d == "send":
        message = "values are now limited to an enum" if added else "any value is now accepted"
        s.add(by_direction(s.d, narrowed=added), kind, message)
        return
    # Parsing succeeds either way (the generated enums are tolerant); the Python type changes.
    message = (
        "values are now an enum: parsing still succeeds (the generated enums are tolerant), but "
        "the attribute's type changes from a plain value to an enum member"
        if added
        else "the enum became a plain value: parsing succeeds, but code using its enum members must change"
    )
    s.add("unknown", kind, message)


def _enum_values(s: Sides, old: list[Any], new: list[Any]) -> None:
    before = {as_text(value): value for value in old}
    after = {as_text(value): value for value in new}
    for value in [after[key] for key in after if key not in before]:
        if s.d == "send":
            message = f"new enum value {value!r}: the server accepts more"
        else:
            message = (
                f"new enum value {value!r}: compatible only because the generated enums are tolerant "
                "(it parses as a member with is_known == False); code that handles every member "
                "should expect it"
            )
        s.add("compatible", "enum-value-added", message)
    for value in [before[key] for key in before if key not in after]:
        if s.d == "send":
            message = f"enum value {value!r} removed: requests that send it are now rejected"
            s.add("breaking", "enum-value-removed", message)
        else:
            message = (
                f"enum value {value!r} removed: it no longer arrives; the generated member is gone, "
                "so code naming it must change (see the API changes)"
            )
            s.add("compatible", "enum-value-removed", message)


def const(s: Sides) -> None:
    if "const" not in s.old and "const" not in s.new:
        return
    if "const" in s.old and "const" in s.new:
        if s.old["const"] != s.new["const"]:
            message = f"constant {s.old['const']!r} became {s.new['const']!r}: the old value fails"
            s.add("breaking", "const-changed", message)
        return
    narrowed = "const" in s.new
    message = f"now always {s.new['const']!r}" if narrowed else f"no longer always {s.old['const']!r}"
    s.add(by_direction(s.d, narrowed), "const-added" if narrowed else "const-removed", message)


def format_(s: Sides) -> None:
    before, after = s.old.get("format"), s.new.get("format")
    if before == after:
        return
    what = f"format {before!r} became {after!r}"
    if after is None:
        if s.d == "parse" and before in TYPED_FORMATS:
            reason = f"{what}: the value still parses, but the generated type is no longer a {before}"
            s.add("unknown", "format-removed", reason)
        else:
            s.add("compatible", "format-removed", what)
        return
    kind = "format-added" if before is None else "format-changed"
    if s.d == "send":
        s.add("breaking", kind, f"{what}: values in the old form are rejected")
    elif after in TYPED_FORMATS:
        s.add("breaking", kind, f"{what}: the client now parses it as a {after}")
    else:
        s.add("compatible", kind, f"{what}: the generated client does not check it")
