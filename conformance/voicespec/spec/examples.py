"""Every example a spec holds, paired with the schema it must satisfy.

Examples live in four places in OpenAPI 3.1: media types (`example`/`examples`), parameters (same),
schemas (`examples`, a list), and `components/examples` (reached through `$ref` from the first two).
Walking them here, once, serves the example-validity check and the model round-trip tests alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from voicespec.errors import Problem
from voicespec.spec.document import SpecDocument, all_errors, describe_error, pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMA_SINGLE = ("items", "additionalProperties", "not", "if", "then", "else", "contains")


@dataclass(frozen=True)
class ExampleSite:
    """One example: where it is written, the schema it is checked against, and its value."""

    example_pointer: str
    schema_pointer: str
    value: Any
    via_ref: str | None = None  # the components/examples entry, when reached through $ref


def iter_operations(data: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(section, path or webhook name, method, operation) for paths and webhooks alike."""
    for section in ("paths", "webhooks"):
        for name, item in (data.get(section) or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item, dict) and method in item:
                    yield section, name, method, item[method]


def _media_sites(doc: SpecDocument, media_ptr: str, media: dict[str, Any]) -> Iterator[ExampleSite]:
    if "schema" not in media:
        return
    schema_ptr = media_ptr + "/schema"
    if "example" in media:
        yield ExampleSite(media_ptr + "/example", schema_ptr, media["example"])
    for name, example in (media.get("examples") or {}).items():
        ref = example.get("$ref") if isinstance(example, dict) else None
        resolved = doc.deref(example)
        if isinstance(resolved, dict) and "value" in resolved:
            yield ExampleSite(pointer_join(media_ptr, "examples", name), schema_ptr, resolved["value"], ref)


def pointer_join(base: str, *tokens: str | int) -> str:
    return base + pointer(*tokens)


def _schema_sites(schema_ptr: str, schema: Any) -> Iterator[ExampleSite]:
    if not isinstance(schema, dict):
        return
    for index, value in enumerate(schema.get("examples") or []):
        yield ExampleSite(pointer_join(schema_ptr, "examples", index), schema_ptr, value)
    for key in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from _schema_sites(pointer_join(schema_ptr, key, index), sub)
    for key in _SUBSCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _schema_sites(pointer_join(schema_ptr, key, name), sub)
    for key in _SUBSCHEMA_SINGLE:
        if key in schema:
            yield from _schema_sites(pointer_join(schema_ptr, key), schema[key])


def _content_sites(doc: SpecDocument, owner_ptr: str, owner: dict[str, Any]) -> Iterator[ExampleSite]:
    for media_type, media in (owner.get("content") or {}).items():
        media_ptr = pointer_join(owner_ptr, "content", media_type)
        yield from _media_sites(doc, media_ptr, media)
        yield from _schema_sites(media_ptr + "/schema", media.get("schema"))


def _operation_sites(doc: SpecDocument, op_ptr: str, operation: dict[str, Any]) -> Iterator[ExampleSite]:
    for index, parameter in enumerate(operation.get("parameters") or []):
        if "$ref" in parameter:
            continue  # checked once, under components/parameters
        yield from _media_sites(doc, pointer_join(op_ptr, "parameters", index), parameter)
    body = operation.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        yield from _content_sites(doc, op_ptr + "/requestBody", body)
    for status, response in (operation.get("responses") or {}).items():
        if isinstance(response, dict) and "$ref" not in response:
            yield from _content_sites(doc, pointer_join(op_ptr, "responses", status), response)


def iter_examples(doc: SpecDocument) -> Iterator[ExampleSite]:
    """Every example in the document with the pointer of its schema."""
    data = doc.data
    for section, name, method, operation in iter_operations(data):
        yield from _operation_sites(doc, pointer_join("", section, name, method), operation)
    for section, name, parameters in _path_item_parameters(data):
        for index, parameter in enumerate(parameters):
            if "$ref" not in parameter:
                ptr = pointer_join("", section, name, "parameters", index)
                yield from _media_sites(doc, ptr, parameter)
    components = data.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_sites(pointer_join("", "components", "schemas", name), schema)
    for name, parameter in (components.get("parameters") or {}).items():
        yield from _media_sites(doc, pointer_join("", "components", "parameters", name), parameter)
    for kind in ("requestBodies", "responses"):
        for name, owner in (components.get(kind) or {}).items():
            yield from _content_sites(doc, pointer_join("", "components", kind, name), owner)


def _path_item_parameters(data: dict[str, Any]) -> Iterator[tuple[str, str, list[Any]]]:
    for section in ("paths", "webhooks"):
        for name, item in (data.get(section) or {}).items():
            if isinstance(item, dict) and item.get("parameters"):
                yield section, name, item["parameters"]


def example_problems(doc: SpecDocument) -> list[Problem]:
    """Every example that its schema rejects, plus `components/examples` entries nothing refers to
    (an unreferenced example is checked against nothing, so it may say anything)."""
    problems: list[Problem] = []
    used_refs: set[str] = set()
    for site in iter_examples(doc):
        if site.via_ref:
            used_refs.add(site.via_ref)
        via = f" (value from {site.via_ref})" if site.via_ref else ""
        for error in all_errors(doc.validator(site.schema_pointer), site.value):
            problems.append(
                Problem(
                    str(doc.path),
                    site.example_pointer,
                    f"example does not match schema {site.schema_pointer}{via}: {describe_error(error)}",
                )
            )
    for name in (doc.data.get("components") or {}).get("examples") or {}:
        ref = "#" + pointer_join("", "components", "examples", name)
        if ref not in used_refs:
            problems.append(Problem(str(doc.path), ref[1:], "example is not referenced by any media type"))
    return problems
