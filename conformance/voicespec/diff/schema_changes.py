"""Comparing two JSON Schemas (OpenAPI 3.1) with their `$ref`s followed, judged by the way values travel.

Each keyword is judged as narrowing or widening what is allowed; `recorder.by_direction` turns that into a
severity. Where the generated client does not enforce a keyword (patterns, lengths, ranges), a response
that changes it cannot fail to parse, so those are compatible whichever way they move.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from voicespec.diff.recorder import Direction, Recorder, by_direction
from voicespec.spec.document import SpecDocument, pointer

# Formats that change the generated Python type, so a value in the wrong form fails to parse (the pinned
# openapi-python-client 0.29.1 maps exactly these in parser/properties/__init__.py); the others are only
# documentation to the generated client.
TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})
# Lower bounds narrow when they grow; upper bounds narrow when they shrink.
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
# Keywords compared on their own below, or that cannot change what is valid.
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
        *LOWER_BOUNDS,
        *UPPER_BOUNDS,
    }
)
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


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _types(schema: dict[str, Any]) -> set[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    found = set(declared) if isinstance(declared, list) else {declared}
    if "number" in found:
        found.add("integer")  # every integer is a number: number -> integer narrows, not changes
    return found


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
        if self._rewrapped(old, old_at, new, new_at, direction):
            return
        self._types(old, old_at, new, new_at, direction)
        self._enum(old, old_at, new, new_at, direction)
        self._const(old, old_at, new, new_at, direction)
        self._format(old, old_at, new, new_at, direction)
        self._pattern(old, old_at, new, new_at, direction)
        self._bounds(old, old_at, new, new_at, direction)
        self._default(old, old_at, new, new_at)
        self._properties(old, old_at, new, new_at, direction)
        self._additional(old, old_at, new, new_at, direction)
        self._variants(old, old_at, new, new_at, direction)
        self._others(old, old_at, new, new_at)
        if "items" in old and "items" in new:
            self.compare(old["items"], old_at + "/items", new["items"], new_at + "/items", direction)

    def _rewrapped(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> bool:
        """A component that became one variant of a pure oneOf/anyOf (or the other way round) is compared
        with that variant, and the rest are variants added (removed), not its properties removed."""
        for keyword in ("oneOf", "anyOf"):
            for union, single_at in ((new, old_at), (old, new_at)):
                other = old if union is new else new
                if not _pure_union(union, keyword) or "oneOf" in other or "anyOf" in other:
                    continue
                if _component(single_at) not in _variants(union[keyword]):
                    continue
                alone = {keyword: [{"$ref": "#" + single_at}]}
                if union is new:
                    self._variants(alone, old_at, new, new_at, d)
                else:
                    self._variants(old, old_at, alone, new_at, d)
                return True
        return False

    def _add(self, severity: Any, kind: str, old_at: str, new_at: str, message: str) -> None:
        self.out.add(severity, kind, old_at, new_at, message)

    def _types(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        before, after = _types(old), _types(new)
        if before == after:
            return
        what = f"type {old.get('type', 'any')!r} became {new.get('type', 'any')!r}"
        if before is not None and after is not None and before - {"null"} == after - {"null"}:
            if "null" in after:
                severity = by_direction(d, narrowed=False)
                why = "the generated attribute can now be None" if d == "parse" else "null is now accepted"
                self._add(severity, "nullable-added", old_at, new_at, f"{what}: {why}")
            else:
                severity = by_direction(d, narrowed=True)
                why = "sending null is now rejected" if d == "send" else "null no longer arrives"
                self._add(severity, "nullable-removed", old_at, new_at, f"{what}: {why}")
            return
        if after is None or (before is not None and before < after):
            self._add(by_direction(d, narrowed=False), "type-widened", old_at, new_at, what)
        elif before is None or after < before:
            self._add(by_direction(d, narrowed=True), "type-narrowed", old_at, new_at, what)
        else:
            self._add("breaking", "type-changed", old_at, new_at, f"{what}: values of the old type fail")

    def _enum(self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction) -> None:
        if "enum" in old and "enum" in new:
            self._enum_values(old["enum"], new["enum"], old_at, new_at, d)
            return
        if "enum" not in old and "enum" not in new:
            return
        added = "enum" in new
        kind = "enum-added" if added else "enum-removed"
        if d == "send":
            severity = by_direction(d, narrowed=added)
            message = "values are now limited to an enum" if added else "any value is now accepted"
        else:
            # Parsing succeeds either way (the generated enums are tolerant); the Python type changes.
            severity = "unknown"
            message = (
                "values are now an enum: parsing still succeeds (the generated enums are tolerant), but "
                "the attribute's type changes from a plain value to an enum member"
                if added
                else "the enum became a plain value: parsing succeeds, but code using its enum members "
                "must change"
            )
        self._add(severity, kind, old_at, new_at, message)

    def _enum_values(self, old: list[Any], new: list[Any], old_at: str, new_at: str, d: Direction) -> None:
        before = {_text(value): value for value in old}
        after = {_text(value): value for value in new}
        for value in [after[key] for key in after if key not in before]:
            if d == "send":
                message = f"new enum value {value!r}: the server accepts more"
            else:
                message = (
                    f"new enum value {value!r}: compatible only because the generated enums are tolerant "
                    "(it parses as a member with is_known == False); code that handles every member "
                    "should expect it"
                )
            self._add("compatible", "enum-value-added", old_at, new_at, message)
        for value in [before[key] for key in before if key not in after]:
            if d == "send":
                message = f"enum value {value!r} removed: requests that send it are now rejected"
                self._add("breaking", "enum-value-removed", old_at, new_at, message)
            else:
                message = (
                    f"enum value {value!r} removed: it no longer arrives; the generated member is gone, "
                    "so code naming it must change (see the API changes)"
                )
                self._add("compatible", "enum-value-removed", old_at, new_at, message)

    def _const(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        if "const" not in old and "const" not in new:
            return
        if "const" in old and "const" in new:
            if old["const"] != new["const"]:
                message = f"constant {old['const']!r} became {new['const']!r}: the old value fails"
                self._add("breaking", "const-changed", old_at, new_at, message)
            return
        narrowed = "const" in new
        message = f"now always {new['const']!r}" if narrowed else f"no longer always {old['const']!r}"
        self._add(
            by_direction(d, narrowed), "const-added" if narrowed else "const-removed", old_at, new_at, message
        )

    def _format(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        before, after = old.get("format"), new.get("format")
        if before == after:
            return
        what = f"format {before!r} became {after!r}"
        if after is None:
            if d == "parse" and before in TYPED_FORMATS:
                reason = f"{what}: the value still parses, but the generated type is no longer a {before}"
                self._add("unknown", "format-removed", old_at, new_at, reason)
            else:
                self._add("compatible", "format-removed", old_at, new_at, what)
            return
        kind = "format-added" if before is None else "format-changed"
        if d == "send":
            self._add("breaking", kind, old_at, new_at, f"{what}: values in the old form are rejected")
        elif after in TYPED_FORMATS:
            self._add("breaking", kind, old_at, new_at, f"{what}: the client now parses it as a {after}")
        else:
            self._add("compatible", kind, old_at, new_at, f"{what}: the generated client does not check it")

    def _pattern(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        before, after = old.get("pattern"), new.get("pattern")
        if before == after:
            return
        unchecked = "the generated client does not check patterns"
        if after is None:
            self._add("compatible", "pattern-removed", old_at, new_at, f"pattern {before!r} removed")
        elif before is None:
            severity = "breaking" if d == "send" else "compatible"
            detail = "values it rejects fail" if d == "send" else unchecked
            self._add(severity, "pattern-added", old_at, new_at, f"pattern {after!r} added: {detail}")
        elif d == "send":
            message = (
                f"pattern {before!r} became {after!r}: whether every value the old one accepted still "
                "matches cannot be decided here; check the values you send"
            )
            self._add("unknown", "pattern-changed", old_at, new_at, message)
        else:
            self._add(
                "compatible",
                "pattern-changed",
                old_at,
                new_at,
                f"pattern {before!r} became {after!r}: {unchecked}",
            )

    def _bounds(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            lower = keyword in LOWER_BOUNDS
            if before is None or after is None:
                narrowed = before is None
            else:
                narrowed = after > before if lower else after < before
            what = f"{keyword} {before!r} became {after!r}"
            if d == "parse":
                kind = "limit-narrowed" if narrowed else "limit-widened"
                self._add(
                    "compatible", kind, old_at, new_at, f"{what}: the generated client does not check it"
                )
            elif narrowed:
                self._add(
                    "breaking", "limit-narrowed", old_at, new_at, f"{what}: values outside it are rejected"
                )
            else:
                self._add("compatible", "limit-widened", old_at, new_at, f"{what}: more values are accepted")

    def _default(self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str) -> None:
        if _text(old.get("default")) == _text(new.get("default")):
            return
        message = (
            f"default {old.get('default')!r} became {new.get('default')!r}: callers who leave it out now "
            "get different behaviour; whether that matters depends on the caller"
        )
        self._add("unknown", "default-changed", old_at, new_at, message)

    def _properties(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in before:
            if name not in after:
                where = old_at + pointer("properties", name)
                why = "callers setting it must stop" if d == "send" else "code that reads it breaks"
                message = f"property {name!r} removed: the generated attribute is gone; {why}"
                self._add("breaking", "property-removed", where, new_at, message)
        for name in after:
            where = new_at + pointer("properties", name)
            if name not in before:
                if d == "parse":
                    message = (
                        f"new property {name!r}: clients generated from the old spec keep it in "
                        "additional_properties"
                    )
                    self._add("compatible", "property-added", old_at, where, message)
                elif name in new_required:
                    message = f"new required property {name!r}: requests without it are rejected"
                    self._add("breaking", "required-property-added", old_at, where, message)
                else:
                    self._add(
                        "compatible", "property-added", old_at, where, f"new optional property {name!r}"
                    )
                continue
            old_where = old_at + pointer("properties", name)
            if name in new_required and name not in old_required:
                why = "requests without it are rejected" if d == "send" else "it now always arrives"
                self._add(
                    by_direction(d, narrowed=True),
                    "property-became-required",
                    old_where,
                    where,
                    f"property {name!r} became required: {why}",
                )
            elif name in old_required and name not in new_required:
                why = (
                    "it may be left out"
                    if d == "send"
                    else "it may be missing: the generated attribute becomes Unset-able"
                )
                self._add(
                    by_direction(d, narrowed=False),
                    "property-became-optional",
                    old_where,
                    where,
                    f"property {name!r} became optional: {why}",
                )
            self.compare(before[name], old_where, after[name], where, d)

    def _additional(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if before is not False and after is False:
            severity = "breaking" if d == "send" else "compatible"
            message = "additionalProperties: false added: fields the schema does not list are now rejected"
            self._add(severity, "additional-properties-closed", old_at, new_at, message)
        elif before is False and after is not False:
            message = (
                "additionalProperties: false removed: unlisted fields are allowed (the generated models "
                "keep them)"
            )
            self._add("compatible", "additional-properties-opened", old_at, new_at, message)
        elif isinstance(before, dict) and isinstance(after, dict):
            self.compare(before, old_at + "/additionalProperties", after, new_at + "/additionalProperties", d)

    def _variants(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, d: Direction
    ) -> None:
        for keyword in ("oneOf", "anyOf"):
            before, after = _variants(old.get(keyword)), _variants(new.get(keyword))
            for name, index in before.items():
                if name not in after:
                    where = f"{old_at}/{keyword}/{index}"
                    why = "requests in that shape are rejected" if d == "send" else "it no longer arrives"
                    self._add(
                        by_direction(d, narrowed=True),
                        "variant-removed",
                        where,
                        new_at,
                        f"{keyword} variant {name} removed: {why}",
                    )
            for name, index in after.items():
                where = f"{new_at}/{keyword}/{index}"
                if name not in before:
                    why = (
                        "the server accepts another shape"
                        if d == "send"
                        else "a client generated from the old spec cannot parse it; handlers must expect it"
                    )
                    self._add(
                        by_direction(d, narrowed=False),
                        "variant-added",
                        old_at,
                        where,
                        f"new {keyword} variant {name}: {why}",
                    )
                else:
                    old_where = f"{old_at}/{keyword}/{before[name]}"
                    self.compare(old[keyword][before[name]], old_where, new[keyword][index], where, d)
        old_property = (old.get("discriminator") or {}).get("propertyName")
        new_property = (new.get("discriminator") or {}).get("propertyName")
        if old_property != new_property and old_property and new_property:
            message = (
                f"discriminator {old_property!r} became {new_property!r}: variants are told apart differently"
            )
            self._add(
                "breaking",
                "discriminator-changed",
                old_at + "/discriminator",
                new_at + "/discriminator",
                message,
            )

    def _others(self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str) -> None:
        if old.get("deprecated") != new.get("deprecated") and new.get("deprecated"):
            self._add("compatible", "schema-deprecated", old_at, new_at, "deprecated: plan to stop using it")
        for keyword in sorted(set(old) | set(new)):
            if keyword in HANDLED or keyword in ANNOTATIONS or keyword.startswith("x-"):
                continue
            if _text(old.get(keyword)) != _text(new.get(keyword)):
                message = (
                    f"{keyword!r} changed: voicespec diff does not judge this keyword; review it by hand"
                )
                self._add("unknown", "keyword-changed", old_at, new_at, message)


def _component(at: str) -> str | None:
    """The schema component a resolved location is (`/components/schemas/NAME`), else None."""
    prefix = "/components/schemas/"
    name = at[len(prefix) :] if at.startswith(prefix) else ""
    return name if name and "/" not in name else None


def _pure_union(schema: dict[str, Any], keyword: str) -> bool:
    """Only a list of variants (and annotations): no type or properties of its own to compare."""
    own = set(schema) - ANNOTATIONS - {keyword, "discriminator"}
    return isinstance(schema.get(keyword), list) and not own


def _variants(listed: Any) -> dict[str, int]:
    """Variants by the component they refer to (an inline variant by its position)."""
    if not isinstance(listed, list):
        return {}
    return {
        (item["$ref"].rsplit("/", 1)[-1] if isinstance(item, dict) and "$ref" in item else f"#{index}"): index
        for index, item in enumerate(listed)
    }
