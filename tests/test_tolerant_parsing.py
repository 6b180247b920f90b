"""Tolerant parsing: providers add enum values and fields without notice, and the clients must keep up.

Every recorded cassette response and every callback/webhook example in the specs is mutated by
hypothesis: enum values replaced by values the spec does not list, unknown fields added at any object
level. Each mutant must still parse through the generated client (responses: the operation's own
`sync_detailed` over an `httpx.MockTransport`; callbacks: the generated models), with the unknown values
visible: an enum member with `is_known is False` and the new `.value`, the new field in the
`additional_properties` of the model it was added to, and `to_dict()` giving the mutant back.
"""

from __future__ import annotations

import copy
import enum
import importlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

import attrs
import httpx
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PROVIDERS
from voicespec.cassettes.model import Cassette, cassette_files
from voicespec.checks.properties import property_settings
from voicespec.client.example_calls import BASE_URL, OperationCall, operation_calls
from voicespec.client.model_codec import decode, encode
from voicespec.client.normalise import normalised
from voicespec.generation.client_map import client_map
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument, pointer
from voicespec.spec.examples import iter_examples
from voicespec.spec.formats import format_checker
from voicespec.spec.request_validation import find_operation
from voicespec.spec.responses import response_entry
from voicespec.spec.strategies import JSON_VALUES, inline_refs

EXAMPLES = 3  # mutants per document; each changes every site, so a few cover them all

JsonPath = tuple[str | int, ...]  # keys and indexes from the document root


@dataclass(frozen=True)
class Document:
    """A JSON document the client parses, with the schema it was written against."""

    provider: Provider
    schema_pointer: str
    value: Any
    status: int | None = None  # a response's status; None for a callback body
    method: str = ""
    path: str = ""


def _response_documents(provider: Provider, doc: SpecDocument) -> list[Any]:
    params = []
    for file in cassette_files(provider.cassettes_dir):
        for index, interaction in enumerate(Cassette.load(file).interactions):
            response, request = interaction.response, interaction.request
            media = (response.header("content-type") or "").split(";")[0].strip()
            matched = find_operation(doc, request.method, request.path)
            if "json" not in media or not response.content or matched is None:
                continue
            entry = response_entry(doc, matched.operation, matched.pointer, response.status)
            assert entry is not None, f"{file}#{index}: status {response.status} not documented"
            schema_pointer = entry[1] + pointer("content", media, "schema")
            document = Document(
                provider,
                schema_pointer,
                json.loads(response.content),
                response.status,
                matched.method,
                matched.path,
            )
            params.append(pytest.param(document, id=f"{provider.name}-{file.stem}-{index}"))
    return params


def _documents() -> list[Any]:
    params = []
    for provider in PROVIDERS:
        doc = SpecDocument.load(provider.spec_path)
        params += _response_documents(provider, doc)
        for site in iter_examples(doc):
            if site.example_pointer.startswith("/webhooks/") and "/requestBody/" in site.example_pointer:
                name = site.example_pointer.split("/")[2] + "-" + site.example_pointer.rsplit("/", 1)[1]
                document = Document(provider, site.schema_pointer, site.value)
                params.append(pytest.param(document, id=f"{provider.name}-webhook-{name}"))
    return params


# --- where a document can change: its enum values and its modelled objects -----------------------


@dataclass(frozen=True)
class Site:
    path: JsonPath
    enum: tuple[Any, ...] = ()  # the listed values, for an enum site
    known: frozenset[str] = frozenset()  # property names, for an object site


def _sites(schema: Any, value: Any, path: JsonPath = ()) -> list[Site]:
    if not isinstance(schema, dict):
        return []
    if "oneOf" in schema:
        matching = [
            variant
            for variant in schema["oneOf"]
            if jsonschema.Draft202012Validator(variant, format_checker=format_checker()).is_valid(value)
        ]
        return _sites(matching[0], value, path) if len(matching) == 1 else []
    found = []
    if "enum" in schema and isinstance(value, str | int) and not isinstance(value, bool):
        found.append(Site(path, enum=tuple(schema["enum"])))
    if isinstance(value, dict) and "properties" in schema and schema.get("additionalProperties") is not False:
        properties = schema["properties"]
        found.append(Site(path, known=frozenset(properties) | frozenset(value)))
        for key, item in value.items():
            found += _sites(properties.get(key, schema.get("additionalProperties")), item, (*path, key))
    if isinstance(value, list):
        for index, item in enumerate(value):
            found += _sites(schema.get("items"), item, (*path, index))
    return found


@dataclass
class Mutant:
    value: Any
    new_enum_values: list[Any]
    new_fields: list[tuple[str, Any]]


def _new_enum_value(listed: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    if all(isinstance(item, int) for item in listed if item is not None):
        return st.integers().filter(lambda value: value not in listed)
    words = st.from_regex(r"[a-zA-Z][a-zA-Z_-]{0,15}", fullmatch=True)  # what providers actually add
    return st.one_of(words, st.text(min_size=1)).filter(lambda value: value not in listed)


def _new_field_name(taken: frozenset[str]) -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=12).filter(lambda name: name not in taken)


@st.composite
def mutants(draw: st.DrawFn, value: Any, sites: list[Site]) -> Mutant:
    """Every site changes in every mutant (a subset could leave one enum untried for a whole run);
    hypothesis chooses the new values and field names."""
    mutant = Mutant(copy.deepcopy(value), [], [])
    for site in sorted(sites, key=lambda s: bool(s.enum)):  # fields first: an enum's path stays valid
        if site.enum:
            new = draw(_new_enum_value(site.enum))
            *parents, last = site.path
            _at(mutant.value, tuple(parents))[last] = new
            mutant.new_enum_values.append(new)
        else:
            target = _at(mutant.value, site.path)
            name = draw(_new_field_name(site.known | frozenset(target)))
            target[name] = draw(JSON_VALUES)
            mutant.new_fields.append((name, target[name]))
    return mutant


def _at(value: Any, path: JsonPath) -> Any:
    for step in path:
        value = value[step]
    return value


# --- what the parsed models show -------------------------------------------------------------------


def _walk(parsed: Any) -> tuple[list[enum.Enum], list[dict[str, Any]]]:
    """Every enum member and every `additional_properties` dict in a parsed model tree."""
    members: list[enum.Enum] = []
    extras: list[dict[str, Any]] = []
    stack = [parsed]
    while stack:
        item = stack.pop()
        if isinstance(item, enum.Enum):
            members.append(item)
        elif isinstance(item, list):
            stack += item
        elif attrs.has(type(item)):
            for field in attrs.fields(type(item)):
                stack.append(getattr(item, field.name))
            if hasattr(item, "additional_properties"):
                extras.append(item.additional_properties)
    return members, extras


def _parse(document: Document, mutant: Any, call: OperationCall | None) -> Any:
    doc = SpecDocument.load(document.provider.spec_path)
    if call is None:
        return decode(doc, client_map(document.provider), document.schema_pointer, mutant)
    assert document.status is not None
    answer = httpx.Response(document.status, json=mutant)
    package = importlib.import_module(document.provider.package)
    transport = httpx.MockTransport(lambda request: answer)
    with package.Client(base_url=BASE_URL, httpx_args={"transport": transport}) as client:
        result = call.binding.module().sync_detailed(client=client, **call.kwargs)
    assert result.status_code == document.status
    return result.parsed


@cache
def _calls(provider: Provider) -> tuple[OperationCall, ...]:
    return tuple(operation_calls(provider))


def _call_for(document: Document) -> OperationCall | None:
    if document.status is None:
        return None
    for call in _calls(document.provider):
        if call.matched.method == document.method and call.matched.path == document.path:
            return call
    raise LookupError(f"no generated call for {document.method} {document.path}")


@pytest.mark.parametrize("document", _documents())
def test_mutated_document_still_parses_and_keeps_the_unknowns(document: Document) -> None:
    doc = SpecDocument.load(document.provider.spec_path)
    sites = _sites(inline_refs(doc, doc.resolve("#" + document.schema_pointer)), document.value)
    assert sites, "nothing to mutate: the document has no enum value and no modelled object"
    call = _call_for(document)

    @property_settings(EXAMPLES)
    @given(mutants(document.value, sites))
    def tolerant(mutant: Mutant) -> None:
        parsed = _parse(document, mutant.value, call)
        assert hasattr(parsed, "to_dict"), f"parsed into {parsed!r}"
        assert normalised(encode(parsed)) == normalised(mutant.value)
        members, extras = _walk(parsed)
        unknown = [member for member in members if not getattr(member, "is_known", True)]
        assert Counter(member.value for member in unknown) == Counter(mutant.new_enum_values)
        for name, value in mutant.new_fields:
            assert any(name in fields and fields[name] == value for fields in extras), name

    tolerant()


def test_an_unknown_enum_value_is_a_visible_member() -> None:
    """The property above, spelled out once on a real response: a new Sinch call status."""
    from sinch_voice.models import CallResult, GetCallResultResponse, GetCallResultResponseStatus  # noqa: PLC0415

    body = {"callId": "abc", "status": "TRANSFERRED", "result": "ANSWERED", "newField": {"nested": 1}}
    parsed = GetCallResultResponse.from_dict(body)
    assert isinstance(parsed.status, GetCallResultResponseStatus)
    assert isinstance(parsed.result, CallResult)
    assert parsed.status.is_known is False
    assert parsed.status.value == "TRANSFERRED"
    assert parsed.result.is_known is True
    assert parsed.additional_properties == {"newField": {"nested": 1}}
    assert parsed.to_dict() == body
