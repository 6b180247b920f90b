"""The replay server: a provider's whole API on one port, answered from cassettes and the spec.

Every request is checked against the spec first. A request no operation matches, without the
credentials its operation's `security` asks for, or that the spec does not allow is answered with the
provider's own error shape and status (404/405, 401, 400). A valid request is answered from the
cassettes, or, when nothing was recorded for it, from the operation's first documented 2xx example.
The `X-Voicespec-Source` header says which: `replayed`, `synthesised` or `rejected`.

Like the API, and like Prism: a valid request gets its recorded success every time (several recorded
successes for the same request, a sequence, play in order and then the last repeats); a recorded or
documented error only on demand, with Prism's `Prefer: code=404` or `Prefer: example=<name>`. With
`credentials`, a credential that is present but not the configured value gets the provider's 401.
Limits keep one client from hurting the others: a body over `max_body` bytes is refused with 413 before
it is read, a body that does not arrive within `body_timeout` seconds with 408, JSON nested deeper than
`max_depth` with 400 (in the provider's error shape, never a 500); a large body is checked off the event
loop, so it does not stall other connections.

Speed (see the README's comparison with Prism): path templates are compiled once per spec
(`find_operation`), each answer is built once per recorded interaction and sent as ASGI messages
(`answer.py`), and the verdict on a request is kept for byte-identical requests (`verdicts.py`).

`Responder` (`responder.py`) is the logic as a plain `httpx.Request -> httpx.Response` function (usable
with `httpx.MockTransport`); `create_app` here wraps it in a Starlette app; `ServerThread` runs any ASGI
app on loopback in a background thread (tests, in-process tools).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from voicespec.cassettes.model import Cassette, load_cassettes
from voicespec.providers import Provider
from voicespec.replay.answer import NOT_FORWARDED
from voicespec.replay.head_timeout import with_head_timeout
from voicespec.replay.limits import (
    DEFAULT_HEAD_TIMEOUT,
    LimitExceeded,
    Limits,
    nesting_depth,
    read_body,
)
from voicespec.replay.responder import DETAIL_HEADER, SOURCE_HEADER, Responder

__all__ = [
    "DETAIL_HEADER",
    "SOURCE_HEADER",
    "Responder",
    "ServerThread",
    "create_app",
    "serve",
    "to_starlette",
]

_STARTUP_SECONDS = 10.0
_INLINE_BODY = 16 * 1024  # bytes: larger bodies are validated in a worker thread


class _AnswerEverything:
    """ASGI middleware that answers every HTTP request itself, ahead of Starlette's router: a route
    pattern cannot match every path a fuzzer sends (`{path:path}` stops at an encoded newline)."""

    def __init__(self, app: ASGIApp, responder: Responder) -> None:
        self.app, self.responder = app, responder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        responder = self.responder
        try:
            body = await read_body(scope, receive, responder.limits)
        except LimitExceeded as exc:
            await responder.reject_unreadable(exc.text, exc.status).send(send)
            return
        # The raw path, still percent-encoded: rebuilding the URL from the decoded path would turn an
        # encoded "/" or control character into something else, or into an invalid URL.
        target = (scope.get("raw_path") or scope["path"].encode()) + (
            b"?" + scope["query_string"] if scope.get("query_string") else b""
        )
        key = responder.memo_key(scope, target, body)
        remembered = responder.remembered(key)
        if remembered is not None:  # the same bytes as a request answered before: no need to read them
            await remembered.send(send)
            return
        host, port = scope.get("server") or ("127.0.0.1", None)
        try:
            url = httpx.URL(scheme=scope["scheme"], host=host, port=port, raw_path=target)
            incoming = httpx.Request(scope["method"], url, headers=scope["headers"], content=body)
        except httpx.InvalidURL as exc:
            answer = responder.reject_unreadable(f"unreadable request target: {exc}")
        else:
            if nesting_depth(body, responder.limits.max_depth) > responder.limits.max_depth:
                answer = responder.reject_unreadable(
                    f"the body nests deeper than {responder.limits.max_depth} levels"
                )
            elif len(body) > _INLINE_BODY:
                # Off the event loop: validating a large body must not stall every other connection.
                answer = await run_in_threadpool(responder.answer, incoming)
            else:  # a small one is answered faster than a thread hop takes
                answer = responder.answer(incoming, key)
        await answer.send(send)


def create_app(
    provider: Provider, cassettes: Sequence[Cassette] | None = None, limits: Limits | None = None
) -> Starlette:
    """The replay server as an ASGI app: every path of the provider on one app."""
    responder = Responder(provider, cassettes, limits)
    app = Starlette(middleware=[Middleware(_AnswerEverything, responder=responder)])
    app.state.responder = responder
    return app


def to_starlette(answer: httpx.Response) -> Response:
    response = Response(answer.content, status_code=answer.status_code)
    for name, value in answer.headers.multi_items():
        if name.lower() not in NOT_FORWARDED:
            response.headers.append(name, value)
    return response


class ServerThread:
    """Run an ASGI app with uvicorn on a loopback socket in a daemon thread; `with` yields its base URL.

    The socket is bound before the thread starts (port 0 picks a free port, without a race), and uvicorn
    installs no signal handlers off the main thread, so Ctrl+C still reaches the test runner."""

    def __init__(
        self,
        app: ASGIApp,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        keep_alive_seconds: int = 5,
        log_level: str = "warning",
        head_timeout: float = DEFAULT_HEAD_TIMEOUT,
    ) -> None:
        self.app, self.host, self.port = app, host, port
        self.head_timeout = head_timeout
        self.keep_alive_seconds, self.log_level = keep_alive_seconds, log_level
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None

    def __enter__(self) -> str:
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only then; without it each response waits ~40 ms
        # for the client's delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level=self.log_level,
            lifespan="on",
            timeout_keep_alive=self.keep_alive_seconds,
            http=with_head_timeout(self.head_timeout),
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + _STARTUP_SECONDS
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError(f"server on {self.host}:{self.port} did not start")
            time.sleep(0.005)
        return f"http://{self.host}:{self.port}"

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.server is not None and self.thread is not None:
            self.server.should_exit = True
            self.thread.join(timeout=_STARTUP_SECONDS)


def serve(
    provider: Provider, host: str, port: int, cassettes: Sequence[Path] = (), limits: Limits | None = None
) -> None:
    """`voicespec serve`: run the replay server in the foreground until interrupted."""
    loaded = load_cassettes(cassettes) if cassettes else None
    app = create_app(provider, loaded, limits)
    responder: Responder = app.state.responder
    print(
        f"voicespec: replaying {provider.title} on http://{host}:{port} "
        f"({len(responder.replayer.slots)} recorded interactions)",
        flush=True,
    )
    # The request head is bounded in size (h11_max_incomplete_event_size, whichever parser) and time (the
    # protocol class); timeout_keep_alive closes idle connections. No access log: a line per request
    # costs more CPU than answering it, and a query string can hold a credential. uvicorn's default loop
    # is uvloop when it is installed.
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        access_log=False,
        timeout_keep_alive=5,
        h11_max_incomplete_event_size=65536,
        http=with_head_timeout((limits or Limits()).head_timeout),
    )
