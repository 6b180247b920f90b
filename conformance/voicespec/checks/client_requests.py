"""The `client-requests` check: every generated operation, called with hypothesis-generated arguments
(path and query values from their schemas, converted to the function's types; bodies from the request
schema, decoded into the models), sends a request that `request_problems` finds nothing wrong with. An
`httpx.MockTransport` captures it and answers with a documented response.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
import uuid
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from voicespec.checks.properties import Counterexample, as_json, max_examples, property_settings, run_property
from voicespec.checks.runner import Check
from voicespec.client.example_calls import BASE_URL, OperationCall, operation_calls
from voicespec.client.factory import build_client
from voicespec.client.model_codec import decode
from voicespec.generation.client_map import client_map
from voicespec.generation.package import import_package
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument, pointer, ref_or_inline
from voicespec.spec.request_validation import FORM_MEDIA_TYPE, operation_parameters, request_problems
from voicespec.spec.strategies import strategy_for, strategy_for_schema

# An empty path parameter is left out: it makes an empty segment, which changes the route.
_UNSENDABLE_SEGMENTS = frozenset({""})


def _body_pointer(doc: SpecDocument, call: OperationCall) -> str | None:
    """The schema of the operation's JSON or form request body, or None when it takes none."""
    raw = call.matched.operation.get("requestBody")
    if raw is None:
        return None
    base = ref_or_inline(raw, call.matched.pointer + "/requestBody")
    for media in doc.deref(raw).get("content") or {}:
        if "json" in media or media == FORM_MEDIA_TYPE:
            return base + pointer("content", media, "schema")
    return None


def _sendable(value: Any) -> bool:
    return str(value) not in _UNSENDABLE_SEGMENTS


def argument_strategy(doc: SpecDocument, call: OperationCall) -> st.SearchStrategy[dict[str, Any]]:
    """JSON-form keyword arguments for the operation's generated function."""
    binding = call.binding
    keywords = {"path": binding.path_params, "query": binding.query_params, "header": binding.header_params}
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for location, parameter in operation_parameters(doc, call.matched):
        keyword = keywords.get(parameter["in"], {}).get(parameter["name"])
        if keyword is None:
            continue
        values = strategy_for_schema(doc, doc.resolve("#" + location + "/schema"))
        if parameter["in"] == "path":
            values = values.filter(_sendable)
        (required if parameter.get("required") else optional)[keyword] = values
    body = _body_pointer(doc, call)
    if body is not None:
        body_required = doc.deref(call.matched.operation["requestBody"]).get("required")
        (required if body_required else optional)["body"] = strategy_for(doc, body)
    return st.fixed_dictionaries(required, optional=optional)


def to_python(hint: Any, value: Any) -> Any:
    """A JSON parameter value as the type hint of the generated function asks for."""
    for candidate in typing.get_args(hint) or (hint,):
        if not isinstance(candidate, type):
            continue
        if issubclass(candidate, enum.Enum):
            return candidate(value)
        if candidate is uuid.UUID and isinstance(value, str):
            return uuid.UUID(value)
        if candidate is dt.datetime and isinstance(value, str):
            return dt.datetime.fromisoformat(value)
    return value


def request_failure(provider: Provider, call: OperationCall, examples: int) -> str | None:
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    function = call.binding.module().sync_detailed
    hints = typing.get_type_hints(function)
    body_pointer = _body_pointer(doc, call)
    answer = next((response for response in call.responses if response.status < 300), None)
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        if answer is None:  # no documented 2xx body: any answer will do, the request is what counts
            return httpx.Response(204)
        return httpx.Response(answer.status, json=answer.body)

    client = build_client(import_package(provider), BASE_URL, httpx.MockTransport(respond))

    @property_settings(examples)
    @given(argument_strategy(doc, call))
    def conforming_request(arguments: dict[str, Any]) -> None:
        sent.clear()
        shown = f"    falsifying arguments: {as_json(arguments)}"
        try:
            kwargs = {
                keyword: decode(doc, cmap, body_pointer, value)
                if keyword == "body" and body_pointer is not None
                else to_python(hints.get(keyword), value)
                for keyword, value in arguments.items()
            }
            function(client=client, **kwargs)
        except Exception as exc:  # any exception from a call with valid arguments is the finding
            raise Counterexample(f"the call raised {type(exc).__name__}: {exc}\n{shown}") from exc
        if len(sent) != 1:
            raise Counterexample(f"the call sent {len(sent)} requests, not 1\n{shown}")
        request = sent[0]
        problems = request_problems(doc, request)
        if problems:
            listed = "\n".join(f"      - {problem}" for problem in problems)
            raise Counterexample(
                f"the request does not conform:\n{listed}\n{shown}\n"
                f"    request: {request.method} {request.url} {request.content.decode('utf-8', 'replace')}"
            )

    with client:
        return run_property(conforming_request)


def client_requests(provider: Provider, examples: int | None = None) -> tuple[int, list[str]]:
    examples = examples or max_examples()
    calls: dict[str, OperationCall] = {}
    failures: list[str] = []
    unbuilt: list[str] = []

    def unbuildable(operation_id: str, error: Exception) -> None:  # that operation fails; the rest run
        unbuilt.append(operation_id)
        failures.append(
            f"{provider.name} {operation_id}: cannot build a call: {type(error).__name__}: {error}"
        )

    for call in operation_calls(provider, unbuildable):
        calls.setdefault(call.operation_id, call)
    for operation_id, call in calls.items():
        failure = request_failure(provider, call, examples)
        if failure is not None:
            where = f"{call.matched.method.upper()} {call.matched.path}"
            failures.append(f"{provider.name} {operation_id} ({where}): {failure}")
    return len(calls) + len(unbuilt), failures


CLIENT_REQUEST_CHECK = Check("client-requests", client_requests, uses_hypothesis=True)
