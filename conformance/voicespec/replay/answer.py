"""One answer of the replay server, made once and rendered either as an `httpx.Response` (the `Responder`
used as a function, with `httpx.MockTransport`) or as ASGI messages (the server), so that the server
does not build an httpx response only to take it apart again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import httpx
from starlette.types import Send

# Framing headers are the server's to write (a recorded `Content-Length` may not fit the body sent).
NOT_FORWARDED = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes = b""
    reason: str = ""  # a recorded reason phrase: httpx keeps it, uvicorn sends the standard one

    def with_headers(self, values: dict[str, str]) -> Answer:
        """This answer with `values` set, each replacing any header of the same name."""
        replaced = {name.lower() for name in values}
        kept = tuple((name, value) for name, value in self.headers if name.lower() not in replaced)
        return Answer(self.status, kept + tuple(values.items()), self.content, self.reason)

    def to_httpx(self, request: httpx.Request) -> httpx.Response:
        extensions = {"reason_phrase": self.reason.encode("ascii", "replace")} if self.reason else {}
        return httpx.Response(
            self.status,
            headers=list(self.headers),
            content=self.content,
            request=request,
            extensions=extensions,
        )

    @cached_property
    def _asgi_headers(self) -> list[tuple[bytes, bytes]]:
        # What a Starlette `Response(content, status)` with these headers appended sends.
        raw = []
        if not (self.status < 200 or self.status in (204, 304)):
            raw.append((b"content-length", str(len(self.content)).encode("latin-1")))
        raw += [
            (name.lower().encode("latin-1"), value.encode("latin-1"))
            for name, value in self.headers
            if name.lower() not in NOT_FORWARDED
        ]
        return raw

    async def send(self, send: Send) -> None:
        start = {"type": "http.response.start", "status": self.status, "headers": list(self._asgi_headers)}
        await send(start)
        await send({"type": "http.response.body", "body": self.content})
