"""Request matchers: small named functions that compare a live request with a recorded one.

Each returns None when the two agree and otherwise a short reason, so a miss can say which matchers
failed and why. Matching is strict: method, path, query (order-insensitive, every value) and body (as
JSON when both sides are JSON, byte for byte otherwise). A recorded value `REDACTED` (see `redact.py`)
matches any value, since the real one was never written down.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx

from voicespec.cassettes.model import RecordedRequest
from voicespec.cassettes.redact import REDACTED
from voicespec.spec.document import pointer

Matcher = Callable[[httpx.Request, RecordedRequest], "str | None"]
_NOT_JSON = object()
_SHOWN = 60  # characters of a differing value shown in a reason


def method(request: httpx.Request, recorded: RecordedRequest) -> str | None:
    if request.method.upper() == recorded.method.upper():
        return None
    return f"sent {request.method}, recorded {recorded.method}"


def path(request: httpx.Request, recorded: RecordedRequest) -> str | None:
    sent = unquote(request.url.path)
    return None if sent == recorded.path else f"sent {sent}, recorded {recorded.path}"


def query(request: httpx.Request, recorded: RecordedRequest) -> str | None:
    sent = sorted(parse_qsl(request.url.query.decode(), keep_blank_values=True))
    expected = recorded.query
    if len(sent) == len(expected) and all(
        name == want_name and want in (value, REDACTED)
        for (name, value), (want_name, want) in zip(sent, expected, strict=True)
    ):
        return None
    return f"sent {_short(_pairs(sent))}, recorded {_short(_pairs(expected))}"


def body(request: httpx.Request, recorded: RecordedRequest) -> str | None:
    sent, expected = request.content, recorded.content
    sent_json, expected_json = _json(sent), _json(expected)
    if sent_json is not _NOT_JSON and expected_json is not _NOT_JSON:
        return json_difference(sent_json, expected_json)
    if sent == expected:
        return None
    return f"sent {_show(sent)}, recorded {_show(expected)}"


DEFAULT_MATCHERS: tuple[Matcher, ...] = (method, path, query, body)


@dataclass(frozen=True)
class Mismatch:
    matcher: str
    reason: str

    def __str__(self) -> str:
        return f"{self.matcher}: {self.reason}"


def mismatches(
    request: httpx.Request, recorded: RecordedRequest, matchers: Sequence[Matcher] = DEFAULT_MATCHERS
) -> list[Mismatch]:
    """Every matcher that fails for this pair, with its reason; empty means the request matches."""
    found = []
    for matcher in matchers:
        reason = matcher(request, recorded)
        if reason is not None:
            found.append(Mismatch(matcher.__name__, reason))
    return found


def json_difference(sent: Any, recorded: Any, where: tuple[str | int, ...] = ()) -> str | None:
    """Where two JSON values first differ (types count: `1` is not `true`), or None."""
    if recorded == REDACTED and sent is not None:
        return None
    at = pointer(*where) or "/"
    if isinstance(recorded, dict) and isinstance(sent, dict):
        if set(sent) != set(recorded):
            extra, missing = sorted(set(sent) - set(recorded)), sorted(set(recorded) - set(sent))
            return f"at {at}: keys differ (sent only {extra}, recorded only {missing})"
        for key in recorded:
            difference = json_difference(sent[key], recorded[key], (*where, key))
            if difference:
                return difference
        return None
    if isinstance(recorded, list) and isinstance(sent, list):
        if len(sent) != len(recorded):
            return f"at {at}: sent {len(sent)} items, recorded {len(recorded)}"
        for index, (item, want) in enumerate(zip(sent, recorded, strict=True)):
            difference = json_difference(item, want, (*where, index))
            if difference:
                return difference
        return None
    if type(sent) is type(recorded) and sent == recorded:
        return None
    return f"at {at}: sent {_short(json.dumps(sent))}, recorded {_short(json.dumps(recorded))}"


def _json(content: bytes) -> Any:
    if not content:
        return _NOT_JSON
    try:
        return json.loads(content)
    except ValueError:
        return _NOT_JSON


def _show(content: bytes) -> str:
    return _short(content.decode("utf-8", "replace")) if content else "(empty)"


def _pairs(pairs: list[tuple[str, str]]) -> str:
    return "&".join(f"{name}={value}" for name, value in pairs) or "(none)"


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
