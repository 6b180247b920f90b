"""Delivering one webhook request to the handler under test: over HTTP to a URL, or in process to an app.

`Delivery.send` POSTs a body with headers and returns the `Answer` (status, headers, body, seconds taken),
or an `Answer` with `error` set when no answer came (refused connection, timeout, the app raised). An ASGI
app is driven through `httpx.ASGITransport` on an event loop of its own in a background thread, so the
check works from synchronous code and from inside a running event loop (an async test) alike; a WSGI app
through `httpx.WSGITransport`.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from voicespec.errors import VoicespecError

_T = TypeVar("_T")
IN_PROCESS_BASE = "http://voicespec.test"


class UsageError(VoicespecError):
    """The check cannot run: unreachable URL, a provider without webhooks, bad options (exit code 2)."""


@dataclass(frozen=True)
class Answer:
    """What the handler answered to one request (or `error`: why there was no answer)."""

    status: int = 0
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    seconds: float = 0.0
    error: str | None = None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def describe(self, limit: int = 300) -> str:
        if self.error:
            return f"no answer: {self.error}"
        text = self.body.decode("utf-8", "replace")
        text = text if len(text) <= limit else text[:limit] + "..."
        kind = f" {self.content_type}" if self.content_type else ""
        return f"{self.status}{kind} {text!r} after {self.seconds:.2f}s"


def is_asgi(app: Any) -> bool:
    """ASGI apps are async callables (a coroutine function, or an object whose __call__ is one)."""
    return inspect.iscoroutinefunction(app) or inspect.iscoroutinefunction(type(app).__call__)


class _Loop:
    """One event loop in a daemon thread, to run an ASGI app's coroutines from any caller."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine: Coroutine[Any, Any, _T], timeout: float | None = None) -> _T:
        """The coroutine's result; `TimeoutError` (and the coroutine cancelled) after `timeout` seconds."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()  # an in-process app that never answers must not hold the run
            raise

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)
        self.loop.close()


class Delivery:
    """Sends requests to the handler: `Delivery.to_url(url)` or `Delivery.to_app(app, path)`."""

    def __init__(self, url: str, timeout: float, app: Any = None) -> None:
        self.url = url
        self.path = httpx.URL(url).path or "/"
        self.timeout = timeout
        self.in_process = app is not None
        self._loop: _Loop | None = None
        self._async: httpx.AsyncClient | None = None
        self._sync: httpx.Client | None = None
        # Twice the documented timeout: an answer a little late is reported as late, with its time.
        limit = httpx.Timeout(timeout * 2, connect=timeout)
        if app is not None and is_asgi(app):
            self._loop = _Loop()
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            self._async = httpx.AsyncClient(transport=transport, timeout=limit)
        elif app is not None:
            self._sync = httpx.Client(transport=httpx.WSGITransport(app=app), timeout=limit)
        else:
            self._sync = httpx.Client(timeout=limit)

    @classmethod
    def to_url(cls, url: str, timeout: float) -> Delivery:
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise UsageError(f"--url must be an http(s) URL with a host, got {url!r}")
        return cls(url, timeout)

    @classmethod
    def to_app(cls, app: Any, path: str, timeout: float) -> Delivery:
        if not callable(app):
            raise UsageError(f"app must be an ASGI or WSGI application, got {type(app).__name__}")
        return cls(IN_PROCESS_BASE + (path if path.startswith("/") else "/" + path), timeout, app)

    def _post(self, body: bytes, headers: Mapping[str, str]) -> httpx.Response:
        if self._async is not None and self._loop is not None:
            coroutine = self._async.post(self.url, content=body, headers=dict(headers))
            return self._loop.run(coroutine, self.timeout * 2)
        assert self._sync is not None
        return self._sync.post(self.url, content=body, headers=dict(headers))

    def send(self, body: bytes, headers: Mapping[str, str]) -> Answer:
        started = time.perf_counter()
        try:
            try:
                response = self._post(body, headers)
            except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError):
                # A kept-alive connection the server closed (as uvicorn does after an answer that crashed):
                # the request never reached the handler, so it is sent once more on a new connection.
                started = time.perf_counter()
                response = self._post(body, headers)
        except (httpx.TimeoutException, TimeoutError):
            return Answer(
                seconds=time.perf_counter() - started, error=f"no answer within {self.timeout * 2:g}s"
            )
        except httpx.HTTPError as exc:
            return Answer(seconds=time.perf_counter() - started, error=f"{type(exc).__name__}: {exc}")
        except Exception as exc:  # a WSGI app's exception propagates; that is the handler crashing
            return Answer(
                seconds=time.perf_counter() - started, error=f"the app raised {type(exc).__name__}: {exc}"
            )
        headers_out = {name.lower(): value for name, value in response.headers.items()}
        return Answer(response.status_code, headers_out, response.content, time.perf_counter() - started)

    def probe(self) -> None:
        """Raise `UsageError` when a URL cannot be reached at all (nothing listens there)."""
        if self.in_process:
            return
        answer = self.send(b"", {})
        if answer.error and ("Connect" in answer.error or "connect" in answer.error):
            raise UsageError(f"cannot reach {self.url}: {answer.error}")

    def close(self) -> None:
        if self._async is not None and self._loop is not None:
            self._loop.run(self._async.aclose())
            self._loop.close()
        if self._sync is not None:
            self._sync.close()
