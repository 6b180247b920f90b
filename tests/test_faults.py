"""Faults over real sockets: a scripted HTTP server on 127.0.0.1 and the generated symbl_telephony client
(its operations are POSTs, so they must never be retried) or a plain httpx client on GET (retried).

Each fault ends in the right typed error or a retried success, never a hang: every stalled reply waits
only until the test ends, the clients have short timeouts, and `sleep` is injected so no test waits for a
backoff."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from symbl_telephony import AuthenticatedClient, Client
from symbl_telephony.api.authentication import generate_token
from symbl_telephony.api.telephony import connect_endpoint
from symbl_telephony.exceptions import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    RateLimitError,
    ResponseParseError,
    ServerError,
)
from symbl_telephony.models import (
    ConnectionResponse,
    ErrorResponse,
    GenerateTokenRequest,
    PstnEndpoint,
    StartConnectionRequest,
    TokenType,
)
from symbl_telephony.retry import RetryTransport
from symbl_telephony.timeouts import default_timeout

SHORT = httpx.Timeout(0.2)  # for the stalled replies; every other reply is immediate
CONNECTION = b'{"connectionId": "c-1", "conversationId": "v-1"}'
TOKEN_REQUEST = GenerateTokenRequest(type_=TokenType.APPLICATION, app_id="app", app_secret="secret")
START = StartConnectionRequest(
    operation="start", endpoint=PstnEndpoint(type_="pstn", phone_number="12015550123", dtmf=",,123#")
)


@dataclass(frozen=True)
class Reply:
    """One scripted answer. `hang_up` is "close" (FIN, no response) or "reset" (RST)."""

    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    content_length: int | None = None  # more than len(body) cuts the body short
    stall: bool = False  # answer only when the test ends
    hang_up: str | None = None


class LoopbackServer:
    """A threaded HTTP/1.1 server that plays `Reply`s in order and records each request it reads."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = deque(replies)
        self.requests: list[tuple[str, str, bytes]] = []
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle_one_request(self) -> None:
                try:
                    super().handle_one_request()
                except OSError:  # the client gave up on a stalled reply, or we reset the socket
                    self.close_connection = True

            def do_any(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.requests.append((self.command, self.path, body))
                reply = server.replies.popleft() if server.replies else Reply(599, b"no reply scripted")
                self.close_connection = True
                if reply.stall:
                    server.release.wait(timeout=10)
                if reply.hang_up == "reset":
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                if reply.hang_up:
                    self.connection.close()
                    return
                self.send_response(reply.status)
                for name, value in {"Content-Type": "application/json", **reply.headers}.items():
                    self.send_header(name, value)
                length = len(reply.body) if reply.content_length is None else reply.content_length
                self.send_header("Content-Length", str(length))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_DELETE = do_any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01})

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def delays() -> list[float]:
    return []


def _symbl(server: LoopbackServer, delays: list[float], **kwargs: Any) -> AuthenticatedClient:
    transport = RetryTransport(sleep=delays.append)
    return AuthenticatedClient(
        base_url=server.url,
        token="key",
        auth_header_name="X-API-KEY",
        prefix="",
        httpx_args={"transport": transport},
        **kwargs,
    )


@pytest.fixture
def raw(delays: list[float]) -> Iterator[httpx.Client]:
    """A plain httpx client on RetryTransport, for the idempotent-method retries symbl cannot show."""
    with httpx.Client(transport=RetryTransport(sleep=delays.append), timeout=SHORT) as client:
        yield client


# --- the generated client: typed errors, POST sent once ------------------------------------------------


def test_sync_returns_the_model_and_raises_typed_errors() -> None:
    replies = [
        Reply(201, CONNECTION),
        Reply(401, b'{"message": "Invalid API key"}'),
        Reply(500, b"<html>upstream down</html>"),
        Reply(418, b'{"message": "teapot"}'),
        Reply(200, CONNECTION),
    ]
    with LoopbackServer(*replies) as server, _symbl(server, []) as client:
        assert connect_endpoint.sync(client=client, body=START) == ConnectionResponse(
            connection_id="c-1", conversation_id="v-1"
        )
        with pytest.raises(AuthenticationError) as unauthorized:
            connect_endpoint.sync(client=client, body=START)
        with pytest.raises(ServerError) as down:
            connect_endpoint.sync(client=client, body=START)
        with pytest.raises(ApiStatusError) as teapot:
            connect_endpoint.sync(client=client, body=START)
        with pytest.raises(ApiStatusError) as undocumented_success:  # the spec documents 201 only
            connect_endpoint.sync(client=client, body=START)
    assert unauthorized.value.message == "Invalid API key"
    assert unauthorized.value.response.request.headers["X-API-KEY"] == "key"
    assert down.value.body is None
    assert down.value.response.text == "<html>upstream down</html>"
    assert (teapot.value.status_code, teapot.value.message) == (418, "teapot")
    assert undocumented_success.value.status_code == 200
    assert len(server.requests) == 5


def test_detailed_returns_error_models_unless_the_client_raises() -> None:
    replies = [Reply(400, b'{"message": "bad phone"}'), Reply(500, b"<html>oops</html>")]
    replies += [Reply(400, b'{"message": "bad phone"}'), Reply(503, b""), Reply(503, b"")]
    with LoopbackServer(*replies) as server:
        with _symbl(server, []) as lenient:
            detailed = connect_endpoint.sync_detailed(client=lenient, body=START)
            assert detailed.status_code == 400
            assert detailed.parsed == ErrorResponse(message="bad phone")
            with pytest.raises(ServerError):  # documented 500, but the body is no ErrorResponse
                connect_endpoint.sync_detailed(client=lenient, body=START)
        with _symbl(server, [], raise_on_error=True) as strict:
            with pytest.raises(BadRequestError, match="bad phone"):
                connect_endpoint.sync_detailed(client=strict, body=START)
            with pytest.raises(ServerError):  # 503 is not documented for connectEndpoint
                connect_endpoint.sync_detailed(client=strict, body=START)
        with _symbl(server, []) as lenient:
            assert connect_endpoint.sync_detailed(client=lenient, body=START).parsed is None


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(429, b'{"message": "slow down"}', {"Retry-After": "1"}), RateLimitError),
        (Reply(503, b"{}"), ServerError),
        (Reply(hang_up="reset"), ApiConnectionError),
        (Reply(hang_up="close"), ApiConnectionError),
    ],
    ids=["429", "503", "reset", "close"],
)
def test_a_post_is_sent_exactly_once(reply: Reply, error: type[Exception], delays: list[float]) -> None:
    """Retrying a POST could place a call (or mint a token) twice: the error goes to the caller instead."""
    with LoopbackServer(reply, Reply(201, CONNECTION)) as server, _symbl(server, delays) as client:
        with pytest.raises(error):
            connect_endpoint.sync(client=client, body=START)
        assert len(server.requests) == 1
        assert server.requests[0][0] == "POST"
    assert delays == []


def test_async_post_is_sent_exactly_once_and_raises_typed_errors(delays: list[float]) -> None:
    async def main(server: LoopbackServer) -> None:
        async with _symbl(server, delays) as client:
            with pytest.raises(ApiConnectionError):
                await connect_endpoint.asyncio(client=client, body=START)
            with pytest.raises(RateLimitError):
                await connect_endpoint.asyncio(client=client, body=START)
            detailed = await connect_endpoint.asyncio_detailed(client=client, body=START)
            assert detailed.parsed == ConnectionResponse(connection_id="c-1", conversation_id="v-1")

    replies = (Reply(hang_up="reset"), Reply(429, b'{"message": "later"}'), Reply(201, CONNECTION))
    with LoopbackServer(*replies) as server:
        asyncio.run(main(server))
    assert len(server.requests) == 3
    assert delays == []


# --- timeouts ------------------------------------------------------------------------------------------


def test_every_client_has_a_finite_default_timeout() -> None:
    for client in (Client(base_url="http://127.0.0.1"), AuthenticatedClient(base_url="http://x", token="t")):
        with client:
            timeout = client.get_httpx_client().timeout
        assert timeout == default_timeout()
        assert all(value is not None and 0 < value <= 60 for value in timeout.as_dict().values())
        assert client.get_async_httpx_client().timeout == default_timeout()


def test_a_slow_provider_raises_a_typed_timeout_and_does_not_hang() -> None:
    with LoopbackServer(Reply(201, CONNECTION, stall=True)) as server:
        client = Client(base_url=server.url, timeout=SHORT)
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError) as timed_out:
            generate_token.sync(client=client, body=TOKEN_REQUEST)
        assert time.monotonic() - started < 2
    assert isinstance(timed_out.value, httpx.TimeoutException)
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)
    assert len(server.requests) == 1


def test_a_slow_provider_times_out_in_async_too() -> None:
    async def main(server: LoopbackServer) -> None:
        async with Client(base_url=server.url, timeout=SHORT) as client:
            await generate_token.asyncio_detailed(client=client, body=TOKEN_REQUEST)

    with LoopbackServer(Reply(stall=True)) as server, pytest.raises(ApiTimeoutError):
        asyncio.run(main(server))


def test_a_read_timeout_on_get_is_not_retried(raw: httpx.Client, delays: list[float]) -> None:
    with LoopbackServer(Reply(stall=True), Reply()) as server, pytest.raises(httpx.ReadTimeout):
        raw.get(server.url + "/calls/1")
    assert len(server.requests) == 1
    assert delays == []


# --- bodies that are not what was promised -------------------------------------------------------------


def test_a_truncated_body_raises_a_typed_connection_error() -> None:
    cut = Reply(201, CONNECTION[:20], content_length=len(CONNECTION))
    with LoopbackServer(cut) as server, _symbl(server, []) as client:
        with pytest.raises(ApiConnectionError) as raised:
            connect_endpoint.sync_detailed(client=client, body=START)
        assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)
        assert len(server.requests) == 1


@pytest.mark.parametrize("body", [CONNECTION[:20], b"<html>ok</html>", b"", b'{"conversationId": "v-1"}'])
def test_an_invalid_success_body_raises_a_parse_error(body: bytes) -> None:
    with LoopbackServer(Reply(201, body), Reply(201, body)) as server, _symbl(server, []) as client:
        with pytest.raises(ResponseParseError) as strict:
            connect_endpoint.sync(client=client, body=START)
        with pytest.raises(ResponseParseError):  # even when error models are wanted
            connect_endpoint.sync_detailed(client=client, body=START)
    assert strict.value.status_code == 201
    assert strict.value.response.content == body


# --- retries over real sockets (GET through a plain httpx client) --------------------------------------


def test_429_with_retry_after_seconds_is_retried(raw: httpx.Client, delays: list[float]) -> None:
    with LoopbackServer(Reply(429, headers={"Retry-After": "3"}), Reply(200, b'{"ok": true}')) as server:
        response = raw.get(server.url + "/calls/1")
    assert response.json() == {"ok": True}
    assert delays == [3.0]
    assert [request[:2] for request in server.requests] == [("GET", "/calls/1")] * 2


def test_429_with_retry_after_date_is_retried(raw: httpx.Client, delays: list[float]) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=5), usegmt=True)
    with LoopbackServer(Reply(429, headers={"Retry-After": when}), Reply()) as server:
        assert raw.get(server.url).status_code == 200
    (delay,) = delays
    assert 3.0 < delay <= 5.0  # the date has one-second resolution
    assert len(server.requests) == 2


def test_a_retry_after_beyond_the_cap_is_not_waited_for(delays: list[float]) -> None:
    transport = RetryTransport(sleep=delays.append, retry_after_cap=2.5)
    with (
        LoopbackServer(Reply(503, headers={"Retry-After": "600"}), Reply()) as server,
        httpx.Client(transport=transport, timeout=SHORT) as client,
    ):
        assert client.get(server.url).status_code == 503
    assert delays == []
    assert len(server.requests) == 1


def test_503_then_success(raw: httpx.Client, delays: list[float]) -> None:
    with LoopbackServer(Reply(503), Reply(503), Reply(200, b'{"n": 3}')) as server:
        assert raw.delete(server.url + "/calls/1").json() == {"n": 3}
    assert len(server.requests) == 3
    assert len(delays) == 2
    assert 0 <= delays[0] <= 0.5
    assert 0 <= delays[1] <= 1.0


@pytest.mark.parametrize("hang_up", ["reset", "close"])
def test_a_dropped_connection_is_retried(raw: httpx.Client, delays: list[float], hang_up: str) -> None:
    with LoopbackServer(Reply(hang_up=hang_up), Reply(200, b"{}")) as server:
        assert raw.put(server.url + "/calls/1", json={"mute": True}).status_code == 200
    assert [body for _, _, body in server.requests] == [b'{"mute":true}'] * 2
    assert len(delays) == 1


def test_retries_end_with_the_last_answer(delays: list[float]) -> None:
    transport = RetryTransport(sleep=delays.append, max_retries=2)
    with (
        LoopbackServer(*[Reply(hang_up="reset")] * 3, Reply()) as server,
        httpx.Client(transport=transport, timeout=SHORT) as client,
        pytest.raises(httpx.ReadError),
    ):
        client.get(server.url)
    assert len(server.requests) == 3
    assert len(delays) == 2


def test_async_get_is_retried_over_sockets(delays: list[float]) -> None:
    async def main(server: LoopbackServer) -> httpx.Response:
        transport = RetryTransport(sleep=delays.append)
        async with httpx.AsyncClient(transport=transport, timeout=SHORT) as client:
            return await client.get(server.url)

    with LoopbackServer(Reply(hang_up="reset"), Reply(429, headers={"Retry-After": "1"}), Reply()) as server:
        assert asyncio.run(main(server)).status_code == 200
    assert len(server.requests) == 3
    assert delays[1] == 1.0
