"""`voicespec record` against a fake upstream on loopback: the generated client talks to the proxy with
real-looking credentials, the upstream receives them unchanged, the client gets the real answers, and the
cassette written holds none of the secrets yet still replays."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.replay_support import SYMBL, needs_symbl, symbl_start
from tests.test_no_secrets import secret_findings
from voicespec.cassettes.model import Cassette
from voicespec.replay.recorder import create_app
from voicespec.replay.server import ServerThread
from voicespec.replay.transport import ReplayTransport

APP_ID = "6d4e5a6f3c2b1a0987654321fedcba98"
APP_SECRET = "s3cr3t-app-secret-planted-for-the-test"
ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.cGxhbnRlZC1zaWduYXR1cmU"
BASIC_CREDENTIALS = base64.b64encode(b"planted-user:planted-password").decode()
TIMESTAMP = "2024-05-01T10:00:00Z"
SESSION_COOKIE = "planted-session-cookie"
PLANTED = (APP_ID, APP_SECRET, ACCESS_TOKEN, BASIC_CREDENTIALS, SESSION_COOKIE, "planted-password", TIMESTAMP)


class FakeSymbl:
    """An upstream that insists on the real credentials, so the test proves they were forwarded."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    async def token(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.seen.append(body)
        if (body.get("appId"), body.get("appSecret")) != (APP_ID, APP_SECRET):
            return JSONResponse({"message": "Unauthorized. Please check the appId and appSecret."}, 401)
        response = JSONResponse({"accessToken": ACCESS_TOKEN, "expiresIn": 86400})
        response.set_cookie("session", SESSION_COOKIE)
        return response

    async def connect(self, request: Request) -> JSONResponse:
        self.seen.append(dict(request.headers))
        if request.headers.get("x-api-key") != ACCESS_TOKEN:
            return JSONResponse({"message": "Unauthorized. Please generate a new access token."}, 401)
        await request.json()
        return JSONResponse(
            {"connectionId": "c-1", "conversationId": "42", "eventUrl": "https://api.symbl.ai/v1/event/c-1"},
            201,
        )

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/oauth2/token:generate", self.token, methods=["POST"]),
                Route("/v1/endpoint:connect", self.connect, methods=["POST"]),
            ]
        )


def _calls(base_url: str, httpx_args: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """generateToken, then connectEndpoint with the token: what a Symbl user does first."""
    from symbl_telephony import AuthenticatedClient, Client  # noqa: PLC0415
    from symbl_telephony.api.authentication import generate_token  # noqa: PLC0415
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415
    from symbl_telephony.models import GenerateTokenRequest, TokenType  # noqa: PLC0415

    args = httpx_args or {}
    with Client(base_url=base_url, httpx_args=args) as client:
        body = GenerateTokenRequest(type_=TokenType.APPLICATION, app_id=APP_ID, app_secret=APP_SECRET)
        token = generate_token.sync(client=client, body=body)
    extra = {"Authorization": f"Basic {BASIC_CREDENTIALS}", "x-timestamp": TIMESTAMP}
    start = symbl_start()
    start.additional_properties["password"] = "planted-password"  # a secret in a body field too
    authed = AuthenticatedClient(
        base_url=base_url,
        token=getattr(token, "access_token", ""),
        auth_header_name="X-API-KEY",
        prefix="",
        headers=extra,
        httpx_args=args,
    )
    with authed:
        started = connect_endpoint.sync_detailed(client=authed, body=start)
    return token, started


@needs_symbl
def test_recorded_cassette_is_redacted_and_replays(tmp_path: Path) -> None:
    cassette_path = tmp_path / "recorded.yaml"
    upstream = FakeSymbl()
    with (
        ServerThread(upstream.app()) as upstream_url,
        ServerThread(create_app(SYMBL, upstream_url, cassette_path)) as proxy_url,
    ):
        token, started = _calls(proxy_url)
    # The proxy is transparent: real credentials reach the upstream, real answers reach the client.
    assert upstream.seen[0] == {"type": "application", "appId": APP_ID, "appSecret": APP_SECRET}
    assert upstream.seen[1]["authorization"] == f"Basic {BASIC_CREDENTIALS}"
    assert token.access_token == ACCESS_TOKEN
    assert started.status_code == 201

    text = cassette_path.read_text()
    assert [secret for secret in PLANTED if secret in text] == []
    assert secret_findings(text) == []
    cassette = Cassette.load(cassette_path)
    assert [interaction.source["source"] for interaction in cassette.interactions] == ["recorded", "recorded"]
    assert cassette.metadata["voicespec"]["origin"] == "recorded"
    assert cassette.interactions[0].request.uri == "https://api.symbl.ai/oauth2/token:generate"
    assert cassette.interactions[1].request.header("x-api-key") == "REDACTED"
    assert cassette.interactions[1].request.header("authorization") == "Basic REDACTED"

    # Redacted fields match any value on replay, so the same calls replay offline.
    transport = ReplayTransport(cassette_path)
    replayed_token, replayed = _calls("https://api.symbl.ai", {"transport": transport})
    assert replayed_token.access_token == "REDACTED"
    assert replayed.status_code == 201
    assert replayed.parsed.connection_id == "c-1"
    assert transport.unplayed() == []


@needs_symbl
def test_recording_appends_to_an_existing_cassette(tmp_path: Path) -> None:
    cassette_path = tmp_path / "recorded.yaml"
    upstream = FakeSymbl()
    with ServerThread(upstream.app()) as upstream_url:
        for _ in range(2):
            with ServerThread(create_app(SYMBL, upstream_url, cassette_path)) as proxy_url:
                _calls(proxy_url)
    assert len(Cassette.load(cassette_path).interactions) == 4


def test_an_unreachable_upstream_is_a_502_and_records_nothing(tmp_path: Path) -> None:
    cassette_path = tmp_path / "recorded.yaml"
    with ServerThread(create_app(SYMBL, "http://127.0.0.1:9", cassette_path)) as proxy_url:
        answer = httpx.post(f"{proxy_url}/oauth2/token:generate", json={})
    assert answer.status_code == 502
    assert "upstream failed" in answer.json()["message"]
    assert not cassette_path.exists()


def test_the_proxy_forwards_the_raw_path(tmp_path: Path) -> None:
    """`a%2Fb` is one path segment: the upstream must get it encoded, not as two segments `a/b`."""
    seen: list[bytes] = []

    async def upstream(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        seen.append(scope["raw_path"] + b"?" + scope["query_string"])
        await JSONResponse({"message": "not found"}, 404)(scope, receive, send)

    cassette_path = tmp_path / "recorded.yaml"
    with (
        ServerThread(upstream) as upstream_url,
        ServerThread(create_app(SYMBL, upstream_url, cassette_path)) as proxy_url,
    ):
        answer = httpx.get(f"{proxy_url}/v1/conversations/a%2Fb%20c?q=x%26y")
    assert answer.status_code == 404
    assert seen == [b"/v1/conversations/a%2Fb%20c?q=x%26y"]
    (interaction,) = Cassette.load(cassette_path).interactions
    assert interaction.request.uri.endswith("/v1/conversations/a%2Fb%20c?q=x%26y")
