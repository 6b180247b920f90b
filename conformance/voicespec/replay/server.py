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

Speed (see the README's comparison with Prism): path templates are compiled once (`routes.py`), each
answer is built once per recorded interaction and sent as ASGI messages (`answer.py`), and the verdict on
a request is kept for byte-identical requests (`verdicts.py`).

`Responder` is the logic as a plain `httpx.Request -> httpx.Response` function (usable with
`httpx.MockTransport`); `create_app` wraps it in a Starlette app; `ServerThread` runs any ASGI app on
loopback in a background thread (tests, in-process tools).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from voicespec.cassettes.model import Cassette, cassette_files, load_cassettes
from voicespec.providers import Provider
from voicespec.replay.answer import NOT_FORWARDED, Answer
from voicespec.replay.head_timeout import with_head_timeout
from voicespec.replay.limits import (
    DEFAULT_HEAD_TIMEOUT,
    LimitExceeded,
    Limits,
    nesting_depth,
    preferences,
    read_body,
)
from voicespec.replay.routes import OperationRoutes
from voicespec.replay.transport import NoMatchingInteraction, Replayer, Slot
from voicespec.replay.verdicts import VerdictMemo
from voicespec.spec.credentials import missing_credentials
from voicespec.spec.document import SpecDocument, pointer
from voicespec.spec.request_validation import MatchedOperation, request_path, request_problems
from voicespec.spec.responses import (
    SpecResponse,
    documented_responses,
    error_response,
    placeholder_body,
    success_response,
)

SOURCE_HEADER = "X-Voicespec-Source"
DETAIL_HEADER = "X-Voicespec-Detail"  # the interaction or spec example the answer came from
_STARTUP_SECONDS = 10.0
_INLINE_BODY = 16 * 1024  # bytes: larger bodies are validated in a worker thread


# A request's verdict: the rejection it gets, or the operation it is for and its `Prefer` preferences.
_Verdict = Answer | tuple[MatchedOperation, dict[str, str]]


@dataclass
class _Remembered:
    """What the server keeps about a request it may see again byte for byte."""

    verdict: _Verdict
    # Without `Prefer`: which recorded interactions it matches (a pure function of the request; which of
    # them answers is decided at each request).
    matching: list[int] | None = None


class Responder:
    """Answers one request the way the replay server does."""

    def __init__(
        self, provider: Provider, cassettes: Sequence[Cassette] | None = None, limits: Limits | None = None
    ) -> None:
        self.provider = provider
        self.limits = limits or Limits()
        self.doc = SpecDocument.load(provider.spec_path)
        self.routes = OperationRoutes(self.doc)
        if cassettes is None:
            cassettes = load_cassettes(cassette_files(provider.cassettes_dir))
        # A server outlives any one client's flow: once played out, an interaction keeps answering.
        self.replayer = Replayer(cassettes, allow_repeats=True)
        # Answers that depend only on what was recorded or documented, made once: a replayed interaction
        # (by the identity of its slot, which lives as long as the replayer) and an operation's
        # synthesised success (by its pointer).
        self._replayed_answers: dict[int, Answer] = {}
        self._synthesised_answers: dict[str, Answer | None] = {}
        self._verdicts: VerdictMemo[_Remembered] = VerdictMemo()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request).to_httpx(request)

    def answer(self, request: httpx.Request, key: Hashable | None = None) -> Answer:
        """The answer to `request`; `key` (from `memo_key`) lets an identical request reuse the verdict
        on it (see `remembered`)."""
        request.read()
        entry = self._verdicts.get(key)
        if entry is None:
            entry = _Remembered(self._verdict(request))
            self._verdicts.remember(key, entry)
        if isinstance(entry.verdict, Answer):
            return entry.verdict
        matched, prefer = entry.verdict
        if prefer:
            return self._preferred(request, matched, prefer)
        entry.matching = self.replayer.matching(request, _success)
        return self._played(matched, entry.matching)

    def remembered(self, key: Hashable | None) -> Answer | None:
        """The answer to a request seen before with exactly this key, without reading it again: its
        verdict, and the interactions it matches, still played in turn. None when it has to be read."""
        entry = self._verdicts.get(key)
        if entry is None:
            return None
        if isinstance(entry.verdict, Answer):
            return entry.verdict
        matched, _ = entry.verdict
        return None if entry.matching is None else self._played(matched, entry.matching)

    def _played(self, matched: MatchedOperation, matching: list[int]) -> Answer:
        """The next of the matching recorded interactions, else the spec's success."""
        slot = self.replayer.take(matching)
        return self._synthesised(matched) if slot is None else self._replay(slot)

    def _verdict(self, request: httpx.Request) -> _Verdict:
        """The rejection a request gets, or the operation it is for and the answer it prefers."""
        path = request_path(request)
        matched = self.routes.find(request.method, path)
        if matched is None:
            allowed = self.routes.allowed(path)
            text = f"{request.method} {path} is not an operation of the {self.provider.title}"
            rejected = self._rejected(None, 405 if allowed else 404, text)
            return rejected.with_headers({"Allow": ", ".join(allowed)}) if allowed else rejected
        missing = missing_credentials(self.doc, matched, request)
        if missing is not None:
            return self._rejected(matched, 401, missing)
        wrong = self.limits.wrong_credential(request)
        if wrong is not None:
            return self._rejected(matched, 401, wrong)
        problems = request_problems(self.doc, request)
        if problems:
            text = "; ".join(f"{problem.message} ({problem.location})" for problem in problems)
            return self._rejected(matched, 400, text)
        return matched, preferences(request.headers.get("prefer", ""))

    def _preferred(self, request: httpx.Request, matched: MatchedOperation, prefer: dict[str, str]) -> Answer:
        """Prism's `Prefer: code=...` / `example=...`: a recorded answer with that status, else the
        spec's documented response (by status, or the example of that name)."""
        operation_id = matched.operation.get("operationId")
        code = prefer.get("code")
        if code is not None and not (code.isdigit() and 100 <= int(code) <= 599):
            return self._rejected(matched, 400, f"Prefer: code={code} is not a status code")
        status = int(code) if code is not None else None
        example = prefer.get("example")
        if example is None and status is not None:
            try:
                slot = self.replayer.play(
                    request,
                    lambda slot: slot.interaction.response.status == status,
                    strict=True,
                    explain=False,
                )
            except NoMatchingInteraction:
                pass
            else:
                return self._replay(slot)
        for entry in documented_responses(self.doc, matched):
            if _is_example(entry, example) and (status is None or entry.status == status):
                return _documented(entry, "synthesised")
        asked = " and ".join(f"{key}={value}" for key, value in prefer.items())
        return self._rejected(matched, 400, f"Prefer: {asked}: {operation_id} documents no such answer")

    def _replay(self, slot: Slot) -> Answer:
        answer = self._replayed_answers.get(id(slot))
        if answer is None:
            response = slot.interaction.response
            recorded = tuple((name, value) for name, values in response.headers.items() for value in values)
            detail = f"{Path(slot.cassette.name).name}#/interactions/{slot.index}"
            answer = Answer(response.status, recorded, response.content, response.message)
            answer = self._replayed_answers[id(slot)] = answer.with_headers(
                {SOURCE_HEADER: "replayed", DETAIL_HEADER: detail}
            )
        return answer

    def _synthesised(self, matched: MatchedOperation) -> Answer:
        if matched.pointer not in self._synthesised_answers:
            entry = success_response(self.doc, matched)
            self._synthesised_answers[matched.pointer] = (
                None if entry is None else _documented(entry, "synthesised")
            )
        answer = self._synthesised_answers[matched.pointer]
        if answer is None:
            text = f"the spec documents no 2xx answer for {matched.operation.get('operationId')}"
            return self._rejected(matched, 501, text)
        return answer

    def memo_key(self, scope: Scope, target: bytes, body: bytes) -> Hashable | None:
        return self._verdicts.key(scope, target, body)

    def reject_unreadable(self, text: str, status: int = 400) -> Answer:
        return self._rejected(None, status, text)

    def _rejected(self, matched: MatchedOperation | None, status: int, text: str) -> Answer:
        return _documented(error_response(self.doc, matched, status, text), "rejected")


def _is_example(entry: SpecResponse, name: str | None) -> bool:
    """Whether `entry` is the documented example called `name` (any entry when no name is asked)."""
    if name is None:
        return True
    return entry.example_pointer is not None and entry.example_pointer.endswith(pointer("examples", name))


def _success(slot: Slot) -> bool:
    return 200 <= slot.interaction.response.status < 300


def _documented(answer: SpecResponse, source: str) -> Answer:
    """A documented (or error-shaped) response as an answer, `source` saying where it came from."""
    headers = [(SOURCE_HEADER, source)]
    if answer.example_pointer:
        headers.append((DETAIL_HEADER, answer.example_pointer))
    if answer.media_type is None or answer.body is None:
        return Answer(answer.status, tuple(headers))
    headers.append(("Content-Type", answer.media_type))
    if "json" in answer.media_type:
        content = json.dumps(answer.body).encode()
    else:  # a binary answer documented only by `externalValue` gets a real file, never zero bytes
        content = str(answer.body).encode() or placeholder_body(answer.media_type)
    return Answer(answer.status, tuple(headers), content)


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
