"""What the replay server refuses before answering, so that one client cannot hurt the others and bad
input never becomes a 500: the body size (413, refused before reading when `Content-Length` says so),
the time a body may take to arrive (408) and the head (the connection is closed), JSON nesting depth
(400), and credential values (401) when
the user configured the real ones. Also the parsing of Prism's `Prefer` request header.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import re
from dataclasses import dataclass, field

import httpx
from starlette.types import Receive, Scope

DEFAULT_MAX_BODY = 1024 * 1024  # 1 MiB: every documented request of the three APIs is a few KB
DEFAULT_BODY_TIMEOUT = 10.0
DEFAULT_MAX_DEPTH = 64
DEFAULT_HEAD_TIMEOUT = 10.0
_STRUCTURE = re.compile(rb'["\\\[\]{}]')
_PREFERENCE = re.compile(r"\s*([A-Za-z][\w-]*)\s*=\s*(\"[^\"]*\"|[^;,\s]+)\s*")


class LimitExceeded(Exception):
    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status, self.text = status, text


@dataclass(frozen=True)
class Limits:
    max_body: int = DEFAULT_MAX_BODY
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    max_depth: int = DEFAULT_MAX_DEPTH
    # Seconds a client may take to send the request head (enforced by `head_timeout.py`).
    head_timeout: float = DEFAULT_HEAD_TIMEOUT
    # Header name (lower case) -> the one accepted value; `basic` -> the accepted `user:password`.
    credentials: dict[str, str] = field(default_factory=dict)

    def wrong_credential(self, request: httpx.Request) -> str | None:
        """Why a credential the request carries is not the configured one, or None."""
        for name, expected in self.credentials.items():
            if name == "basic":
                word, _, encoded = request.headers.get("authorization", "").strip().partition(" ")
                if word.lower() != "basic":
                    continue
                try:
                    sent = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
                except (binascii.Error, UnicodeDecodeError):
                    sent = None
                if sent != expected:
                    return "the Basic credentials are not the configured ones"
            elif name in request.headers and request.headers[name] != expected:
                return f"the {name} credential is not the configured one"
        return None


def parse_credentials(pairs: list[str]) -> dict[str, str]:
    """`NAME=VALUE` pairs (`basic=user:password`, `X-API-KEY=token`) as `Limits.credentials`."""
    credentials = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip() or not value:
            raise ValueError(
                f"--credentials {pair!r}: expected NAME=VALUE (basic=user:password, HEADER=value)"
            )
        credentials[name.strip().lower()] = value
    return credentials


async def read_body(scope: Scope, receive: Receive, limits: Limits) -> bytes:
    """The request body, refusing one larger than `max_body` or slower than `body_timeout` seconds."""
    for name, value in scope.get("headers") or []:
        if name.lower() == b"content-length" and value.isdigit() and int(value) > limits.max_body:
            raise LimitExceeded(413, f"the body is larger than {limits.max_body} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(limits.body_timeout):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    break
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limits.max_body:
                    raise LimitExceeded(413, f"the body is larger than {limits.max_body} bytes")
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
    except TimeoutError as exc:
        raise LimitExceeded(408, f"the body did not arrive within {limits.body_timeout:g} s") from exc
    return b"".join(chunks)


def nesting_depth(body: bytes, stop_at: int) -> int:
    """How deep JSON arrays and objects nest in `body` (strings skipped); stops counting past `stop_at`.
    Any body is scanned: a parser further on would recurse just as deep whatever the Content-Type."""
    if b"[" not in body and b"{" not in body:
        return 0
    depth = deepest = 0
    in_string = False
    escaped_until = -1  # the character right after a backslash in a string is not structure
    for match in _STRUCTURE.finditer(body):
        token = match.group(0)
        if match.start() < escaped_until:
            continue
        if in_string:
            if token == b"\\":
                escaped_until = match.end() + 1
            elif token == b'"':
                in_string = False
            continue
        if token == b'"':
            in_string = True
        elif token in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    return deepest
        elif token in (b"]", b"}"):
            depth = max(0, depth - 1)
    return deepest


def preferences(header: str) -> dict[str, str]:
    """Prism's `Prefer` preferences this server honours: `code` and `example` (RFC 7240 syntax)."""
    found = {}
    for part in header.split(","):
        for piece in part.split(";"):
            match = _PREFERENCE.fullmatch(piece)
            if match and match.group(1).lower() in ("code", "example"):
                found[match.group(1).lower()] = match.group(2).strip('"')
    return found
