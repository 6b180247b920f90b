"""Decoding JSON values into the generated models by the schema they belong to, and back.

A `oneOf` has no model of its own in the generated code (it becomes a `A | B` type), so decoding one here
tries *every* variant and insists that exactly one accepts the value: stricter than the generated parser,
which stops at the first variant that does not raise, and the proof that variant order cannot matter.
"""

from __future__ import annotations

from typing import Any

from voicespec.generation.client_map import ClientMap
from voicespec.spec.document import SpecDocument

_PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)


class DecodeError(Exception):
    """The value does not decode to exactly one model for the schema."""


def component_pointer(doc: SpecDocument, schema_pointer: str) -> str:
    """Follow `$ref`s from `schema_pointer` to the schema that actually holds the definition."""
    schema = doc.resolve("#" + schema_pointer)
    while isinstance(schema, dict) and set(schema) - {"description", "summary"} == {"$ref"}:
        schema_pointer = schema["$ref"][1:]
        schema = doc.resolve(schema["$ref"])
    return schema_pointer


def decode(doc: SpecDocument, cmap: ClientMap, schema_pointer: str, value: Any) -> Any:
    """The generated-model form of `value` (a model, a list of them, or the plain value)."""
    pointer = component_pointer(doc, schema_pointer)
    model = cmap.model_class(pointer)
    if model is not None:
        try:
            return model.from_dict(value)
        except _PARSE_ERRORS as exc:
            raise DecodeError(f"{model.__name__}.from_dict rejected the value: {exc!r}") from exc
    schema = doc.resolve("#" + pointer)
    if isinstance(schema, dict) and "oneOf" in schema:
        return _decode_one_of(doc, cmap, pointer, schema, value)
    if isinstance(schema, dict) and "items" in schema and isinstance(value, list):
        return [decode(doc, cmap, pointer + "/items", item) for item in value]
    return value


def _decode_one_of(
    doc: SpecDocument, cmap: ClientMap, pointer: str, schema: dict[str, Any], value: Any
) -> Any:
    accepted: list[tuple[str, Any]] = []
    for index in range(len(schema["oneOf"])):
        variant = f"{pointer}/oneOf/{index}"
        try:
            accepted.append((component_pointer(doc, variant), decode(doc, cmap, variant, value)))
        except DecodeError:
            continue
    if len(accepted) > 1:
        # Tolerant models accept a value of a sibling variant (an unknown enum value, extra fields kept);
        # the variant whose schema the value satisfies is the one it is.
        accepted = [(name, model) for name, model in accepted if doc.validator(name).is_valid(value)]
    if len(accepted) != 1:
        names = [name for name, _ in accepted] or ["none"]
        raise DecodeError(f"{pointer}: value decodes to {len(accepted)} variants ({', '.join(names)}), not 1")
    return accepted[0][1]


def encode(value: Any) -> Any:
    """The JSON form of a decoded value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [encode(item) for item in value]
    return value
