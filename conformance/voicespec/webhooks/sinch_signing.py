"""Authenticating a callback as Sinch does: the Application signature, or Basic credentials.

`sign` is the one place that signs; it delegates to `sinch_voice.callbacks.sign`, the runtime's inverse of
`callbacks.verify` (the algorithm clients sign requests with, which Sinch also uses for its callbacks).
"""

from __future__ import annotations

import base64
from datetime import datetime

from sinch_voice import callbacks

JSON = "application/json"


def sign(
    body: bytes, *, path: str, key: str, secret: str, moment: datetime | None = None, content_type: str = JSON
) -> dict[str, str]:
    """The headers Sinch sends with a signed callback POSTed to `path`, signed at `moment` (default now)."""
    return callbacks.sign("POST", path, body, key=key, secret=secret, content_type=content_type, now=moment)


def basic(key: str, password: str) -> dict[str, str]:
    """Headers of a callback sent with `Basic key:password` (applications set up for basic auth)."""
    token = base64.b64encode(f"{key}:{password}".encode()).decode("ascii")
    return {"Content-Type": JSON, "Authorization": f"Basic {token}"}
