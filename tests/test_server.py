"""The replay server over real HTTP on loopback, exercised with the generated clients: replayed and
synthesised answers, and rejections in the provider's own error shape (invalid request 400, missing
credentials 401, unknown route 404)."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from tests.replay_support import SYMBL, credentials, first_calls, needs_symbl, symbl_start
from voicespec.client.example_calls import OperationCall
from voicespec.providers import Provider
from voicespec.replay.server import SOURCE_HEADER, ServerThread, create_app
from voicespec.spec.document import SpecDocument, first_error
from voicespec.spec.responses import documented_responses

# What each provider's own error body looks like (from the seeds): the server must answer in it.
ERROR_SHAPES: dict[str, dict[int, dict[str, Any]]] = {
    "sinch-voice": {400: {"errorCode": 40001}, 401: {"errorCode": 40100}},
    "symbl-telephony": {400: {}, 401: {}},
    "enablex-voice": {400: {}, 401: {}},
}
ERROR_KEYS = {
    "sinch-voice": {"errorCode", "message"},
    "symbl-telephony": {"message"},
    "enablex-voice": {"msg"},
}


@pytest.fixture(scope="module")
def symbl_url() -> Iterator[str]:
    """The Symbl server the Symbl-specific tests share (their requests do not touch each other's)."""
    with ServerThread(create_app(SYMBL)) as url:
        yield url


@pytest.fixture(scope="module")
def served() -> Iterator[Callable[[Provider], str]]:
    """One replay server per provider for this module's generic tests, started on first use. Only the
    first test sends valid requests; the other sends rejected ones, which never touch replay state."""
    with ExitStack() as stack:
        urls: dict[str, str] = {}

        def url_for(provider: Provider) -> str:
            if provider.name not in urls:
                urls[provider.name] = stack.enter_context(ServerThread(create_app(provider)))
            return urls[provider.name]

        yield url_for


def _in_documented_error_shape(doc: SpecDocument, call: OperationCall, body: Any) -> bool:
    schemas = {
        entry.schema_pointer for entry in documented_responses(doc, call.matched) if entry.status >= 400
    }
    return any(first_error(doc.validator(schema), body) is None for schema in schemas if schema)


def test_every_operation_over_http(provider: Provider, served: Callable[[Provider], str]) -> None:
    """Each operation, called through the generated client: replayed with credentials, 401 without them,
    400 with an undocumented query parameter; each rejection validates against a documented error
    schema of the operation."""
    doc = SpecDocument.load(provider.spec_path)
    package = importlib.import_module(provider.package)
    headers = credentials(doc)
    with (
        package.Client(base_url=(url := served(provider)), headers=headers) as authed,
        package.Client(base_url=url) as anonymous,
        httpx.Client(base_url=url, headers=headers) as raw,
    ):
        for call in first_calls(provider):
            module = call.binding.module()
            result = module.sync_detailed(client=authed, **call.kwargs)
            assert 200 <= result.status_code < 300, call.label
            assert result.headers[SOURCE_HEADER] == "replayed", call.label
            if _needs_credentials(doc, call):
                result = module.sync_detailed(client=anonymous, **call.kwargs)
                assert result.status_code == 401, call.label
                assert result.headers[SOURCE_HEADER] == "rejected"
                assert _in_documented_error_shape(doc, call, json.loads(result.content)), result.content
            path = call.matched.path.format(**call.matched.path_values)
            answer = raw.request(call.matched.method.upper(), path, params={"voicespecUnknown": "1"})
            assert answer.status_code == 400, call.label
            assert "voicespecUnknown" in answer.text
            assert _in_documented_error_shape(doc, call, answer.json()), answer.text
        unknown = raw.get("/voicespec/no/such/route")
    assert unknown.status_code == 404
    assert unknown.headers[SOURCE_HEADER] == "rejected"
    assert ERROR_KEYS[provider.name] <= set(unknown.json())


def test_errors_come_in_the_providers_own_shape(
    provider: Provider, served: Callable[[Provider], str]
) -> None:
    doc = SpecDocument.load(provider.spec_path)
    call = next(call for call in first_calls(provider) if _needs_credentials(doc, call))
    method, path = call.matched.method.upper(), call.matched.path.format(**call.matched.path_values)
    with httpx.Client(base_url=served(provider)) as client:
        answers = {
            401: client.request(method, path),
            400: client.request(method, path, params={"voicespecUnknown": "1"}, headers=credentials(doc)),
        }
    for status, answer in answers.items():
        body = answer.json()
        assert answer.status_code == status
        assert ERROR_KEYS[provider.name] <= set(body), body
        for key, value in ERROR_SHAPES[provider.name][status].items():
            assert body[key] == value, body


def _needs_credentials(doc: SpecDocument, call: OperationCall) -> bool:
    return bool(call.matched.operation.get("security", doc.data.get("security")))


@needs_symbl
def test_symbl_replayed_then_synthesised(symbl_url: str) -> None:
    from symbl_telephony import AuthenticatedClient  # noqa: PLC0415
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415
    from symbl_telephony.models import ConnectionResponse  # noqa: PLC0415

    client = AuthenticatedClient(base_url=symbl_url, token="t0k", auth_header_name="X-API-KEY", prefix="")
    with client:
        replayed = connect_endpoint.sync_detailed(
            client=client, body=symbl_start(), verbose=True, sentiment=True
        )
        # Valid, but recorded by nobody: answered with the spec's first 201 example.
        synthesised = connect_endpoint.sync_detailed(client=client, body=symbl_start("447082924837"))
    assert replayed.status_code == 201
    assert replayed.headers[SOURCE_HEADER] == "replayed"
    assert isinstance(replayed.parsed, ConnectionResponse)
    assert synthesised.status_code == 201
    assert synthesised.headers[SOURCE_HEADER] == "synthesised"
    assert isinstance(synthesised.parsed, ConnectionResponse)
    assert synthesised.parsed.connection_id == "771a8757-eff8-4b6c-97cd-64132a7bfc6e"


@needs_symbl
def test_symbl_invalid_body_and_missing_key(symbl_url: str) -> None:
    from symbl_telephony import AuthenticatedClient, Client  # noqa: PLC0415
    from symbl_telephony.api.authentication import generate_token  # noqa: PLC0415
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415
    from symbl_telephony.models import (  # noqa: PLC0415
        ErrorResponse,
        GenerateTokenRequest,
        GenerateTokenResponse,
        TokenType,
    )

    authed = AuthenticatedClient(base_url=symbl_url, token="t0k", auth_header_name="X-API-KEY", prefix="")
    body = GenerateTokenRequest(type_=TokenType.APPLICATION, app_id="a", app_secret="s")
    with authed, Client(base_url=symbl_url) as anonymous:
        # The generated models do not check patterns, so the client sends an access code the spec forbids.
        invalid = connect_endpoint.sync_detailed(client=authed, body=symbl_start("0014082924837"))
        missing = connect_endpoint.sync_detailed(client=anonymous, body=symbl_start())
        # generateToken declares `security: []`: no credentials needed.
        token = generate_token.sync_detailed(client=anonymous, body=body)
    assert invalid.status_code == 400
    assert invalid.headers[SOURCE_HEADER] == "rejected"
    assert isinstance(invalid.parsed, ErrorResponse)
    assert "request body at /endpoint/phoneNumber: " in invalid.parsed.message
    assert "'0014082924837'" in invalid.parsed.message
    assert missing.status_code == 401
    assert isinstance(missing.parsed, ErrorResponse)
    assert "X-API-KEY" in missing.parsed.message
    assert token.status_code == 200
    assert isinstance(token.parsed, GenerateTokenResponse)
