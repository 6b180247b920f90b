"""Calling every generated operation the way a user would, with arguments taken from the spec's examples.

`operation_calls()` lists, per operation, the keyword arguments for each request example and the
responses the spec documents; `call()` runs one through the generated client over any httpx transport.
The client-request tests and `voicespec check` both use it.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from voicespec.client.factory import build_client
from voicespec.client.model_codec import DecodeError, decode
from voicespec.errors import VoicespecError
from voicespec.generation.client_map import ClientMap, OperationBinding, client_map
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument, pointer, ref_or_inline
from voicespec.spec.examples import ExampleSite, iter_examples, iter_operations
from voicespec.spec.request_validation import MatchedOperation, find_operation, operation_parameters
from voicespec.spec.responses import SpecResponse, documented_responses
from voicespec.spec.synthesise import SYNTHESISED, synthesised_value

BASE_URL = "http://voicespec.test"


@dataclass
class OperationCall:
    """One way to call one operation: the generated binding, its keyword arguments, and what may come back."""

    operation_id: str
    binding: OperationBinding
    matched: MatchedOperation
    kwargs: dict[str, Any]
    label: str
    responses: list[SpecResponse] = field(default_factory=list)  # those with a body to answer with
    synthesised: tuple[str, ...] = ()  # what the spec gave no example for: made from its schema


def _parameter_value(doc: SpecDocument, parameter: dict[str, Any], location: str) -> tuple[Any, bool]:
    """(value, synthesised): the parameter's first example, else one made from its schema when it is
    required (None for an optional one without example)."""
    value = _first_example(doc, parameter, location)
    if value is None and parameter.get("required") and "schema" in parameter:
        return synthesised_value(doc, location + "/schema"), True
    return value, False


def _first_example(doc: SpecDocument, parameter: dict[str, Any], location: str) -> Any:
    if "example" in parameter:
        return parameter["example"]
    for example in (parameter.get("examples") or {}).values():
        return doc.deref(example)["value"]
    schema = doc.resolve("#" + location + "/schema") if "schema" in parameter else {}
    schema = doc.deref(schema)
    for key in ("examples", "enum"):
        if schema.get(key):
            return schema[key][0]
    if "default" in schema:
        return schema["default"]
    return None


def _convert_enum(function: Any, keyword: str, value: Any) -> Any:
    """Turn a plain example value into the enum type the generated function's signature asks for."""
    hint = typing.get_type_hints(function).get(keyword)
    for candidate in typing.get_args(hint) or (hint,):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate(value)
    return value


def _parameter_kwargs(
    doc: SpecDocument, binding: OperationBinding, matched: MatchedOperation
) -> tuple[dict[str, Any], list[str]]:
    """The keyword arguments for the operation's parameters, and the parameters synthesised for them."""
    function = binding.module().sync_detailed
    kwargs: dict[str, Any] = {}
    synthesised = []
    names = {"path": binding.path_params, "query": binding.query_params, "header": binding.header_params}
    for location, parameter in operation_parameters(doc, matched):
        keyword = names.get(parameter["in"], {}).get(parameter["name"])
        if keyword is None:
            continue
        value, made = _parameter_value(doc, parameter, location)
        if value is None:
            continue
        if made:
            synthesised.append(f"{parameter['in']} parameter {parameter['name']}")
        kwargs[keyword] = _convert_enum(function, keyword, value)
    return kwargs, synthesised


def _request_examples(doc: SpecDocument, op_pointer: str) -> list[ExampleSite]:
    prefix = op_pointer + "/requestBody/content/"
    return [
        site
        for site in iter_examples(doc)
        if site.example_pointer.startswith(prefix)
        and site.schema_pointer.endswith("/schema")
        and site.example_pointer.split("/")[-2] == "examples"
    ]


# What building one operation's calls may raise: a path no example fits, a schema no value can be made
# for, a value the generated models refuse.
CallError = (LookupError, VoicespecError, DecodeError)


def operation_calls(
    provider: Provider, on_error: Callable[[str, Exception], None] | None = None
) -> Iterator[OperationCall]:
    """Every (operation, request example) pair of the provider's spec, ready to call. An operation whose
    calls cannot be built raises, or, with `on_error`, is reported there (operationId, error) and the
    other operations still come."""
    doc = SpecDocument.load(provider.spec_path)
    cmap: ClientMap = client_map(provider)
    for section, path, method, operation in iter_operations(doc.data):
        if section != "paths":
            continue
        try:
            calls = _operation_calls(doc, cmap, path, method, operation)
        except CallError as exc:
            if on_error is None:
                raise
            on_error(str(operation.get("operationId", f"{method.upper()} {path}")), exc)
            continue
        yield from calls


def _operation_calls(
    doc: SpecDocument, cmap: ClientMap, path: str, method: str, operation: dict[str, Any]
) -> list[OperationCall]:
    binding = cmap.binding(method, path)
    matched = find_operation(doc, method, _example_path(doc, path, method))
    if matched is None or matched.path != path:
        raise LookupError(f"{method.upper()} {path}: cannot build a matching example path")
    op_pointer = pointer("paths", path, method)
    kwargs, synthesised = _parameter_kwargs(doc, binding, matched)
    responses = [entry for entry in documented_responses(doc, matched) if entry.schema_pointer]
    bodies = _request_examples(doc, op_pointer) if binding.has_body else []
    if binding.has_body and not bodies:
        bodies = [_synthesised_body(doc, matched)]
    calls = []
    sites: list[ExampleSite | None] = list(bodies) or [None]
    for site in sites:
        call_kwargs = dict(kwargs)
        label = operation["operationId"]
        made = list(synthesised)
        if site is not None:
            call_kwargs["body"] = decode(doc, cmap, site.schema_pointer, site.value)
            label += " " + site.example_pointer.rsplit("/", 1)[1]
            made += ["request body"] if site.example_pointer.endswith("/" + SYNTHESISED) else []
        calls.append(
            OperationCall(
                operation["operationId"], binding, matched, call_kwargs, label, responses, tuple(made)
            )
        )
    return calls


def _synthesised_body(doc: SpecDocument, matched: MatchedOperation) -> ExampleSite:
    """A request body made from the schema of the operation's first media type; its pointer ends in
    `/synthesised` where an example's would end in its name."""
    raw = matched.operation["requestBody"]
    base = ref_or_inline(raw, matched.pointer + "/requestBody")
    media = next(iter(doc.deref(raw).get("content") or {}), None)
    if media is None:
        raise LookupError(f"{base}: request body has no content")
    media_pointer = base + pointer("content", media)
    schema_pointer = media_pointer + "/schema"
    return ExampleSite(
        f"{media_pointer}/{SYNTHESISED}", schema_pointer, synthesised_value(doc, schema_pointer)
    )


def _example_path(doc: SpecDocument, template: str, method: str) -> str:
    """The template with each path parameter replaced by its example value."""
    probe = MatchedOperation(
        template, method, doc.data["paths"][template][method], pointer("paths", template, method), {}
    )
    path = template
    for location, parameter in operation_parameters(doc, probe):
        if parameter["in"] == "path":
            value, _ = _parameter_value(doc, parameter, location)
            path = path.replace("{" + parameter["name"] + "}", str(value))
    return path


def call(client_module: Any, call: OperationCall, transport: httpx.BaseTransport) -> Any:
    """Run `call` through the generated sync function with a client on `transport`; returns the Response."""
    client = build_client(client_module, BASE_URL, transport)
    with client:
        return call.binding.module().sync_detailed(client=client, **call.kwargs)
