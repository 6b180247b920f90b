"""The one normalisation a model round-trip is allowed: date-times.

Generated models parse `format: date-time` into `datetime` and write it back with `isoformat()`, so
`2017-02-16T10:52:00Z` returns as `2017-02-16T10:52:00+00:00`: the same instant, spelled differently.
Everything else must come back exactly as it went in.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def _instant(value: str) -> dt.datetime | None:
    if len(value) < 19 or value[10] not in "Tt ":
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def normalised(value: Any) -> Any:
    """`value` with every ISO-8601 date-time string replaced by the instant it names."""
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str):
        instant = _instant(value)
        return instant if instant is not None else value
    return value
