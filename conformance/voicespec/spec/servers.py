"""The servers a spec names: the base URL of the API, and the hosts that path-level `servers` move
some paths to (Sinch's application management, for example)."""

from __future__ import annotations

from typing import Any

from voicespec.spec.document import SpecDocument

# A spec that names no server: requests are still well-formed URLs, and the host is never matched.
PLACEHOLDER_BASE_URL = "https://api.invalid"


def _url(server: Any) -> str | None:
    """A server object's URL with every `{variable}` replaced by its default."""
    if not isinstance(server, dict) or not isinstance(server.get("url"), str):
        return None
    url: str = server["url"]
    for name, variable in (server.get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url.rstrip("/") or None


def base_url(doc: SpecDocument) -> str:
    """The first top-level server's URL (variables at their defaults), or a placeholder."""
    for server in doc.data.get("servers") or []:
        url = _url(server)
        if url is not None and "://" in url:
            return url
    return PLACEHOLDER_BASE_URL


def path_servers(doc: SpecDocument) -> dict[str, str]:
    """Path template -> the first server of its path-level `servers`, for the paths that have one."""
    found = {}
    for template, item in (doc.data.get("paths") or {}).items():
        servers = doc.deref(item).get("servers") or []
        url = _url(servers[0]) if servers else None
        if url is not None:
            found[template] = url
    return found
