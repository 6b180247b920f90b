"""Sinch serves call control and application management from different hosts; route each request to its own.

The generated client has one `base_url`. Call control (`/calling/v1/...`) lives on the regional calling
hosts, application management (`/v1/configuration/...`, `/v1/calling/query/...`) on
`https://callingapi.sinch.com`: the spec says so with path-level `servers`, and the routing is derived from
it (`host_routing`, reading the generated `spec_servers`). What is left here is Sinch's own vocabulary: the
region names, one management URL, and `sinch_client`. Against one local server, pass the same URL for both.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import host_routing
from .client import Client

# The spec lists the regional hosts as six top-level servers with descriptions but no names (and no server
# variable), so the short names users pass are ours; a test checks that the URLs are the spec's servers.
CALLING_HOSTS: dict[str, str] = {
    "global": "https://calling.api.sinch.com",
    "us": "https://calling-use1.api.sinch.com",
    "europe": "https://calling-euc1.api.sinch.com",
    "south-america": "https://calling-sae1.api.sinch.com",
    "southeast-asia-1": "https://calling-apse1.api.sinch.com",
    "southeast-asia-2": "https://calling-apse2.api.sinch.com",
}
# Every path-level server of the spec is the management host (a test checks there is exactly one).
MANAGEMENT_BASE_URL = host_routing.ROUTES.servers[0]


def is_management_path(path: str) -> bool:
    """Whether the spec puts `path` (a request path or a template) on the management host."""
    return host_routing.ROUTES.is_routed(path)


class HostRoutingTransport(host_routing.HostRoutingTransport):
    """Sends application-management requests to `management_base_url`, the rest to the client's base URL
    (`host_routing.HostRoutingTransport` with Sinch's one management host)."""

    def __init__(
        self,
        management_base_url: str = MANAGEMENT_BASE_URL,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(_management_hosts(management_base_url), transport=transport, async_transport=async_transport)
        self.management_base_url = httpx.URL(management_base_url)


def _management_hosts(management_base_url: str) -> dict[str, str]:
    return dict.fromkeys(host_routing.ROUTES.servers, management_base_url)


def sinch_client(
    *,
    region: str = "global",
    calling_base_url: str | None = None,
    management_base_url: str = MANAGEMENT_BASE_URL,
    auth: httpx.Auth | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    **client_args: Any,
) -> Client:
    """A client that reaches every Sinch operation: call control on `region`'s calling host (or
    `calling_base_url`), application management on `management_base_url`.

    `auth` is an `httpx.Auth` (`sinch_voice.auth.ApplicationAuth`, or `httpx.BasicAuth(key, secret)`).
    `transport`/`async_transport` (or `httpx_args={"transport": ...}`) go underneath the routing, for sync
    and async calls alike (see `host_routing.routed_client`): a `retry.RetryTransport` retries both. Passing
    a transport both ways, or an `auth` both ways, is refused rather than one of them silently dropped.
    """
    if calling_base_url is None:
        if region not in CALLING_HOSTS:
            raise ValueError(f"unknown Sinch region {region!r}; known: {', '.join(CALLING_HOSTS)}")
        calling_base_url = CALLING_HOSTS[region]
    return host_routing.routed_client(
        calling_base_url,
        hosts=_management_hosts(management_base_url),
        auth=auth,
        transport=transport,
        async_transport=async_transport,
        **client_args,
    )
