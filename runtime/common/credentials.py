"""Credentials in custom headers never follow a redirect to another origin.

httpx drops `Authorization` when a redirect leaves the origin, but not a header it does not know is a
credential: Symbl's `X-API-KEY` or Sinch's `x-timestamp` beside its signature would reach the other host.
An auth flow calls `mark_credentials(request, names...)` when it sets such headers; the clients install
`drop_cross_origin_credentials` as a request event hook, which httpx runs for every request it sends,
redirects included. A redirect request shares its `extensions` with the first request, so the hook knows
which origin the credentials were meant for.
"""

from __future__ import annotations

from typing import Any

import httpx

CREDENTIALS_EXTENSION = "voicespec.credential_headers"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def mark_credentials(request: httpx.Request, *header_names: str) -> None:
    """Record that `header_names` of `request` carry credentials for the request's origin only."""
    request.extensions[CREDENTIALS_EXTENSION] = (_origin(request.url), header_names)


def drop_cross_origin_credentials(request: httpx.Request) -> None:
    """Remove marked credential headers from a request that goes to another origin (a redirect)."""
    marked = request.extensions.get(CREDENTIALS_EXTENSION)
    if marked is not None and marked[0] != _origin(request.url):
        for name in marked[1]:
            request.headers.pop(name, None)


async def adrop_cross_origin_credentials(request: httpx.Request) -> None:
    """`drop_cross_origin_credentials` for `httpx.AsyncClient`, whose hooks are awaited."""
    drop_cross_origin_credentials(request)


def with_credential_hooks(httpx_args: dict[str, Any], *, asynchronous: bool) -> dict[str, Any]:
    """`httpx_args` with the credential hook added to any request hooks the caller passed."""
    hook = adrop_cross_origin_credentials if asynchronous else drop_cross_origin_credentials
    hooks = dict(httpx_args.get("event_hooks") or {})
    hooks["request"] = [*hooks.get("request", []), hook]
    return {**httpx_args, "event_hooks": hooks}


__all__ = [
    "CREDENTIALS_EXTENSION",
    "adrop_cross_origin_credentials",
    "drop_cross_origin_credentials",
    "mark_credentials",
    "with_credential_hooks",
]
