"""Encoding path parameters, and joining the path to the client's base URL (hand-written, used by the
generated endpoint modules).

`quote(value, safe="")` leaves `.` alone, so a parameter of `.` or `..` would become a dot segment that
URL normalisation removes or climbs: `call_id=".."` would send `GET /calling/v1/calls`. Percent-encoding
those two values keeps every parameter inside its own segment.

httpx joins a relative URL to `base_url` by parsing the relative URL and then copying the base URL with
the joined path, which parses it again: the two parses cost about a fifth of a whole `httpx.Client.get`
answered in process. `absolute_url` joins the texts instead, so httpx parses the result once; the URL sent
is the one httpx's join gives (`tests/test_paths.py` compares them).
"""

from __future__ import annotations

from urllib.parse import quote

import httpx

_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


def path_segment(value: object) -> str:
    """`value` percent-encoded as exactly one path segment."""
    encoded = quote(str(value), safe="")
    return _DOT_SEGMENTS.get(encoded, encoded)


# The last base URL seen and its text prefix: one client's calls find it at once (a URL is immutable, and
# `str()` of one costs about as much as the rest of `absolute_url`).
_last_base: tuple[httpx.URL, str | None] = (httpx.URL(), None)


def _prefix(base_url: httpx.URL) -> str | None:
    """`base_url` written out and ending in `/`, or None for one that the texts cannot be joined to:
    relative, or with a query or fragment (httpx joins those in its own way)."""
    text = str(base_url)
    if not base_url.is_absolute_url or "?" in text or "#" in text:
        return None
    return text if text.endswith("/") else text + "/"  # a bare origin prints without its "/" path


def absolute_url(base_url: httpx.URL, path: str) -> str:
    """`path` (from `/`) joined to an httpx client's `base_url` (which httpx ends with `/`) as httpx would
    join it; `path` itself where httpx must do the join."""
    global _last_base  # noqa: PLW0603 - a one-entry memo
    last_url, prefix = _last_base
    if last_url is not base_url:
        prefix = _prefix(base_url)
        _last_base = (base_url, prefix)
    if prefix is None or path.startswith("//"):  # httpx reads "//x" as a host: leave that to httpx
        return path
    return prefix + path.lstrip("/")
