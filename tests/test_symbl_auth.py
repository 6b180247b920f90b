"""`symbl_telephony.auth.TokenAuth` against a loopback stand-in for Symbl, through the generated client.

The server below implements the two routes of the spec: it issues tokens for one App ID/App Secret pair,
accepts only tokens it issued (and has not revoked) on `/v1/endpoint:connect`, and records every request
so the tests can count token exchanges and read the headers that really went over the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from symbl_telephony import Client
from symbl_telephony.api.authentication import generate_token
from symbl_telephony.api.telephony import connect_endpoint
from symbl_telephony.auth import API_KEY_HEADER, TokenAuth, TokenExchangeError
from symbl_telephony.models import (
    ConnectionResponse,
    GenerateTokenRequest,
    GenerateTokenResponse,
    PstnEndpoint,
    StartConnectionRequest,
    TokenType,
)
from symbl_telephony.types import Response

APP_ID = "6d4e5a6f3c2b1a0987654321fedcba98"
APP_SECRET = "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e"
STARTED = {
    "eventUrl": "https://api.symbl.ai/v1/event/771a8757-eff8-4b6c-97cd-64132a7bfc6e",
    "resultWebSocketUrl": "wss://api.symbl.ai/events/771a8757-eff8-4b6c-97cd-64132a7bfc6e",
    "connectionId": "771a8757-eff8-4b6c-97cd-64132a7bfc6e",
    "conversationId": "51356232423",
}
START = StartConnectionRequest(
    operation="start",
    endpoint=PstnEndpoint(type_="pstn", phone_number="16465588656", dtmf="81234567890#,,#,,123456#"),
)


@dataclass
class Seen:
    """One request as the server received it: the raw request line, headers and body."""

    path: str
    headers: dict[str, str]
    raw: bytes
    body: bytes
    status: int = 0


@dataclass
class FakeSymbl:
    """Tokens for APP_ID/APP_SECRET on the token route; 201 on the connect route for a token it issued."""

    expires_in: int = 86400
    token_delay: float = 0.0  # seconds the token route takes, so concurrent callers overlap
    token_reply: tuple[int, bytes] | None = None  # answer every token request with this instead
    reject_all: bool = False  # answer every connect request with 401
    issuer: FakeSymbl | None = None  # accept the tokens another server issued (separate token host)
    url: str = ""
    token_requests: list[Seen] = field(default_factory=list)
    connect_requests: list[Seen] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    _valid: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def revoke(self) -> None:
        with self._lock:
            self._valid.clear()

    def accepts(self, token: str | None) -> bool:
        with self._lock:
            return token is not None and token in self._valid and not self.reject_all

    def issue(self, body: bytes) -> tuple[int, Any]:
        if self.token_delay:
            time.sleep(self.token_delay)
        if self.token_reply is not None:
            return self.token_reply
        wanted = {"type": "application", "appId": APP_ID, "appSecret": APP_SECRET}
        if json.loads(body) != wanted:
            return 401, {"message": "Unauthorized. Please check the appId and appSecret."}
        with self._lock:
            token = f"tok-{len(self.issued) + 1}"
            self.issued.append(token)
            self._valid.add(token)
        return 200, {"accessToken": token, "expiresIn": self.expires_in}

    def connect(self, seen: Seen) -> tuple[int, Any]:
        issuer = self.issuer or self
        if issuer.accepts(seen.headers.get(API_KEY_HEADER.lower())):
            return 201, STARTED
        return 401, {"message": "Unauthorized. Please generate a new access token."}

    def handle(self, seen: Seen) -> tuple[int, Any]:
        if seen.path == "/oauth2/token:generate":
            with self._lock:
                self.token_requests.append(seen)
            status, reply = self.issue(seen.body)
        else:
            status, reply = self.connect(seen)
            with self._lock:
                self.connect_requests.append(seen)
        seen.status = status
        return status, reply

    def keys_sent(self) -> list[str | None]:
        return [seen.headers.get(API_KEY_HEADER.lower()) for seen in self.connect_requests]


def _handler(fake: FakeSymbl) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            raw = f"{self.requestline}\r\n{self.headers}".encode() + body
            headers = {name.lower(): value for name, value in self.headers.items()}
            status, reply = fake.handle(Seen(self.path.split("?")[0], headers, raw, body))
            payload = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the tests read the recorded requests instead."""

    return Handler


class LoopbackServer(ThreadingHTTPServer):
    # The default backlog of 5 drops some of 8 simultaneous connects, costing a 1 s SYN retransmit.
    request_queue_size = 64

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out on purpose has hung up before the reply: not worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serving(fake: FakeSymbl) -> Iterator[FakeSymbl]:
    server = LoopbackServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def symbl() -> Iterator[FakeSymbl]:
    with serving(FakeSymbl()) as fake:
        yield fake


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_client(fake: FakeSymbl, auth: TokenAuth, **kwargs: Any) -> Client:
    # A plain Client carries the auth (templates/endpoint_macros.py.jinja lets secured operations take it).
    return Client(base_url=fake.url, httpx_args={"auth": auth}, **kwargs)


def start(client: Client) -> Response[Any]:
    return connect_endpoint.sync_detailed(client=client, body=START)


async def astart(client: Client) -> Response[Any]:
    return await connect_endpoint.asyncio_detailed(client=client, body=START)


def assert_started(response: Response[Any]) -> None:
    assert response.status_code == 201
    assert isinstance(response.parsed, ConnectionResponse)
    assert response.parsed.connection_id == STARTED["connectionId"]


def test_token_fetched_once_and_reused(symbl: FakeSymbl) -> None:
    with make_client(symbl, TokenAuth(APP_ID, APP_SECRET)) as client:
        for _ in range(3):
            assert_started(start(client))
    (token_request,) = symbl.token_requests
    assert json.loads(token_request.body) == {"type": "application", "appId": APP_ID, "appSecret": APP_SECRET}
    assert API_KEY_HEADER.lower() not in token_request.headers
    assert symbl.keys_sent() == ["tok-1", "tok-1", "tok-1"]


def test_app_secret_never_reaches_the_connect_route(symbl: FakeSymbl) -> None:
    with make_client(symbl, TokenAuth(APP_ID, APP_SECRET)) as client:
        start(client)
        start(client)
    assert len(symbl.connect_requests) == 2
    for seen in symbl.connect_requests:
        assert APP_SECRET.encode() not in seen.raw
        assert seen.headers[API_KEY_HEADER.lower()] == "tok-1"


def test_expiry_renews_exactly_once() -> None:
    clock = FakeClock()
    with serving(FakeSymbl(expires_in=3600)) as fake:
        auth = TokenAuth(APP_ID, APP_SECRET, clock=clock, refresh_margin=60)
        with make_client(fake, auth) as client:
            start(client)  # token obtained at 1000, renewed from 1000 + 3600 - 60
            clock.now = 1000 + 3540 - 0.001
            start(client)
            assert len(fake.token_requests) == 1
            clock.now = 1000 + 3540
            start(client)
            start(client)
            clock.now += 10
            start(client)
    assert len(fake.token_requests) == 2
    assert fake.keys_sent() == ["tok-1", "tok-1", "tok-2", "tok-2", "tok-2"]
    assert all(seen.status == 201 for seen in fake.connect_requests)


def test_short_lived_token_is_kept_for_half_its_life() -> None:
    # A margin longer than the token's life must not turn into one exchange per request.
    clock = FakeClock()
    auth = TokenAuth(APP_ID, APP_SECRET, clock=clock, refresh_margin=300)
    with serving(FakeSymbl(expires_in=10)) as fake, make_client(fake, auth) as client:
        start(client)
        clock.now += 4.9
        start(client)
        assert len(fake.token_requests) == 1
        clock.now += 0.1
        start(client)
    assert fake.keys_sent() == ["tok-1", "tok-1", "tok-2"]


def test_revoked_token_is_renewed_once_and_the_request_retried(symbl: FakeSymbl) -> None:
    with make_client(symbl, TokenAuth(APP_ID, APP_SECRET)) as client:
        assert_started(start(client))
        assert_started(start(client))
        symbl.revoke()
        assert_started(start(client))
        assert_started(start(client))
    assert len(symbl.token_requests) == 2
    assert [seen.status for seen in symbl.connect_requests] == [201, 201, 401, 201, 201]
    assert symbl.keys_sent() == ["tok-1", "tok-1", "tok-1", "tok-2", "tok-2"]
    rejected, retried = symbl.connect_requests[2:4]
    assert rejected.body == retried.body
    assert json.loads(retried.body) == START.to_dict()


def test_a_second_401_is_returned_not_retried_again() -> None:
    with (
        serving(FakeSymbl(reject_all=True)) as fake,
        make_client(fake, TokenAuth(APP_ID, APP_SECRET)) as client,
    ):
        response = start(client)
    assert response.status_code == 401
    assert len(fake.token_requests) == 2
    assert fake.keys_sent() == ["tok-1", "tok-2"]


def test_bad_credentials_raise_a_typed_error(symbl: FakeSymbl) -> None:
    with (
        make_client(symbl, TokenAuth(APP_ID, "not-the-secret")) as client,
        pytest.raises(TokenExchangeError) as info,
    ):
        start(client)
    assert info.value.status_code == 401
    assert info.value.message == "Unauthorized. Please check the appId and appSecret."
    assert info.value.error is not None
    assert info.value.error.message == info.value.message
    assert symbl.connect_requests == []


@pytest.mark.parametrize(
    ("reply", "status", "says"),
    [
        ((200, b"<html>token service</html>"), 200, "not a token response"),
        ((200, b"[]"), 200, "not a token response"),
        ((200, b'{"accessToken": "tok"}'), 200, "not a token response"),
        ((200, b'{"accessToken": 7, "expiresIn": 60}'), 200, "accessToken"),
        ((200, b'{"accessToken": "tok", "expiresIn": "60"}'), 200, "expiresIn"),
        ((200, b'{"accessToken": "tok", "expiresIn": -1}'), 200, "expiresIn"),
        ((500, b"<html>oops</html>"), 500, "<html>oops</html>"),
        ((500, b""), 500, "empty body"),
        (
            (400, b'{"message": "Bad Request! Please refer docs for correct input fields."}'),
            400,
            "Bad Request!",
        ),
    ],
)
def test_unusable_token_responses_raise_a_typed_error(
    reply: tuple[int, bytes], status: int, says: str
) -> None:
    with (
        serving(FakeSymbl(token_reply=reply)) as fake,
        make_client(fake, TokenAuth(APP_ID, APP_SECRET)) as client,
        pytest.raises(TokenExchangeError) as info,
    ):
        start(client)
    assert info.value.status_code == status
    assert says in str(info.value)
    assert APP_SECRET not in str(info.value)


def test_threads_share_one_exchange() -> None:
    with (
        serving(FakeSymbl(token_delay=0.15)) as fake,
        make_client(fake, TokenAuth(APP_ID, APP_SECRET)) as client,
    ):
        barrier = threading.Barrier(8)

        def worker() -> int:
            barrier.wait()
            return start(client).status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(lambda _: worker(), range(8)))
    assert statuses == [201] * 8
    assert len(fake.token_requests) == 1
    assert set(fake.keys_sent()) == {"tok-1"}


def test_asyncio_tasks_share_one_exchange() -> None:
    async def run(fake: FakeSymbl) -> list[Response[Any]]:
        async with make_client(fake, TokenAuth(APP_ID, APP_SECRET)) as client:
            return await asyncio.gather(*(astart(client) for _ in range(8)))

    with serving(FakeSymbl(token_delay=0.15)) as fake:
        responses = asyncio.run(run(fake))
    for response in responses:
        assert_started(response)
    assert len(fake.token_requests) == 1


def test_concurrent_401s_renew_once(symbl: FakeSymbl) -> None:
    async def run() -> list[Response[Any]]:
        async with make_client(symbl, TokenAuth(APP_ID, APP_SECRET)) as client:
            assert_started(await astart(client))
            symbl.revoke()
            symbl.token_delay = 0.05
            return await asyncio.gather(*(astart(client) for _ in range(8)))

    for response in asyncio.run(run()):
        assert_started(response)
    assert len(symbl.token_requests) == 2
    assert symbl.keys_sent().count("tok-2") == 8


def test_sync_and_async_clients_share_the_cached_token(symbl: FakeSymbl) -> None:
    auth = TokenAuth(APP_ID, APP_SECRET)

    async def run() -> Response[Any]:
        async with make_client(symbl, auth) as client:
            return await astart(client)

    with make_client(symbl, auth) as client:
        assert_started(start(client))
    assert_started(asyncio.run(run()))
    assert_started(asyncio.run(run()))  # a second event loop: the per-loop lock must not get in the way
    assert len(symbl.token_requests) == 1


def test_explicit_token_url_is_used_instead_of_the_api_host() -> None:
    with serving(FakeSymbl()) as auth_host, serving(FakeSymbl(issuer=auth_host)) as api:
        auth = TokenAuth(APP_ID, APP_SECRET, token_url=f"{auth_host.url}/oauth2/token:generate")
        with make_client(api, auth) as client:
            assert_started(start(client))
    assert len(auth_host.token_requests) == 1
    assert api.token_requests == []


def test_token_request_keeps_the_client_timeout_and_a_failed_exchange_frees_the_lock() -> None:
    # A hand-built request has no timeout of its own; without the client's, this would wait 0.5 s and pass.
    auth = TokenAuth(APP_ID, APP_SECRET, failure_backoff=0)  # the second call may exchange at once
    with (
        serving(FakeSymbl(token_delay=0.5)) as fake,
        make_client(fake, auth, timeout=httpx.Timeout(0.05)) as client,
    ):
        with pytest.raises(httpx.TimeoutException):
            start(client)
        fake.token_delay = 0
        # In a worker, so a lock left held by the failed exchange fails the test instead of hanging it.
        with ThreadPoolExecutor(max_workers=1) as pool:
            assert_started(pool.submit(start, client).result(timeout=5))


def test_async_token_request_keeps_the_client_timeout_and_frees_the_lock() -> None:
    async def run(fake: FakeSymbl) -> Response[Any]:
        auth = TokenAuth(APP_ID, APP_SECRET, failure_backoff=0)  # the second call may exchange at once
        async with make_client(fake, auth, timeout=httpx.Timeout(0.05)) as client:
            with pytest.raises(httpx.TimeoutException):
                await astart(client)
            fake.token_delay = 0
            return await asyncio.wait_for(astart(client), timeout=5)

    with serving(FakeSymbl(token_delay=0.5)) as fake:
        assert_started(asyncio.run(run(fake)))


def test_generate_token_through_the_same_client_is_not_authenticated(symbl: FakeSymbl) -> None:
    body = GenerateTokenRequest(type_=TokenType.APPLICATION, app_id=APP_ID, app_secret=APP_SECRET)
    with make_client(symbl, TokenAuth(APP_ID, APP_SECRET)) as client:
        response = generate_token.sync_detailed(client=client, body=body)
    assert isinstance(response.parsed, GenerateTokenResponse)
    (token_request,) = symbl.token_requests
    assert API_KEY_HEADER.lower() not in token_request.headers


def test_repr_hides_the_secret() -> None:
    text = repr(TokenAuth(APP_ID, APP_SECRET))
    assert APP_ID in text
    assert APP_SECRET not in text


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"app_id": ""}, "app_id"),
        ({"app_secret": ""}, "app_secret"),
        ({"refresh_margin": -1}, "refresh_margin"),
        ({"token_url": "/oauth2/token:generate"}, "token_url"),
    ],
)
def test_bad_arguments_are_refused(kwargs: dict[str, Any], says: str) -> None:
    arguments: dict[str, Any] = {"app_id": APP_ID, "app_secret": APP_SECRET, **kwargs}
    with pytest.raises(ValueError, match=says):
        TokenAuth(**arguments)
