"""Sinch serves call control and application management from different hosts; route each request to its own.

The generated client has one `base_url`. Call control (`/calling/v1/...`) lives on the regional calling
hosts, application management (`/v1/configuration/...`, `/v1/calling/query/...`) on
`https://callingapi.sinch.com` (the spec says so with path-level `servers`). `HostRoutingTransport` moves a
management request to the management base URL and leaves everything else alone, through httpx's transport
seam, so no generated code is touched. Against one local server, pass the same URL for both.
"""

from __future__ import annotations

from typing import Any

import httpx

from .client import Client

CALLING_HOSTS: dict[str, str] = {
    "global": "https://calling.api.sinch.com",
    "us": "https://calling-use1.api.sinch.com",
    "europe": "https://calling-euc1.api.sinch.com",
    "south-america": "https://calling-sae1.api.sinch.com",
    "southeast-asia-1": "https://calling-apse1.api.sinch.com",
    "southeast-asia-2": "https://calling-apse2.api.sinch.com",
}
MANAGEMENT_BASE_URL = "https://callingapi.sinch.com"
MANAGEMENT_PATH_PREFIXES = ("/v1/configuration/", "/v1/calling/query/")


def is_management_path(path: str) -> bool:
    return path.startswith(MANAGEMENT_PATH_PREFIXES)


def _reroute(request: httpx.Request, base: httpx.URL) -> None:
    if is_management_path(request.url.path):
        # raw_path keeps the path percent-encoded (and the query): rebuilding it from the decoded path
        # would turn an encoded "/" or "?" inside a parameter into a separator.
        request.url = request.url.copy_with(
            scheme=base.scheme,
            host=base.host,
            port=base.port,
            raw_path=base.raw_path.rstrip(b"/") + request.url.raw_path,
        )
        request.headers["Host"] = base.netloc.decode("ascii")


class HostRoutingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends application-management requests to `management_base_url`, the rest to the client's base URL.

    `transport` serves sync requests and, when it is also an `httpx.AsyncBaseTransport` (as
    `retry.RetryTransport` is), async ones too, unless `async_transport` is given; a side left without a
    transport gets httpx's default.
    """

    def __init__(
        self,
        management_base_url: str = MANAGEMENT_BASE_URL,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError(
                f"transport must be a sync httpx transport, got {type(transport).__name__}; "
                "pass an async-only transport as async_transport"
            )
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport
        self.management_base_url = httpx.URL(management_base_url)
        self._transport = transport or httpx.HTTPTransport()
        self._async_transport = async_transport or httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _reroute(request, self.management_base_url)
        return self._transport.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _reroute(request, self.management_base_url)
        return await self._async_transport.handle_async_request(request)

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._async_transport.aclose()


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
    and async calls alike (see `HostRoutingTransport`): a `retry.RetryTransport` retries both. Passing a
    transport both ways, or an `auth` both ways, is refused rather than one of them silently dropped.
    """
    if calling_base_url is None:
        if region not in CALLING_HOSTS:
            raise ValueError(f"unknown Sinch region {region!r}; known: {', '.join(CALLING_HOSTS)}")
        calling_base_url = CALLING_HOSTS[region]
    httpx_args: dict[str, Any] = dict(client_args.pop("httpx_args", None) or {})
    given = httpx_args.pop("transport", None)
    if given is not None:
        if transport is not None or async_transport is not None:
            raise ValueError("pass the transport once: as transport=/async_transport=, or in httpx_args")
        if isinstance(given, httpx.BaseTransport):
            transport = given
        elif isinstance(given, httpx.AsyncBaseTransport):
            async_transport = given
        else:
            raise TypeError(f"httpx_args['transport'] is not an httpx transport: {type(given).__name__}")
    if auth is not None and "auth" in httpx_args:
        raise ValueError("pass auth once: as auth=, or in httpx_args")
    httpx_args["transport"] = HostRoutingTransport(
        management_base_url, transport=transport, async_transport=async_transport
    )
    if auth is not None:
        httpx_args["auth"] = auth
    return Client(base_url=calling_base_url, httpx_args=httpx_args, **client_args)
