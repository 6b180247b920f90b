"""Sending each request to the host the spec names for its path (hand-written, copied in by voicespec).

A spec moves some paths to another host with path-level `servers` (Sinch: application management on
`https://callingapi.sinch.com`, call control on the regional calling hosts). `voicespec generate` writes
what the spec says into `spec_servers.py`; `HostRoutingTransport` sends a request whose path matches one of
those templates to its server, through httpx's transport seam, and leaves every other request alone, so no
generated code is touched. A spec without path-level servers routes nothing.

The templates are compiled once into one regular expression over the percent-encoded path (what httpx
sends), so a request costs one match, and a parameter holding an encoded `/` or `?` stays in its segment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from .client import Client
from .spec_servers import PATH_SERVERS, SERVERS

_PARAMETER = re.compile(r"\{[^{}]*\}")
# What a template's literal text may hold unencoded in a path (RFC 3986 pchar, and "/" between segments).
_PATH_SAFE = "/:@!$&'()*+,;=%"


def _template_pattern(template: str) -> bytes:
    """A template as a pattern over the encoded path: literal text as written, a parameter as one segment
    (or part of one; empty included, as `path_segment("")` sends it)."""
    literals = [re.escape(quote(text, safe=_PATH_SAFE)) for text in _PARAMETER.split(template)]
    return "[^/?]*".join(literals).encode("ascii")


class PathRouter:
    """Path templates -> servers, compiled to one matcher over the encoded paths that follow `base_path`."""

    def __init__(self, path_servers: Mapping[str, str], base_path: bytes = b"") -> None:
        # The OpenAPI rule: a concrete path matches before a templated one that would also match it.
        routed = sorted(path_servers.items(), key=lambda entry: len(_PARAMETER.findall(entry[0])))
        self.servers: tuple[str, ...] = tuple(dict.fromkeys(server for _, server in routed))
        # Group i+1 is template i; a match's lastindex says which template, so which server.
        self._group_servers = tuple(server for _, server in routed)
        self.base_path = base_path.rstrip(b"/")
        alternatives = b"|".join(b"(" + _template_pattern(template) + b")" for template, _ in routed)
        pattern = re.escape(self.base_path) + b"(?:" + alternatives + rb")(?:\?|\Z)"
        self._match: Callable[[bytes], re.Match[bytes] | None] | None = (
            re.compile(pattern).match if routed else None
        )

    def server_for(self, raw_path: bytes) -> str | None:
        """The server the spec names for a percent-encoded request path (query allowed), or None."""
        if self._match is None:
            return None
        found = self._match(raw_path)
        index = None if found is None else found.lastindex
        return None if index is None else self._group_servers[index - 1]

    def is_routed(self, path: str) -> bool:
        """Whether a path (or a template) goes to a path-level server; a decoded "/" counts as a separator."""
        return self.server_for(quote(path, safe=_PATH_SAFE + "?").encode("ascii")) is not None


# The package's routes, compiled once at import. A path-level server that is also a top-level one is not
# routed: its requests already go where the client's base URL points (which may be a local server).
ROUTED_PATHS = {template: server for template, server in PATH_SERVERS.items() if server not in SERVERS}
ROUTES = PathRouter(ROUTED_PATHS)


class HostRoutingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends each request whose path the spec puts on another server to that server (or to `hosts[server]`),
    the rest to the client's base URL.

    `hosts` maps a server URL of the spec to the URL to use instead (a local server, say). `base_path` is
    the path of the client's base URL, when it has one, so that templates match what follows it.
    `transport` serves sync requests and, when it is also an `httpx.AsyncBaseTransport` (as
    `retry.RetryTransport` is), async ones too, unless `async_transport` is given; a side left without a
    transport gets httpx's default.
    """

    def __init__(
        self,
        hosts: Mapping[str, str] | None = None,
        *,
        base_path: str = "",
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
        encoded_base = quote(base_path, safe=_PATH_SAFE).encode("ascii").rstrip(b"/")
        self.routes = ROUTES if not encoded_base else PathRouter(ROUTED_PATHS, encoded_base)
        unknown = set(hosts or ()) - set(self.routes.servers)
        if unknown:
            known = ", ".join(self.routes.servers) or "none"
            raise ValueError(f"no path of the spec is served by {', '.join(sorted(unknown))}; known: {known}")
        chosen = hosts or {}
        self.targets = {server: httpx.URL(chosen.get(server, server)) for server in self.routes.servers}
        self._transport = transport or httpx.HTTPTransport()
        self._async_transport = async_transport or httpx.AsyncHTTPTransport()

    def _reroute(self, request: httpx.Request) -> None:
        raw_path = request.url.raw_path
        server = self.routes.server_for(raw_path)
        if server is None:
            return
        target = self.targets[server]
        # raw_path keeps the path percent-encoded (and the query): rebuilding it from the decoded path
        # would turn an encoded "/" or "?" inside a parameter into a separator.
        request.url = request.url.copy_with(
            scheme=target.scheme,
            host=target.host,
            port=target.port,
            raw_path=target.raw_path.rstrip(b"/") + raw_path[len(self.routes.base_path) :],
        )
        request.headers["Host"] = target.netloc.decode("ascii")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._reroute(request)
        return self._transport.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._reroute(request)
        return await self._async_transport.handle_async_request(request)

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._async_transport.aclose()


def routed_client(
    base_url: str,
    *,
    hosts: Mapping[str, str] | None = None,
    auth: httpx.Auth | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    **client_args: Any,
) -> Client:
    """A client on `base_url` whose requests to paths with their own server in the spec go there (or to
    `hosts[server]`; see `HostRoutingTransport`).

    `auth` is an `httpx.Auth`. `transport`/`async_transport` (or `httpx_args={"transport": ...}`) go
    underneath the routing, for sync and async calls alike: a `retry.RetryTransport` retries both. Passing a
    transport both ways, or an `auth` both ways, is refused rather than one of them silently dropped.
    """
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
        hosts,
        base_path=httpx.URL(base_url).path,
        transport=transport,
        async_transport=async_transport,
    )
    if auth is not None:
        httpx_args["auth"] = auth
    return Client(base_url=base_url, httpx_args=httpx_args, **client_args)
