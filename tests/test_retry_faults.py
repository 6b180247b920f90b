"""Retries, Retry-After, redirects and Sinch transport composition over loopback HTTP, through the
generated clients (issue 12: mid-body drops, long Retry-After, cross-origin redirects, sinch_client)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from sinch_voice.api.applications import get_numbers
from sinch_voice.api.calls import get_call_result
from sinch_voice.auth import ApplicationAuth
from sinch_voice.exceptions import ApiConnectionError as SinchConnectionError
from sinch_voice.exceptions import RateLimitError
from sinch_voice.hosts import HostRoutingTransport, sinch_client
from sinch_voice.retry import RetryTransport as SinchRetry
from symbl_telephony import Client as SymblClient
from symbl_telephony.api.telephony import connect_endpoint
from symbl_telephony.auth import TokenAuth
from symbl_telephony.exceptions import ApiConnectionError

from tests.loopback_http import Answer, ScriptedServer
from tests.test_faults import LoopbackServer, Reply
from tests.test_symbl_auth import APP_ID, APP_SECRET, START

CALL = b'{"callId": "c-1", "duration": 12}'
TOKEN = b'{"accessToken": "tok-1", "expiresIn": 3600}'
STARTED = b'{"connectionId": "c-1", "conversationId": "v-1"}'
SECRET = "JViE5vDor0Sw3WllZka15Q=="


def _sinch(server: ScriptedServer | LoopbackServer, delays: list[float], **kwargs: Any) -> Any:
    return sinch_client(
        calling_base_url=server.url,
        management_base_url=server.url,
        auth=httpx.BasicAuth("key", "secret"),
        **kwargs,
    )


def test_a_get_whose_body_is_cut_short_is_retried() -> None:
    delays: list[float] = []
    cut = Answer(200, CALL, cut_after=10)
    with ScriptedServer(cut, Answer(200, CALL)) as server:
        client = _sinch(server, delays, httpx_args={"transport": SinchRetry(sleep=delays.append)})
        result = get_call_result.sync(client=client, call_id="c-1")
    assert result.call_id == "c-1"
    assert len(server.received) == 2
    assert len(delays) == 1


def test_a_post_whose_body_is_cut_short_is_sent_once() -> None:
    with ScriptedServer(
        Answer(200, TOKEN), Answer(201, STARTED, cut_after=10), Answer(201, STARTED)
    ) as server:
        client = SymblClient(
            base_url=server.url,
            httpx_args={"auth": TokenAuth(APP_ID, APP_SECRET), "transport": _symbl_retry()},
        )
        with pytest.raises(ApiConnectionError):
            connect_endpoint.sync(client=client, body=START)
    assert [(seen.method, seen.path) for seen in server.received] == [
        ("POST", "/oauth2/token:generate"),
        ("POST", "/v1/endpoint:connect"),
    ]


def _symbl_retry() -> Any:
    from symbl_telephony.retry import RetryTransport  # noqa: PLC0415 - beside the Sinch one above

    return RetryTransport(sleep=lambda seconds: None)


def test_a_retry_after_beyond_the_cap_raises_at_once_with_the_wait() -> None:
    delays: list[float] = []
    with ScriptedServer(Answer(429, b'{"errorCode": 40003}', {"Retry-After": "99999"})) as server:
        client = _sinch(server, delays, transport=SinchRetry(sleep=delays.append))
        began = time.monotonic()
        with pytest.raises(RateLimitError) as raised:
            get_call_result.sync(client=client, call_id="c-1")
    assert time.monotonic() - began < 1.0
    assert raised.value.retry_after == 99999.0
    assert delays == []
    assert len(server.received) == 1


def test_sinch_retries_sync_and_async_through_sinch_client_whichever_way_the_transport_is_given() -> None:
    for how in ("transport", "httpx_args"):
        delays: list[float] = []
        answers = [Answer(503), Answer(200, CALL), Answer(503), Answer(200, b'{"numbers": []}')]
        with ScriptedServer(*answers) as server:
            retry = SinchRetry(sleep=delays.append)
            given: dict[str, Any] = (
                {"transport": retry} if how == "transport" else {"httpx_args": {"transport": retry}}
            )
            client = _sinch(server, delays, **given)
            assert get_call_result.sync(client=client, call_id="c-1").call_id == "c-1"
            numbers = asyncio.run(get_numbers.asyncio(client=client))
        assert numbers.numbers == []
        assert [seen.path for seen in server.received] == ["/calling/v1/calls/id/c-1"] * 2 + [
            "/v1/configuration/numbers"
        ] * 2, how
        assert len(delays) == 2, how


def test_sinch_client_refuses_what_it_cannot_honour() -> None:
    retry = SinchRetry()
    with pytest.raises(ValueError, match="transport once"):
        sinch_client(transport=retry, httpx_args={"transport": retry})
    with pytest.raises(ValueError, match="auth once"):
        sinch_client(auth=httpx.BasicAuth("k", "s"), httpx_args={"auth": httpx.BasicAuth("k", "s")})
    with pytest.raises(TypeError, match="not an httpx transport"):
        sinch_client(httpx_args={"transport": object()})
    with pytest.raises(TypeError, match="async_transport"):
        HostRoutingTransport(transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]


def _redirecting(target: str, *first: Answer) -> ScriptedServer:
    return ScriptedServer(*first, Answer(307, b"", {"Location": f"{target}/v1/endpoint:connect"}))


def test_symbl_api_key_is_not_sent_across_origins_on_a_redirect() -> None:
    with ScriptedServer(Answer(201, STARTED)) as other:
        with _redirecting(other.url, Answer(200, TOKEN)) as origin:
            client = SymblClient(
                base_url=origin.url, follow_redirects=True, httpx_args={"auth": TokenAuth(APP_ID, APP_SECRET)}
            )
            assert connect_endpoint.sync(client=client, body=START).connection_id == "c-1"
        assert origin.received[1].headers["x-api-key"] == "tok-1"  # the origin gets its credential
    (redirected,) = other.received
    assert "x-api-key" not in redirected.headers
    assert redirected.body == origin.received[1].body


def test_sinch_signature_headers_are_not_sent_across_origins_on_a_redirect() -> None:
    async def call(client: Any) -> Any:
        return await get_call_result.asyncio(client=client, call_id="c-1")

    with ScriptedServer(Answer(200, CALL), Answer(200, CALL)) as other:
        with ScriptedServer(
            *[Answer(307, b"", {"Location": f"{other.url}/calling/v1/calls/id/c-1"})] * 2
        ) as origin:
            client = sinch_client(
                calling_base_url=origin.url, auth=ApplicationAuth("key", SECRET), follow_redirects=True
            )
            assert get_call_result.sync(client=client, call_id="c-1").call_id == "c-1"
            assert asyncio.run(call(client)).call_id == "c-1"
        assert all("x-timestamp" in seen.headers for seen in origin.received)
    assert len(other.received) == 2
    for redirected in other.received:
        assert "authorization" not in redirected.headers
        assert "x-timestamp" not in redirected.headers


def test_a_same_origin_redirect_keeps_the_credential() -> None:
    with ScriptedServer(
        Answer(200, TOKEN),
        Answer(307, b"", {"Location": "/v1/endpoint:connect?again=1"}),
        Answer(201, STARTED),
    ) as origin:
        client = SymblClient(
            base_url=origin.url, follow_redirects=True, httpx_args={"auth": TokenAuth(APP_ID, APP_SECRET)}
        )
        connect_endpoint.sync(client=client, body=START)
    assert origin.received[2].headers["x-api-key"] == "tok-1"


def test_a_connection_error_from_sinch_is_typed() -> None:
    client = sinch_client(calling_base_url="http://127.0.0.1:9", management_base_url="http://127.0.0.1:9")
    with pytest.raises(SinchConnectionError):
        get_call_result.sync(client=client, call_id="c-1")


def test_request_options_apply_to_one_call_only() -> None:
    from sinch_voice.exceptions import ApiTimeoutError  # noqa: PLC0415
    from sinch_voice.request_options import RequestOptions  # noqa: PLC0415

    with ScriptedServer(Answer(200, CALL), Answer(200, CALL)) as server:
        client = _sinch(server, [])
        options = RequestOptions(headers={"X-Request-Id": "r-1"}, timeout=5.0)
        get_call_result.sync(client=client, call_id="c-1", request_options=options)
        get_call_result.sync(client=client, call_id="c-1")
    first, second = server.received
    assert first.headers["x-request-id"] == "r-1"
    assert first.headers["authorization"].startswith("Basic ")  # the client's auth still applies
    assert "x-request-id" not in second.headers
    with LoopbackServer(Reply(stall=True)) as stalled:
        began = time.monotonic()
        with pytest.raises(ApiTimeoutError):  # the client's own timeout is 10 s
            get_call_result.sync(
                client=_sinch(stalled, []), call_id="c-1", request_options=RequestOptions(timeout=0.2)
            )
        assert time.monotonic() - began < 2.0
