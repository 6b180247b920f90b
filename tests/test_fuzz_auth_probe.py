"""`ignored_auth` probes each operation once per run: an API that ignores credentials is still found, and
a run does not resend every 2xx case without and with wrong credentials."""

from __future__ import annotations

from collections import Counter

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from voicespec.checks.fuzz.run import run_fuzz
from voicespec.checks.fuzz.settings import FuzzSettings
from voicespec.providers import get_provider

SYMBL = get_provider("symbl-telephony")
TOKEN = {"accessToken": "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl", "expiresIn": 86400}


class Counting:
    """An ASGI app that answers every token request with a valid token, whoever asks, and counts them."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()

        async def answer(request: Request) -> JSONResponse:
            self.requests["with key" if request.headers.get("x-api-key") else "without key"] += 1
            return JSONResponse(TOKEN)

        self.app = Starlette(routes=[Route("/oauth2/token:generate", answer, methods=["POST"])])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def test_an_api_that_ignores_credentials_is_found_with_one_probe_per_operation() -> None:
    app = Counting()
    settings = FuzzSettings(seed=7, max_examples=5, operations=frozenset({"generateToken"}))
    report = run_fuzz(SYMBL, settings, app=app)
    assert any("auth" in failure.lower() for failure in report.failures), report.failures
    # The cases themselves, plus one probe without credentials and one with wrong ones, not one per case.
    probes = app.requests["without key"]
    assert probes <= 2, app.requests
    assert sum(app.requests.values()) <= report.cases + 2
