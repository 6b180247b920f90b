"""The replay transport answers the real generated clients from cassettes: strict matching, ordered
repeats, and a miss that says which recorded interactions came closest and why they did not match."""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

import httpx
import pytest

from tests.replay_support import SYMBL, all_calls, needs_symbl, symbl_start
from voicespec.cassettes.evidence_build import CASSETTE_NAME as EVIDENCE_CASSETTE
from voicespec.cassettes.matchers import body, json_difference, mismatches, query
from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse, cassette_files
from voicespec.cassettes.redact import REDACTED
from voicespec.client.example_calls import OperationCall
from voicespec.client.model_codec import encode
from voicespec.providers import CASSETTES_DIR, Provider
from voicespec.replay.transport import NoMatchingInteraction, ReplayTransport

ANYWHERE = "https://replay.invalid"  # the host is not matched: any base URL replays


def test_every_operation_replays_through_the_generated_client(provider: Provider) -> None:
    """Each operation's request examples get the recorded successes, the first request sent again gets
    the documented error, and nothing recorded is left unplayed."""
    package = importlib.import_module(provider.package)
    # The evidence cassette answers other request bodies; tests/test_evidence_cassettes.py replays it.
    built = [path for path in cassette_files(provider.cassettes_dir) if path.name != EVIDENCE_CASSETTE]
    transport = ReplayTransport(*built)
    calls = all_calls(provider)
    with package.Client(base_url=ANYWHERE, httpx_args={"transport": transport}) as client:
        first_per_operation: dict[str, OperationCall] = {}
        for call in calls:
            first_per_operation.setdefault(call.operation_id, call)
            result = call.binding.module().sync_detailed(client=client, **call.kwargs)
            assert 200 <= result.status_code < 300, call.label
            if result.content:
                assert result.parsed is not None, call.label
        for call in first_per_operation.values():
            result = call.binding.module().sync_detailed(client=client, **call.kwargs)
            assert result.status_code >= 400, call.label
            assert result.parsed is not None, call.label
    assert transport.unplayed() == []


@needs_symbl
def test_symbl_flow_through_httpx_args() -> None:
    from symbl_telephony import AuthenticatedClient, Client  # noqa: PLC0415
    from symbl_telephony.api.authentication import generate_token  # noqa: PLC0415
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415
    from symbl_telephony.models import (  # noqa: PLC0415
        ConnectionResponse,
        GenerateTokenRequest,
        GenerateTokenResponse,
        TokenType,
    )

    transport = ReplayTransport(CASSETTES_DIR / SYMBL.name)
    # The cassette's appId and appSecret were redacted, so any credentials match.
    client = Client(base_url="https://api.symbl.ai", httpx_args={"transport": transport})
    token = generate_token.sync(
        client=client,
        body=GenerateTokenRequest(type_=TokenType.APPLICATION, app_id="my-app", app_secret="my-secret"),
    )
    assert isinstance(token, GenerateTokenResponse)
    assert token.access_token == REDACTED
    assert token.expires_in == 86400
    authed = AuthenticatedClient(
        base_url="https://api.symbl.ai",
        token=token.access_token,
        auth_header_name="X-API-KEY",
        prefix="",
        httpx_args={"transport": transport},
    )
    started = connect_endpoint.sync(client=authed, body=symbl_start(), verbose=True, sentiment=True)
    assert isinstance(started, ConnectionResponse)
    assert started.connection_id == "771a8757-eff8-4b6c-97cd-64132a7bfc6e"


def _symbl_client(httpx_args: dict[str, Any] | None = None) -> Any:
    from symbl_telephony import AuthenticatedClient  # noqa: PLC0415

    return AuthenticatedClient(
        base_url=ANYWHERE, token="t0k", auth_header_name="X-API-KEY", prefix="", httpx_args=httpx_args or {}
    )


@needs_symbl
def test_symbl_through_set_httpx_client_and_async() -> None:
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415
    from symbl_telephony.models import ConnectionResponse, StopConnectionRequest  # noqa: PLC0415

    transport = ReplayTransport(CASSETTES_DIR / SYMBL.name / "connectEndpoint.yaml")
    client = _symbl_client().set_httpx_client(httpx.Client(base_url=ANYWHERE, transport=transport))
    stop = StopConnectionRequest(operation="stop", connection_id="771a8757-eff8-4b6c-97cd-64132a7bfc6e")
    assert isinstance(
        connect_endpoint.sync(client=client, body=stop, verbose=True, sentiment=True), ConnectionResponse
    )

    async def start_async() -> object:
        async_client = _symbl_client().set_async_httpx_client(
            httpx.AsyncClient(base_url=ANYWHERE, transport=transport)
        )
        async with async_client:
            return await connect_endpoint.asyncio(
                client=async_client, body=symbl_start(), verbose=True, sentiment=True
            )

    started = asyncio.run(start_async())
    assert isinstance(started, ConnectionResponse)
    assert encode(started)["conversationId"] == "51356232423"


@needs_symbl
def test_repeated_identical_requests_replay_in_order() -> None:
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415

    cassette = CASSETTES_DIR / SYMBL.name / "connectEndpoint.yaml"

    def statuses(transport: ReplayTransport, times: int) -> list[int]:
        with _symbl_client(httpx_args={"transport": transport}) as client:
            return [
                connect_endpoint.sync_detailed(
                    client=client, body=symbl_start(), verbose=True, sentiment=True
                ).status_code
                for _ in range(times)
            ]

    assert statuses(ReplayTransport(cassette, allow_repeats=True), 3) == [201, 404, 404]
    strict = ReplayTransport(cassette)
    assert statuses(strict, 2) == [201, 404]
    with pytest.raises(NoMatchingInteraction) as raised:
        statuses(strict, 1)
    assert "already played" in str(raised.value)
    assert raised.value.closest[0][1] == []


@needs_symbl
def test_a_miss_names_the_request_and_the_closest_interactions() -> None:
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415

    transport = ReplayTransport(CASSETTES_DIR / SYMBL.name)
    with (
        _symbl_client(httpx_args={"transport": transport}) as client,
        pytest.raises(NoMatchingInteraction) as raised,
    ):
        connect_endpoint.sync(client=client, body=symbl_start("447082924837"), verbose=True, sentiment=True)
    error = raised.value
    message = str(error)
    assert message.startswith(
        "POST /v1/endpoint:connect?verbose=true&sentiment=true: no recorded interaction"
    )
    slot, failed = error.closest[0]
    assert [mismatch.matcher for mismatch in failed] == ["body"]
    assert 'at /endpoint/phoneNumber: sent "447082924837", recorded "14082924837"' in failed[0].reason
    assert f"connectEndpoint.yaml#/interactions/{slot.index}" in message
    assert len(error.closest) == 3


def _cassette(*requests: RecordedRequest) -> Cassette:
    return Cassette([Interaction(request, RecordedResponse(200, "{}")) for request in requests])


def test_matching_is_strict_on_method_path_and_query() -> None:
    recorded = RecordedRequest("GET", "https://api.example.com/v1/calls/abc?b=2&a=1")
    assert mismatches(httpx.Request("GET", "http://localhost/v1/calls/abc?a=1&b=2"), recorded) == []
    wrong = httpx.Request("POST", "http://localhost/v1/calls/abd?a=1")
    assert [str(found) for found in mismatches(wrong, recorded)] == [
        "method: sent POST, recorded GET",
        "path: sent /v1/calls/abd, recorded /v1/calls/abc",
        "query: sent a=1, recorded a=1&b=2",
    ]
    transport = ReplayTransport(_cassette(recorded))
    with httpx.Client(transport=transport) as client, pytest.raises(NoMatchingInteraction):
        client.get("http://localhost/v1/calls/abc?a=1")  # a query parameter short is a miss


def test_json_bodies_compare_by_value_and_type() -> None:
    assert json_difference({"a": [1, {"b": True}]}, {"a": [1, {"b": True}]}) is None
    assert json_difference({"a": 1}, {"a": True}) == "at /a: sent 1, recorded true"
    assert (
        json_difference({"a": 1, "c": 2}, {"a": 1}) == "at /: keys differ (sent only ['c'], recorded only [])"
    )
    recorded = RecordedRequest("POST", "https://x.invalid/t", '{"b": 2, "a": 1}')
    assert body(httpx.Request("POST", "http://y/t", json={"a": 1, "b": 2}), recorded) is None
    assert body(httpx.Request("POST", "http://y/t"), recorded) == 'sent (empty), recorded {"b": 2, "a": 1}'
    text = RecordedRequest("POST", "https://x.invalid/t", "a=1")
    assert body(httpx.Request("POST", "http://y/t", content=b"a=2"), text) == "sent a=2, recorded a=1"


def test_redacted_values_match_anything_but_absence() -> None:
    recorded = RecordedRequest("POST", f"https://x.invalid/t?token={REDACTED}", '{"appSecret": "REDACTED"}')
    live = httpx.Request("POST", "http://y/t?token=abc", json={"appSecret": "s3cr3t"})
    assert mismatches(live, recorded) == []
    assert query(httpx.Request("POST", "http://y/t"), recorded) is not None
    assert body(httpx.Request("POST", "http://y/t", json={"appSecret": None}), recorded) is not None


def test_async_transport_replays_and_misses_the_same_way() -> None:
    recorded = RecordedRequest("GET", "https://api.example.com/ping")

    async def run() -> int:
        async with httpx.AsyncClient(transport=ReplayTransport(_cassette(recorded))) as client:
            status = (await client.get("http://localhost/ping")).status_code
            with pytest.raises(NoMatchingInteraction):
                await client.get("http://localhost/ping")
            return status

    assert asyncio.run(run()) == 200
