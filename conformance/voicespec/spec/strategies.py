"""Hypothesis strategies for the values a spec's schemas allow.

`strategy_for(doc, pointer)` is the entry point. The schema is first made self-contained:

- local `$ref`s are inlined. A recursive `$ref` nests once and is then cut to `false` (no value), so a
  recursive schema still yields finite values that are valid against the real one;
- annotations (`description`, `examples`, `discriminator`, `x-*`, ...) are dropped: they constrain nothing.

Objects, arrays and unions are generated here (`build`); scalars by hypothesis-jsonschema's `from_schema`.
Its object generator cannot be used: it calls `many.more()`, a Hypothesis internal the pinned Hypothesis
no longer has. The custom string formats and `uuid`, which hypothesis-jsonschema does not know, get their
strategies from `voicespec.spec.formats`, matching both the format and the pattern each use carries. A
keyword the generator does not handle is an `UnsupportedSchema` error naming it, never a silent skip.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from voicespec.errors import Problem, SpecError
from voicespec.spec.document import SpecDocument
from voicespec.spec.ecma_regex import ECMA_VALIDATOR
from voicespec.spec.formats import GENERATED_FORMATS, format_checker, format_strategy

_ANNOTATIONS = frozenset(
    {"description", "summary", "title", "examples", "example", "discriminator", "deprecated", "default"}
    | {"readOnly", "writeOnly", "externalDocs", "xml", "$comment"}
)
_RECURSION_DEPTH = 1  # a recursive schema nests once: enough to exercise the nested model
_DATA_KEYWORDS = frozenset({"enum", "const", "required"})  # values are instances or names, not schemas
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


def inline_refs(doc: SpecDocument, schema: Any, _stack: tuple[str, ...] = ()) -> Any:
    """`schema` with every local `$ref` replaced by its target and annotations dropped."""
    if isinstance(schema, list):
        return [inline_refs(doc, item, _stack) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if _stack.count(ref) > _RECURSION_DEPTH:
            return False  # a recursive reference: stop here (no value) rather than recurse for ever
        target = inline_refs(doc, doc.resolve(ref), (*_stack, ref))
        rest = inline_refs(doc, {key: value for key, value in schema.items() if key != "$ref"}, _stack)
        return {"allOf": [target, rest]} if rest else target
    inlined: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key in _DATA_KEYWORDS:
            inlined[key] = value
        elif key in _SCHEMA_MAPS:
            inlined[key] = {name: inline_refs(doc, sub, _stack) for name, sub in value.items()}
        else:
            inlined[key] = inline_refs(doc, value, _stack)
    return inlined


def _bind_formats(schema: dict[str, Any]) -> tuple[dict[str, Any], dict[str, st.SearchStrategy[str]]]:
    """A scalar schema whose custom format gets a name of its own (`dtmf ^[0-9#w]+$`), bound to a
    strategy for that format and pattern together."""
    name = schema.get("format")
    if name not in GENERATED_FORMATS:
        return schema, {}
    pattern = schema.get("pattern")
    unique = f"{name} {pattern}" if pattern else name
    return {**schema, "format": unique}, {unique: format_strategy(name, pattern)}


class UnsupportedSchema(SpecError):
    """A schema uses a keyword the strategies cannot generate values for."""


def _unsupported(schema: dict[str, Any], keyword: str) -> UnsupportedSchema:
    return UnsupportedSchema(
        f"cannot generate values for a schema using {keyword!r}", [Problem("", keyword, repr(schema)[:200])]
    )


# Values of unknown extra fields: small JSON documents of every kind.
JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=5,
)
_EXTRA_FIELDS = 2  # at most this many unknown fields per object: enough to exercise additional_properties
_ARRAY_ITEMS = 3  # arrays stay short: length adds nothing to a round-trip but time
# `format` constrains strings only (JSON Schema 2020-12, 7.1): on an object or array it is ignored here too.
_OBJECT_KEYWORDS = frozenset(
    {"type", "properties", "required", "additionalProperties", "minProperties", "maxProperties", "format"}
)
_ARRAY_KEYWORDS = frozenset({"type", "items", "minItems", "maxItems", "uniqueItems", "format"})


def _validator(schema: Any) -> jsonschema.protocols.Validator:
    validator: jsonschema.protocols.Validator = ECMA_VALIDATOR(schema, format_checker=format_checker())
    return validator


def build(schema: Any) -> st.SearchStrategy[Any]:
    """Instances of an inlined schema (see `inline_refs`).

    Objects, arrays and unions are built here; scalars go to hypothesis-jsonschema's `from_schema`. Its
    object generator cannot be used: it calls `many.more()`, a Hypothesis internal the pinned Hypothesis
    no longer has.
    """
    if schema is False:
        return st.nothing()
    if schema is True or schema == {}:
        return JSON_VALUES
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            if set(schema) - {keyword, "type"}:
                raise _unsupported(schema, f"{keyword} beside other keywords")
            # Variants are generated alone; the whole schema decides (a value matching two oneOf
            # variants is not an instance of it).
            variants = st.one_of([build(variant) for variant in schema[keyword]])
            return variants.filter(_validator(schema).is_valid)
    if "allOf" in schema:
        # Parts merged into one schema to generate from; the whole schema still decides.
        return build(_merged_all_of(schema)).filter(_validator(schema).is_valid)
    if "not" in schema:
        raise _unsupported(schema, "not")
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return st.one_of([build({**schema, "type": kind}) for kind in kinds])
    if kinds == "object" or (kinds is None and "properties" in schema):
        return _object(schema)
    if kinds == "array" or (kinds is None and "items" in schema):
        return _array(schema)
    bound, formats = _bind_formats(schema)
    return from_schema(bound, custom_formats=formats)


def _merged_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    """One schema holding every `allOf` part: properties merged (a property in two parts must satisfy
    both), `required` united; any other keyword two parts set differently is unsupported."""
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema["allOf"]:
        if part is True or part == {}:
            continue
        if not isinstance(part, dict):
            raise _unsupported(schema, "allOf with a false part")
        for key, value in (_merged_all_of(part) if "allOf" in part else part).items():
            if key == "properties":
                properties = dict(merged.get("properties") or {})
                for name, sub in value.items():
                    properties[name] = {"allOf": [properties[name], sub]} if name in properties else sub
                merged["properties"] = properties
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            elif key in merged and merged[key] != value:
                raise _unsupported(schema, f"allOf parts with different {key!r}")
            else:
                merged[key] = value
    return merged


def _object(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    for keyword in schema:
        if keyword not in _OBJECT_KEYWORDS:
            raise _unsupported(schema, keyword)
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    for name in required - set(properties):
        properties = {**properties, name: True}
    known = st.fixed_dictionaries(
        {name: build(sub) for name, sub in properties.items() if name in required},
        optional={name: build(sub) for name, sub in properties.items() if name not in required},
    )
    extra_schema = schema.get("additionalProperties", True)
    if extra_schema is False:
        objects = known
    else:
        names = st.text(min_size=1, max_size=12).filter(lambda name: name not in properties)
        extras = st.dictionaries(names, build(extra_schema), max_size=_EXTRA_FIELDS)
        objects = st.builds(lambda fields, more: {**more, **fields}, known, extras)
    low, high = schema.get("minProperties", 0), schema.get("maxProperties")
    if low or high is not None:
        objects = objects.filter(lambda value: low <= len(value) and (high is None or len(value) <= high))
    return objects


def _array(schema: dict[str, Any]) -> st.SearchStrategy[list[Any]]:
    for keyword in schema:
        if keyword not in _ARRAY_KEYWORDS:
            raise _unsupported(schema, keyword)
    low = schema.get("minItems", 0)
    high = min(schema.get("maxItems", low + _ARRAY_ITEMS), low + _ARRAY_ITEMS)
    items = build(schema.get("items", True))
    if schema.get("uniqueItems"):
        return st.lists(items, min_size=low, max_size=high, unique_by=_canonical_json)
    return st.lists(items, min_size=low, max_size=high)


def _canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def strategy_for_schema(doc: SpecDocument, schema: Any) -> st.SearchStrategy[Any]:
    """Instances of an (inline or referenced) schema of `doc`."""
    return build(inline_refs(doc, schema))


def strategy_for(doc: SpecDocument, schema_pointer: str) -> st.SearchStrategy[Any]:
    """Instances of the schema at `schema_pointer` (a JSON pointer into `doc`); built once per document
    and pointer, because canonicalising a large schema takes a moment."""
    key = (id(doc), schema_pointer)
    if key not in _BUILT:
        _BUILT[key] = (doc, strategy_for_schema(doc, doc.resolve("#" + schema_pointer)))
    return _BUILT[key][1]


# Holding the document keeps its id from being reused by another one.
_BUILT: dict[tuple[int, str], tuple[SpecDocument, st.SearchStrategy[Any]]] = {}
