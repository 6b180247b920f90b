"""Encoding path parameters (hand-written, used by the generated endpoint modules).

`quote(value, safe="")` leaves `.` alone, so a parameter of `.` or `..` would become a dot segment that
URL normalisation removes or climbs: `call_id=".."` would send `GET /calling/v1/calls`. Percent-encoding
those two values keeps every parameter inside its own segment.
"""

from __future__ import annotations

from urllib.parse import quote

_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


def path_segment(value: object) -> str:
    """`value` percent-encoded as exactly one path segment."""
    encoded = quote(str(value), safe="")
    return _DOT_SEGMENTS.get(encoded, encoded)
