"""The provider's REST API on loopback, for a handler to call while it handles events (EnableX).

It is the replay server (`voicespec serve`): every request is checked against the spec, and answered from
the cassettes or the spec's examples. `ApiServer` records each request with how it was judged, so a REST
call the spec refuses is reported with the event that caused it.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from voicespec.providers import Provider
from voicespec.replay.server import SOURCE_HEADER, ServerThread, create_app
from voicespec.spec.document import SpecDocument
from voicespec.spec.request_validation import find_operation
from voicespec.webhooks.delivery import UsageError

_SETTLE_SECONDS = 0.01  # calls a handler makes just after answering (background tasks) still count


@dataclass(frozen=True)
class ApiCall:
    method: str
    path: str
    body: bytes
    status: int
    source: str  # replayed | synthesised | rejected (the replay server's X-Voicespec-Source)
    answer: bytes
    operation: str | None  # operationId, None when no operation matches

    def json_body(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def describe(self) -> str:
        body = self.body.decode("utf-8", "replace")[:200]
        return f"{self.method} {self.path} {body}".rstrip()

    def refusal(self) -> str:
        """Why the spec refused it (the replay server's error message), or '' when it was accepted."""
        if self.source != "rejected":
            return ""
        return f"{self.status} {self.answer.decode('utf-8', 'replace')[:300]}"


class _Recording:
    """ASGI middleware that keeps every request and the status and source header of its answer."""

    def __init__(self, app: ASGIApp, server: ApiServer) -> None:
        self.app, self.server = app, server

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        answer: dict[str, Any] = {"status": 0, "source": "", "body": b""}

        async def receiving() -> Message:
            message = await receive()
            chunks.append(message.get("body", b""))
            return message

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                headers = {key.decode().lower(): value.decode() for key, value in message.get("headers", [])}
                answer["source"] = headers.get(SOURCE_HEADER.lower(), "")
            elif message["type"] == "http.response.body":
                answer["body"] += message.get("body", b"")
            await send(message)

        await self.app(scope, receiving, sending)
        self.server.add(scope["method"], scope["path"], b"".join(chunks), answer)


class ApiServer:
    """`with ApiServer(provider, port) as base_url:` the replay server on 127.0.0.1:port, recording calls."""

    def __init__(self, provider: Provider, port: int) -> None:
        self.doc = SpecDocument.load(provider.spec_path)
        self.calls: list[ApiCall] = []
        self._lock = threading.Lock()
        self._thread = ServerThread(_Recording(create_app(provider), self), port=port)

    def add(self, method: str, path: str, body: bytes, answer: dict[str, Any]) -> None:
        matched = find_operation(self.doc, method.lower(), path)
        operation = str(matched.operation.get("operationId")) if matched else None
        call = ApiCall(method, path, body, answer["status"], answer["source"], answer["body"], operation)
        with self._lock:
            self.calls.append(call)

    def mark(self) -> int:
        with self._lock:
            return len(self.calls)

    def since(self, mark: int) -> list[ApiCall]:
        time.sleep(_SETTLE_SECONDS)
        with self._lock:
            return self.calls[mark:]

    def __enter__(self) -> str:
        # Checked here, with a socket that is always closed, so a busy port is a usage error, not a leak.
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((self._thread.host, self._thread.port))
            except OSError as exc:
                port = self._thread.port
                raise UsageError(f"--api-port {port}: cannot serve the REST API there ({exc})") from exc
        return self._thread.__enter__()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._thread.__exit__(kind, error, trace)


def rest_problems(calls: list[ApiCall], voice_id: str | None = None) -> list[str]:
    """Each REST call the spec refused, or that names another call than the one whose event it answers."""
    problems = []
    for call in calls:
        refusal = call.refusal()
        if refusal:
            what = call.operation or "no operation of the API"
            problems.append(f"REST call {call.describe()} ({what}) refused by the spec: {refusal}")
        elif voice_id and "/call/" in call.path and voice_id not in call.path:
            problems.append(f"REST call {call.describe()} is for another call than {voice_id}")
    return problems
