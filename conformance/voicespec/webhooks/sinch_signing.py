"""Authenticating a callback as Sinch does: the Application signature, or Basic credentials.

`sign` is the one place that computes a signature. It uses `sinch_voice.auth` (the algorithm clients sign
requests with, which Sinch also uses for its callbacks); when the runtime grows a `callbacks.sign`, only
this function changes.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from sinch_voice.auth import APPLICATION_SCHEME, TIMESTAMP_HEADER, decode_secret, format_timestamp, signature

JSON = "application/json"


def sign(
    body: bytes, *, path: str, key: str, secret: str, moment: datetime | None = None, content_type: str = JSON
) -> dict[str, str]:
    """The headers Sinch sends with a signed callback POSTed to `path`, signed at `moment` (default now)."""
    timestamp = format_timestamp(moment or datetime.now(UTC))
    signed = signature(
        decode_secret(secret),
        method="POST",
        path=path,
        content_type=content_type,
        body=body,
        timestamp=timestamp,
    )
    return {
        "Content-Type": content_type,
        TIMESTAMP_HEADER: timestamp,
        "Authorization": f"{APPLICATION_SCHEME} {key}:{signed}",
    }


def basic(key: str, password: str) -> dict[str, str]:
    """Headers of a callback sent with `Basic key:password` (applications set up for basic auth)."""
    token = base64.b64encode(f"{key}:{password}".encode()).decode("ascii")
    return {"Content-Type": JSON, "Authorization": f"Basic {token}"}
