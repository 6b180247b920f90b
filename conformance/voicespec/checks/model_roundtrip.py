"""Checks 5 and 6, property-based: hypothesis-generated instances of the spec's schemas.

- **model-roundtrip**: for every component schema with a generated model, and every union (decoded with
  `decode`, which insists on exactly one variant), a valid instance `x` satisfies
  `Model.from_dict(x).to_dict() == x` modulo the documented normalisation (`normalise.py`).
- **client-requests**: every generated operation, called with generated arguments (path and query values
  from their schemas, converted to the function's types; bodies from the request schema, decoded into the
  models), sends a request that `request_problems` finds nothing wrong with. An `httpx.MockTransport`
  captures it and answers with a documented response.

Runs are reproducible: a fixed seed (`derandomize`), no example database. `VOICESPEC_MAX_EXAMPLES` sets
the examples per schema or operation (default `DEFAULT_MAX_EXAMPLES`). A failure names the provider, the
schema or operation and the shrunk falsifying JSON.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import os
import typing
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from hypothesis import HealthCheck, Phase, Verbosity, given, settings
from hypothesis import strategies as st

from voicespec.clientmap import ClientMap, client_map
from voicespec.decode import DecodeError, decode, encode
from voicespec.errors import VoicespecError
from voicespec.exercise import BASE_URL, OperationCall, operation_calls
from voicespec.normalise import normalised
from voicespec.providers import Provider
from voicespec.requestcheck import operation_parameters, request_problems
from voicespec.runner import Check
from voicespec.specdoc import SpecDocument, pointer
from voicespec.strategies import strategy_for, strategy_for_schema

DEFAULT_MAX_EXAMPLES = 40  # about 25 s for checks 5 and 6 over the three providers
MAX_EXAMPLES_ENV = "VOICESPEC_MAX_EXAMPLES"
# An empty path parameter is left out of check 6: it makes an empty segment, which changes the route.
_UNSENDABLE_SEGMENTS = frozenset({""})


class Counterexample(AssertionError):
    """Raised inside a property; hypothesis shrinks the input and re-raises it for the minimal one."""


def max_examples() -> int:
    raw = os.environ.get(MAX_EXAMPLES_ENV, str(DEFAULT_MAX_EXAMPLES))
    if not raw.isdigit() or int(raw) < 1:
        raise VoicespecError(f"{MAX_EXAMPLES_ENV} must be a positive integer, got {raw!r}")
    return int(raw)


def property_settings(examples: int) -> settings:
    """Reproducible and quiet: the failure message carries the falsifying example."""
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        verbosity=Verbosity.quiet,
        report_multiple_bugs=False,
        # Hypothesis' "explain" phase reruns a failure to annotate it; the message already names the
        # shrunk example, and the reruns cost more than the shrinking.
        phases=[phase for phase in Phase if phase is not Phase.explain],
        suppress_health_check=[HealthCheck.too_slow],
    )


def run_property(test: Callable[[], None]) -> str | None:
    """Run a `@given` test; the failure message, or None when it held."""
    try:
        test()
    except Counterexample as exc:
        return str(exc)
    except Exception as exc:  # a strategy that cannot generate, a failed health check: still a finding
        return f"{type(exc).__name__}: {exc}"
    return None


def as_json(value: Any) -> str:
    return json.dumps(value, default=str)


# --- check 5: model round-trip -------------------------------------------------------------------


def roundtrip_targets(doc: SpecDocument, cmap: ClientMap) -> list[str]:
    """Pointers of the component schemas that have a generated model or are unions of models."""
    targets = []
    for name, schema in (doc.data.get("components") or {}).get("schemas", {}).items():
        target = f"/components/schemas/{name}"
        if cmap.model_class(target) is not None or "oneOf" in schema:
            targets.append(target)
    return targets


def roundtrip_failure(doc: SpecDocument, cmap: ClientMap, schema_pointer: str, examples: int) -> str | None:
    @property_settings(examples)
    @given(strategy_for(doc, schema_pointer))
    def round_trip(value: Any) -> None:
        try:
            back = encode(decode(doc, cmap, schema_pointer, value))
        except DecodeError as exc:
            raise Counterexample(f"{exc}\n    falsifying JSON: {as_json(value)}") from exc
        if normalised(back) != normalised(value):
            raise Counterexample(
                f"from_dict(x).to_dict() != x\n    falsifying JSON: {as_json(value)}\n"
                f"    came back as:    {as_json(back)}"
            )

    return run_property(round_trip)


def model_roundtrip(provider: Provider, examples: int | None = None) -> tuple[int, list[str]]:
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    examples = examples or max_examples()
    targets = roundtrip_targets(doc, cmap)
    failures = []
    for target in targets:
        failure = roundtrip_failure(doc, cmap, target, examples)
        if failure is not None:
            name = target.rsplit("/", 1)[1]
            failures.append(f"{provider.name} {name} ({target}): {failure}")
    return len(targets), failures


# --- check 6: client requests --------------------------------------------------------------------


def _body_pointer(doc: SpecDocument, call: OperationCall) -> str | None:
    """The schema of the operation's JSON request body, or None when it takes none."""
    raw = call.matched.operation.get("requestBody")
    if raw is None:
        return None
    base = raw["$ref"][1:] if "$ref" in raw else call.matched.pointer + "/requestBody"
    for media in doc.deref(raw).get("content") or {}:
        if "json" in media:
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
        return httpx.Response(answer.status, json=answer.value)

    package = importlib.import_module(provider.package)
    client = package.Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(respond)})

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
    for call in operation_calls(provider):
        calls.setdefault(call.operation_id, call)
    failures = []
    for operation_id, call in calls.items():
        failure = request_failure(provider, call, examples)
        if failure is not None:
            where = f"{call.matched.method.upper()} {call.matched.path}"
            failures.append(f"{provider.name} {operation_id} ({where}): {failure}")
    return len(calls), failures


MODEL_ROUNDTRIP_CHECK = Check("model-roundtrip", model_roundtrip)
CLIENT_REQUEST_CHECK = Check("client-requests", client_requests)
