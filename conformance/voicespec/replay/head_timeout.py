"""uvicorn's HTTP protocols with a deadline for the request head: uvicorn closes idle keep-alive
connections, but a client that sends its headers a byte at a time (or stops half-way) keeps a connection
open for ever. The replay server and the recording proxy use these protocol classes instead.

The deadline is armed when a connection opens and when the next request's first bytes arrive, and
disarmed once a request's head is complete (uvicorn then starts a request cycle); the body has its own
deadline (`limits.py`).

The replay server parses with httptools when it is installed (a C parser: about a fifth of h11's CPU per
request), else with h11. h11 bounds the head's size itself (`h11_max_incomplete_event_size`); the
httptools class enforces the same bound from the same setting, so a head over it gets uvicorn's 400 and a
closed connection with either parser.
"""

from __future__ import annotations

import asyncio
from typing import Any

from h11._connection import DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
from uvicorn.protocols.http.h11_impl import H11Protocol

HEAD_TIMEOUT = 10.0


class _HeadDeadline(asyncio.Protocol):
    """The deadline, mixed into a uvicorn protocol class (which provides `cycle`, `loop`, `transport`)."""

    head_timeout = HEAD_TIMEOUT
    _head_deadline: asyncio.TimerHandle | None = None
    cycle: Any
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._head_deadline is None and self._waiting_for_head():
            self._arm()
        super().data_received(data)
        if not self._waiting_for_head():
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _waiting_for_head(self) -> bool:
        return self.cycle is None or bool(self.cycle.response_complete)

    def _arm(self) -> None:
        self._disarm()
        self._head_deadline = self.loop.call_later(self.head_timeout, self._head_too_slow)

    def _disarm(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_too_slow(self) -> None:
        self._head_deadline = None
        if self._waiting_for_head() and not self.transport.is_closing():
            self.transport.close()


class HeadTimeoutH11Protocol(_HeadDeadline, H11Protocol):
    pass


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is not installed: h11 it is
    FAST_PROTOCOL: type[_HeadDeadline] = HeadTimeoutH11Protocol
else:

    class HeadTooLarge(Exception):
        """Raised from a parser callback: httptools then fails the request, and uvicorn answers 400."""

    class HeadTimeoutHttpToolsProtocol(_HeadDeadline, HttpToolsProtocol):
        _head_size = 0

        def on_message_begin(self) -> None:
            self._head_size = 0
            super().on_message_begin()

        def on_url(self, url: bytes) -> None:
            self._count(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._count(len(name) + len(value) + 4)  # ": " and CRLF
            super().on_header(name, value)

        def _count(self, size: int) -> None:
            self._head_size += size
            limit = self.config.h11_max_incomplete_event_size or DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
            if self._head_size > limit:
                raise HeadTooLarge(f"the request head is larger than {limit} bytes")

    FAST_PROTOCOL = HeadTimeoutHttpToolsProtocol


def with_head_timeout(seconds: float, base: type[_HeadDeadline] = FAST_PROTOCOL) -> type[asyncio.Protocol]:
    """The protocol class with another deadline (uvicorn takes a class, not an instance)."""
    return type(base.__name__, (base,), {"head_timeout": seconds})
