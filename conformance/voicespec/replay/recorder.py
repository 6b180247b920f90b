"""`voicespec record`: a proxy that forwards every request to an upstream and writes what it saw to a
cassette, credentials removed.

The client talks to the proxy as if it were the provider (same paths, real credentials); the proxy passes
the request on unchanged and hands the real answer back. What is written is redacted first (see
`redact.py`): the cassette never holds a credential, not even for a moment, because redaction happens on
the in-memory interaction before it is appended to the file (`cassettes/append.py`: one locked, single
`write` per exchange, so concurrent recorders lose nothing and a killed one leaves a valid cassette).
The stored URI uses the spec's own server, so a recorded cassette reads like the built ones and replays
against any base URL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import uvicorn
import yaml
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from voicespec.cassettes.append import append_interaction
from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse
from voicespec.cassettes.redact import Redactor, redact_uri
from voicespec.providers import Provider
from voicespec.replay.head_timeout import HeadTimeoutH11Protocol
from voicespec.replay.server import to_starlette
from voicespec.spec.document import SpecDocument
from voicespec.spec.examples import HTTP_METHODS

ORIGIN = "recorded"
# Hop-by-hop headers (RFC 9110 7.6.1) and those httpx recomputes for the forwarded request.
_NOT_FORWARDED = frozenset(
    {"host", "content-length", "connection", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade"}
)
_UPSTREAM_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def default_cassette_path(provider: Provider) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return provider.cassettes_dir / f"recorded-{stamp}.yaml"


class RecordingProxy:
    """Forwards requests to `upstream` and appends each exchange, redacted, to the cassette file."""

    def __init__(self, provider: Provider, upstream: str, cassette_path: Path) -> None:
        self.provider = provider
        self.upstream = upstream.rstrip("/")
        self.path = cassette_path
        spec = SpecDocument.load(provider.spec_path).data
        self.redactor = Redactor.for_spec(spec)
        servers = spec.get("servers") or [{"url": self.upstream}]
        spec_server = urlsplit(str(servers[0]["url"]))
        self.origin = f"{spec_server.scheme}://{spec_server.netloc}"
        if cassette_path.exists() and cassette_path.stat().st_size:
            _ready_to_append(cassette_path)
        self.client: httpx.AsyncClient | None = None

    def _metadata(self) -> dict[str, str]:
        return {
            "provider": self.provider.name,
            "origin": ORIGIN,
            "upstream": redact_uri(self.upstream),
            "note": (
                f"Recorded by `voicespec record` through a proxy to {redact_uri(self.upstream)}; credentials "
                "(authorization and API-key headers, signatures, secret body fields and query "
                "parameters) were redacted before writing."
            ),
        }

    async def forward(self, request: Request) -> Response:
        if self.client is None:
            raise RuntimeError("the proxy's upstream client is opened by the app's lifespan")
        body = await request.body()
        target = _raw_target(request)
        headers = [(name, value) for name, value in request.headers.items() if name not in _NOT_FORWARDED]
        upstream = httpx.URL(self.upstream)
        url = upstream.copy_with(raw_path=upstream.raw_path.rstrip(b"/") + target.encode("ascii"))
        outgoing = self.client.build_request(request.method, url, headers=headers, content=body)
        try:
            answer = await self.client.send(outgoing)
        except httpx.HTTPError as exc:
            return JSONResponse({"message": f"voicespec record: upstream failed: {exc}"}, status_code=502)
        # Whatever happens while writing it down, the client gets the upstream's answer: the upstream may
        # already have acted on the request, and a client retrying on a 500 would act twice.
        try:
            sent = RecordedRequest.from_httpx(
                httpx.Request(
                    request.method, self.origin + _stored_target(target), headers=headers, content=body
                )
            )
            await run_in_threadpool(self._append, sent, RecordedResponse.from_httpx(answer))
        except Exception as exc:
            print(f"voicespec record: could not record a {request.method} exchange: {type(exc).__name__}")
        return to_starlette(answer)

    def _append(self, request: RecordedRequest, response: RecordedResponse) -> None:
        source: dict[str, Any] = {
            "source": ORIGIN,
            "upstream": redact_uri(self.upstream),
            "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        redaction = self.redactor.exchange(request, response)
        if redaction.notes:
            source["redacted"] = redaction.notes
        interaction = Interaction(redaction.request, redaction.response, source)
        comment = f"Recorded by `voicespec record {self.provider.name}`."
        append_interaction(self.path, interaction, self._metadata(), comment)
        # The access log line is built from what the cassette holds: uvicorn's own would print the raw
        # query string, secrets included.
        print(f"{redaction.request.line()} -> {response.status}", flush=True)


def _ready_to_append(path: Path) -> None:
    """Check an existing cassette, and rewrite it once (atomically) if its `interactions` are not last,
    as in a cassette vcrpy wrote (its keys sorted): appending needs them at the end of the file."""
    cassette = Cassette.load(path)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if list(data)[-1] != "interactions":
        cassette.save(path)


def _stored_target(target: str) -> str:
    """The target as a cassette can hold it: anything not allowed in a URI percent-encoded."""
    return quote(target, safe="/?&=;:@!$'()*+,%~-._[]")


def _raw_target(request: Request) -> str:
    """The path and query exactly as the client sent them, still percent-encoded: rebuilding the URL from
    the decoded path would send `a%2Fb` upstream as `a/b`, a different resource."""
    raw_path: bytes = request.scope.get("raw_path") or request.url.path.encode("utf-8")
    query: bytes = request.scope.get("query_string") or b""
    return (raw_path + (b"?" + query if query else b"")).decode("ascii", errors="backslashreplace")


def create_app(provider: Provider, upstream: str, cassette_path: Path) -> Starlette:
    proxy = RecordingProxy(provider, upstream, cassette_path)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with httpx.AsyncClient(timeout=_UPSTREAM_TIMEOUT) as client:
            proxy.client = client
            yield
        proxy.client = None

    routes = [Route("/{path:path}", proxy.forward, methods=[method.upper() for method in HTTP_METHODS])]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.proxy = proxy
    return app


def record(provider: Provider, upstream: str, host: str, port: int, cassette_path: Path | None) -> None:
    """`voicespec record`: run the recording proxy in the foreground until interrupted."""
    path = cassette_path or default_cassette_path(provider)
    app = create_app(provider, upstream, path)
    print(f"voicespec: proxying http://{host}:{port} -> {redact_uri(upstream)}, writing {path}", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, http=HeadTimeoutH11Protocol)
