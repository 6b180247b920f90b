"""Reading an OpenAPI 3.0.x document as 3.1, so everything downstream knows one dialect.

3.1 schemas are JSON Schema 2020-12; 3.0 schemas are an older, extended subset. The differences that
change what a value may be are rewritten here, in place, on load:

- `nullable: true` becomes `null` in `type` (and in `enum`, when there is one);
- boolean `exclusiveMinimum` / `exclusiveMaximum` become the numeric bound, `minimum` / `maximum` dropped;
- a schema's `example` becomes `examples: [value]`;
- `openapi` becomes `3.1.0`.

Lint and the generator read the file as written (both know 3.0); only voicespec's own reading changes.
"""

from __future__ import annotations

from typing import Any

_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_SINGLE = ("items", "additionalProperties", "not", "if", "then", "else", "contains")


def is_openapi_30(data: dict[str, Any]) -> bool:
    return str(data.get("openapi", "")).startswith("3.0")


def upgrade_to_31(data: dict[str, Any]) -> dict[str, Any]:
    """`data` (a 3.0.x document) rewritten as 3.1; a 3.1 document is returned unchanged."""
    if not is_openapi_30(data):
        return data
    _walk(data)
    data["openapi"] = "3.1.0"
    return data


def _walk(node: Any) -> None:
    """Find every schema in the document: under `schema` keys and `components/schemas`."""
    if isinstance(node, list):
        for item in node:
            _walk(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "schema" and isinstance(value, dict):
            _schema(value)
        elif key == "schemas" and isinstance(value, dict):
            for schema in value.values():
                _schema(schema)
        else:
            _walk(value)


def _schema(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    _nullable(schema)
    for bound in ("Minimum", "Maximum"):
        exclusive, inclusive = f"exclusive{bound}", bound.lower()
        # `exclusiveMinimum: false` is dropped; `true` moves the bound itself into the keyword.
        if isinstance(schema.get(exclusive), bool) and schema.pop(exclusive) and inclusive in schema:
            schema[exclusive] = schema.pop(inclusive)
    if "example" in schema and "$ref" not in schema:
        schema["examples"] = [schema.pop("example")]
    for key in _SCHEMA_LISTS:
        for sub in schema.get(key) or []:
            _schema(sub)
    for key in _SCHEMA_MAPS:
        for sub in (schema.get(key) or {}).values():
            _schema(sub)
    for key in _SCHEMA_SINGLE:
        _schema(schema.get(key))


def _nullable(schema: dict[str, Any]) -> None:
    if not schema.pop("nullable", False):
        return
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif kind is None and "$ref" not in schema:
        for key in ("oneOf", "anyOf"):
            if key in schema:
                schema[key] = [*schema[key], {"type": "null"}]
                break
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
