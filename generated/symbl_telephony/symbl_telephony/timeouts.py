"""Default timeouts for every client of this package (hand-written, copied in by `voicespec generate`).

The generator's own default is no timeout at all, so a stalled provider would hang a call-control
request forever. These bounds are finite and generous enough for a slow call-control API.
"""

from __future__ import annotations

import httpx

DEFAULT_TIMEOUT_SECONDS = 10.0
DEFAULT_CONNECT_TIMEOUT_SECONDS = 5.0


def default_timeout() -> httpx.Timeout:
    """The timeout a client gets when none is passed: 5 s to connect, 10 s for each read/write/pool wait."""
    return httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)
