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


# Retry defaults for retry.RetryTransport live here too, so every bound a client waits on is in one module.
DEFAULT_MAX_RETRIES = 3  # retries after the first attempt, so at most 4 requests
DEFAULT_BACKOFF_BASE_SECONDS = 0.5  # ceiling of the first backoff; doubles each retry (full jitter below it)
DEFAULT_BACKOFF_MAX_SECONDS = 8.0
DEFAULT_RETRY_AFTER_CAP_SECONDS = 30.0  # a longer Retry-After is waited for this long at most
# Methods whose repetition has the same effect as one request (RFC 9110 9.2.2). POST creates calls and
# tokens, so it is never retried unless a client opts in; PATCH is left out for the same reason.
IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
NON_IDEMPOTENT_METHODS = frozenset({"POST", "PATCH"})
RETRY_STATUSES = frozenset({429, 503})  # the provider said "not now": the request was not acted on
