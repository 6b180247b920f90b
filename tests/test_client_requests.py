"""Every generated operation, called as a user would with the spec's examples, sends a request the spec
allows and parses every documented response example into the declared type (sync and async)."""

from __future__ import annotations

import asyncio
import importlib
import inspect
from typing import Any

import httpx
import pytest

from tests.conftest import PROVIDERS
from voicespec.client.example_calls import BASE_URL, OperationCall, call, operation_calls
from voicespec.client.model_codec import encode
from voicespec.client.normalise import normalised
from voicespec.generation.client_map import client_map
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.examples import iter_operations
from voicespec.spec.request_validation import request_problems
from voicespec.spec.responses import SpecResponse


def _cases() -> list[Any]:
    cases = []
    for provider in PROVIDERS:
        for operation_call in operation_calls(provider):
            for response in operation_call.responses:
                example = (response.example_pointer or "synthesised").rsplit("/", 1)[1]
                label = f"{provider.name}-{operation_call.label}-{response.status}-{example}"
                cases.append(pytest.param(provider, operation_call, response, id=label))
    return cases


class Recorder:
    """A MockTransport handler that answers with one response example and keeps the requests it saw."""

    def __init__(self, response: SpecResponse) -> None:
        self.response = response
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self.response.status, json=self.response.body)


@pytest.mark.parametrize(("provider", "operation_call", "response"), _cases())
def test_generated_request_conforms_and_response_parses(
    provider: Provider, operation_call: OperationCall, response: SpecResponse
) -> None:
    doc = SpecDocument.load(provider.spec_path)
    recorder = Recorder(response)
    result = call(importlib.import_module(provider.package), operation_call, httpx.MockTransport(recorder))
    (request,) = recorder.requests
    assert request_problems(doc, request) == []
    assert request.method.lower() == operation_call.matched.method
    assert result.status_code == response.status
    assert result.parsed is not None, "documented response was not parsed"
    assert normalised(encode(result.parsed)) == normalised(response.body)


def test_every_operation_has_sync_and_async_functions(provider: Provider) -> None:
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    for section, path, method, _ in iter_operations(doc.data):
        if section != "paths":
            continue
        module = cmap.binding(method, path).module()
        for name in ("sync", "sync_detailed"):
            assert callable(getattr(module, name)), (path, name)
        for name in ("asyncio", "asyncio_detailed"):
            assert inspect.iscoroutinefunction(getattr(module, name)), (path, name)


def test_async_calls_send_the_same_requests(provider: Provider) -> None:
    doc = SpecDocument.load(provider.spec_path)
    package = importlib.import_module(provider.package)

    async def run_all() -> list[httpx.Request]:
        sent = []
        for operation_call in operation_calls(provider):
            recorder = Recorder(operation_call.responses[0])
            client = package.Client(
                base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(recorder)}
            )
            async with client:
                result = await operation_call.binding.module().asyncio_detailed(
                    client=client, **operation_call.kwargs
                )
            assert result.parsed is not None
            sent.extend(recorder.requests)
        return sent

    requests = asyncio.run(run_all())
    assert requests
    for request in requests:
        assert request_problems(doc, request) == []


def test_request_check_rejects_what_the_spec_forbids(provider: Provider) -> None:
    """The request validator used above can fail: a wrong path, an unknown query parameter and an
    empty body for an operation that needs one are all reported."""
    doc = SpecDocument.load(provider.spec_path)
    with_body = next(c for c in operation_calls(provider) if c.binding.has_body)
    path = BASE_URL + with_body.matched.path.format(**with_body.matched.path_values)
    method = with_body.matched.method.upper()
    bad_body = httpx.Request(method, path + "?surprise=1", json={"not": "a valid body"})
    messages = [problem.message for problem in request_problems(doc, bad_body)]
    assert "query parameter not in the spec" in messages
    assert any(message.startswith("request body at ") for message in messages)
    unknown = httpx.Request("GET", BASE_URL + "/no/such/path")
    assert [problem.message for problem in request_problems(doc, unknown)] == [
        "no operation in the spec matches this request"
    ]
