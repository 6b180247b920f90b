"""The credential gate in front of the replay server during a fuzz run."""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.responses import Response as StarletteResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from voicespec.checks.fuzz.expectations import expectations
from voicespec.providers import Provider
from voicespec.replay.server import SOURCE_HEADER, create_app
from voicespec.spec.credentials import needs_credentials
from voicespec.spec.document import SpecDocument
from voicespec.spec.request_validation import find_operation
from voicespec.spec.responses import error_response


class CredentialGate:
    """ASGI wrapper that gives the replay server the one credential a run may use.

    The replay server cannot verify a credential (cassettes hold none), only that one is present. So
    that `ignored_auth`'s probe with wrong credentials means something, a request that carries a
    credential header other than the run's is answered with the provider's own 401 here; a request with
    none goes through, so the server's own missing-credentials handling is what gets checked."""

    def __init__(self, app: ASGIApp, provider: Provider, credentials: Mapping[str, str]) -> None:
        self.app = app
        self.doc = SpecDocument.load(provider.spec_path)
        self.credentials = {name.lower().encode(): value.encode() for name, value in credentials.items()}
        self._answers: dict[str, tuple[str | None, bytes]] = {}  # per operation: building one is slow

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            wrong = [name for name, value in self.credentials.items() if headers.get(name, value) != value]
            matched = find_operation(self.doc, scope["method"], scope["path"]) if wrong else None
            if matched is not None and needs_credentials(self.doc, matched.operation):
                if matched.pointer not in self._answers:
                    answer = error_response(self.doc, matched, 401, "invalid credentials")
                    self._answers[matched.pointer] = (answer.media_type, json.dumps(answer.body).encode())
                media_type, body = self._answers[matched.pointer]
                response = StarletteResponse(body, status_code=401, media_type=media_type)
                response.headers[SOURCE_HEADER] = "rejected"
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def replay_app(provider: Provider) -> ASGIApp:
    """The replay server for a fuzz run: `create_app` behind the run's `CredentialGate`."""
    return CredentialGate(create_app(provider), provider, expectations(provider).credentials)
