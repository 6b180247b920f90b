"""`sinch_voice.auth`: Sinch application-signed requests, and Basic authentication as the alternative.

The signature is checked against the worked example in Sinch's documentation and against an independent
computation (hashlib/hmac only); then every operation of the generated client is sent, signed, to a
loopback server that checks each request with `callbacks.verify` before the replay server answers it.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from sinch_voice import Client, auth
from sinch_voice.auth import ApplicationAuth, InvalidSecretError, format_timestamp
from sinch_voice.callbacks import InvalidSignature, verify
from sinch_voice.hosts import sinch_client
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tests.conftest import PROVIDERS
from tests.replay_support import all_calls
from tests.test_retry import defined_public_names
from voicespec.client.example_calls import OperationCall
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread, create_app

SINCH = get_provider("sinch-voice")
pytestmark = pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")

# The worked example of https://developers.sinch.com/docs/voice/api-reference/authentication/signed-request
# (its key, secret, request and published signature; the signed path is the one the signature fits).
DOC_KEY = "5F5C418A0F914BBC8234A9BF5EDDAD97"
DOC_SECRET = "JViE5vDor0Sw3WllZka15Q=="
DOC_BODY = b'{"message":"Hello world"}'
DOC_TIMESTAMP = "2014-06-04T13:41:58Z"
DOC_CONTENT_MD5 = "jANzQ+rgAHyf1MWQFSwvYw=="
DOC_SIGNATURE = "qDXMwzfaxCRS849c/2R0hg0nphgdHciTo7OdM6MsdnM="
DOC_TIME = datetime(2014, 6, 4, 13, 41, 58, tzinfo=UTC)

KEY = "669E367E-6BBA-48AB-AF15-266871C28135"
SECRET = base64.b64encode(b"a 16-byte secret").decode()


def fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def signed(request: httpx.Request, signer: httpx.Auth) -> httpx.Request:
    """The request as the auth flow hands it to the transport."""
    return next(signer.sync_auth_flow(request))


def independent_signature(
    secret: str, *, method: str, content_type: str, body: bytes, timestamp: str, path: str
) -> str:
    """Sinch's algorithm written out again with the standard library only, to check the runtime against."""
    md5 = base64.b64encode(hashlib.md5(body).digest()).decode() if body else ""
    text = f"{method}\n{md5}\n{content_type}\nx-timestamp:{timestamp}\n{path}"
    digest = hmac.new(base64.b64decode(secret), text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


# --- the algorithm -------------------------------------------------------------------------------------


def test_the_documented_example_gets_the_documented_signature() -> None:
    request = httpx.Request(
        "POST",
        "https://calling.api.sinch.com/v1/sms/+46700000000",
        content=DOC_BODY,
        headers={"Content-Type": "application/json"},
    )
    sent = signed(request, ApplicationAuth(DOC_KEY, DOC_SECRET, clock=fixed(DOC_TIME)))
    assert auth.content_md5(DOC_BODY) == DOC_CONTENT_MD5
    assert sent.headers["x-timestamp"] == DOC_TIMESTAMP
    assert sent.headers["Authorization"] == f"Application {DOC_KEY}:{DOC_SIGNATURE}"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/v1/sms/+46700000000",  # scheme, host and port are not signed
        "https://calling.api.sinch.com/v1/sms/+46700000000?page=2&x=%2F",  # nor the query
        "https://calling.api.sinch.com/v1/sms/%2B46700000000",  # the path is signed decoded
    ],
)
def test_only_the_decoded_path_of_the_url_is_signed(url: str) -> None:
    request = httpx.Request("POST", url, content=DOC_BODY, headers={"Content-Type": "application/json"})
    sent = signed(request, ApplicationAuth(DOC_KEY, DOC_SECRET, clock=fixed(DOC_TIME)))
    assert sent.headers["Authorization"].endswith(f":{DOC_SIGNATURE}")


@pytest.mark.parametrize(
    ("method", "path", "content_type", "body"),
    [
        ("GET", "/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed", "", b""),
        ("DELETE", "/calling/v1/conferences/id/my conf", "", b""),
        (
            "PATCH",
            "/calling/v1/calls/id/abc",
            "application/json; charset=utf-8",
            b'{"action":{"name":"hangup"}}',
        ),
        ("POST", "/calling/v1/callouts", "text/plain", "Grüße, ☎".encode()),
    ],
)
def test_the_signature_matches_an_independent_computation(
    method: str, path: str, content_type: str, body: bytes
) -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
    headers = {"Content-Type": content_type} if content_type else {}
    request = httpx.Request(method, "https://calling.api.sinch.com" + path, content=body, headers=headers)
    sent = signed(request, ApplicationAuth(KEY, SECRET, clock=fixed(moment)))
    assert sent.headers["x-timestamp"] == "2026-01-02T03:04:05Z"
    assert sent.headers.get("Content-Type", "") == content_type  # signed exactly as sent
    expected = independent_signature(
        SECRET,
        method=method,
        content_type=content_type,
        body=body,
        timestamp="2026-01-02T03:04:05Z",
        path=path,
    )
    assert sent.headers["Authorization"] == f"Application {KEY}:{expected}"


def test_a_request_without_a_body_signs_empty_md5_and_content_type() -> None:
    text = auth.string_to_sign("get", b"", "", DOC_TIMESTAMP, "/calling/v1/calls/id/1")
    assert text == f"GET\n\n\nx-timestamp:{DOC_TIMESTAMP}\n/calling/v1/calls/id/1"


def test_each_request_is_signed_at_its_own_time() -> None:
    ticks = iter([DOC_TIME, DOC_TIME + timedelta(seconds=1)])
    signer = ApplicationAuth(KEY, SECRET, clock=lambda: next(ticks))
    first, second = (signed(httpx.Request("GET", "https://h/calling/v1/calls/id/1"), signer) for _ in "12")
    assert first.headers["x-timestamp"] != second.headers["x-timestamp"]
    assert first.headers["Authorization"] != second.headers["Authorization"]


def test_the_timestamp_is_utc_iso_8601() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert format_timestamp(datetime(2014, 6, 4, 15, 41, 58, 999999, tzinfo=plus_two)) == DOC_TIMESTAMP
    with pytest.raises(ValueError, match="aware datetime"):
        format_timestamp(datetime(2014, 6, 4, 13, 41, 58))


@pytest.mark.parametrize(
    "secret",
    ["", "not base64!", "JViE5vDor0Sw3WllZka15Q=", "JViE5vDor0Sw3WllZka15Q==\n"],
    ids=["empty", "bad-characters", "bad-padding", "trailing-newline"],
)
def test_a_secret_that_is_not_base64_is_refused_at_construction(secret: str) -> None:
    with pytest.raises(InvalidSecretError, match="application secret"):
        ApplicationAuth(KEY, secret)
    assert issubclass(InvalidSecretError, ValueError)


@pytest.mark.parametrize("key", ["", "a:b", "a b"])
def test_a_key_that_cannot_be_sent_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match="application key"):
        ApplicationAuth(key, SECRET)


def test_the_secret_stays_out_of_repr() -> None:
    assert SECRET not in repr(ApplicationAuth(KEY, SECRET))
    assert KEY in repr(ApplicationAuth(KEY, SECRET))


def test_every_public_name_is_exported() -> None:
    assert defined_public_names(auth) <= set(auth.__all__)


# --- over real HTTP: a server that verifies every request ----------------------------------------------


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    more = True
    while more:
        message = await receive()
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    return b"".join(chunks)


@dataclass
class VerifyingApp:
    """ASGI middleware: `callbacks.verify` on every request; a 401 naming the failed check, or the inner app.

    `verdicts` records (method, path, "ok" or the reason) per request, in arrival order."""

    inner: ASGIApp
    options: dict[str, Any] = field(default_factory=dict)
    verdicts: list[tuple[str, str, str]] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        body = await _read_body(receive)
        request = Request(scope)
        try:
            verify(
                request.method,
                request.url.path,
                request.headers,
                body,
                key=KEY,
                secret=SECRET,
                **self.options,
            )
        except InvalidSignature as exc:
            self.verdicts.append((request.method, request.url.path, str(exc.reason)))
            reply = JSONResponse({"errorCode": 40102, "message": str(exc)}, status_code=401)
            await reply(scope, receive, send)
            return
        self.verdicts.append((request.method, request.url.path, "ok"))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.inner(scope, replay, send)


async def _echo_endpoint(request: Request) -> JSONResponse:
    """What the server received, as JSON: for checks on paths and streamed bodies."""
    body = await request.body()
    return JSONResponse(
        {"path": request.url.path, "body": body.decode(), "ctype": request.headers.get("content-type")}
    )


_echo = Starlette(routes=[Route("/{path:path}", _echo_endpoint, methods=["POST"])])


@pytest.fixture
def replay_server() -> Iterator[tuple[str, VerifyingApp]]:
    """The replay server behind `verify` (a fresh one per test: it keeps state between requests)."""
    app = VerifyingApp(create_app(SINCH))
    with ServerThread(app) as url:
        yield url, app


def _client(url: str, signer: httpx.Auth) -> Client:
    return sinch_client(calling_base_url=url, management_base_url=url, auth=signer)


def one_per_method() -> tuple[OperationCall, ...]:
    """A call of each HTTP method (with and without a body), for the tests that need not run them all."""
    chosen: dict[str, OperationCall] = {}
    for call in all_calls(SINCH):
        chosen.setdefault(call.matched.method.upper(), call)
    return tuple(chosen.values())


def _run_sync(client: Client, calls: tuple[OperationCall, ...]) -> list[int]:
    with client:
        return [
            call.binding.module().sync_detailed(client=client, **call.kwargs).status_code for call in calls
        ]


async def _run_async(client: Client, calls: tuple[OperationCall, ...]) -> list[int]:
    async with client:
        return [
            (await call.binding.module().asyncio_detailed(client=client, **call.kwargs)).status_code
            for call in calls
        ]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_operation_is_signed_so_that_verify_accepts_it(
    replay_server: tuple[str, VerifyingApp], mode: str
) -> None:
    url, app = replay_server
    client, calls = _client(url, ApplicationAuth(KEY, SECRET)), all_calls(SINCH)
    statuses = _run_sync(client, calls) if mode == "sync" else asyncio.run(_run_async(client, calls))
    assert all(200 <= status < 300 for status in statuses), statuses
    assert len(app.verdicts) == len(all_calls(SINCH))
    assert {verdict for _, _, verdict in app.verdicts} == {"ok"}
    methods = {method for method, _, _ in app.verdicts}
    assert {"GET", "POST", "PATCH", "DELETE"} <= methods  # bodies and no bodies, both hosts' paths
    assert any(path.startswith("/v1/") for _, path, _ in app.verdicts)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_basic_authentication_is_the_documented_alternative(
    replay_server: tuple[str, VerifyingApp], mode: str
) -> None:
    url, app = replay_server
    client, calls = _client(url, httpx.BasicAuth(KEY, SECRET)), one_per_method()
    statuses = _run_sync(client, calls) if mode == "sync" else asyncio.run(_run_async(client, calls))
    assert all(200 <= status < 300 for status in statuses), statuses
    assert len(app.verdicts) == len(calls) >= 4
    assert {verdict for _, _, verdict in app.verdicts} == {"ok"}


def test_a_server_that_refuses_basic_rejects_it(replay_server: tuple[str, VerifyingApp]) -> None:
    url, app = replay_server
    app.options["allow_basic"] = False
    with _client(url, httpx.BasicAuth(KEY, SECRET)) as client:
        call = all_calls(SINCH)[0]
        assert call.binding.module().sync_detailed(client=client, **call.kwargs).status_code == 401
    assert app.verdicts[0][2] == "unsupported-scheme"


@pytest.mark.parametrize(
    ("signer", "reason"),
    [
        (ApplicationAuth(KEY, base64.b64encode(b"another secret!!").decode()), "signature-mismatch"),
        (ApplicationAuth("another-key", SECRET), "wrong-key"),
        (
            ApplicationAuth(KEY, SECRET, clock=lambda: datetime.now(UTC) - timedelta(minutes=6)),
            "expired-timestamp",
        ),
    ],
    ids=["wrong-secret", "wrong-key", "clock-behind"],
)
def test_a_badly_signed_client_is_refused(
    replay_server: tuple[str, VerifyingApp], signer: ApplicationAuth, reason: str
) -> None:
    url, app = replay_server
    with _client(url, signer) as client:
        for call in all_calls(SINCH)[:3]:
            assert call.binding.module().sync_detailed(client=client, **call.kwargs).status_code == 401
    assert {verdict for _, _, verdict in app.verdicts} == {reason}


def test_streamed_bodies_and_encoded_paths_are_signed_as_received() -> None:
    app = VerifyingApp(_echo)
    headers = {"Content-Type": "application/json; charset=utf-8"}
    parts = [b'{"message":', b'"Hello world"}']

    async def agen() -> AsyncIterator[bytes]:
        for part in parts:
            yield part

    async def send_async(url: str) -> httpx.Response:
        async with httpx.AsyncClient(auth=ApplicationAuth(KEY, SECRET)) as client:
            return await client.post(url, content=agen(), headers=headers)

    with ServerThread(app) as base:
        url = base + "/v1/sms/%2B46700000000?x=1"
        with httpx.Client(auth=ApplicationAuth(KEY, SECRET)) as client:
            sync_reply = client.post(url, content=iter(parts), headers=headers)
        async_reply = asyncio.run(send_async(url))
    for reply in (sync_reply, async_reply):
        assert reply.status_code == 200, reply.text
        assert reply.json() == {
            "path": "/v1/sms/+46700000000",
            "body": DOC_BODY.decode(),
            "ctype": headers["Content-Type"],
        }
    assert [verdict for _, _, verdict in app.verdicts] == ["ok", "ok"]
