"""The servers a spec names: the base URL of the API, and the hosts that path-level `servers` move
some paths to (Sinch's application management, for example).

One definition for voicespec (cassette URIs, the pytest fixture's base URL) and the generated clients:
`voicespec generate` writes `servers` and `path_servers` into each package as `spec_servers.py`, which the
runtime's `host_routing` reads. Only absolute URLs count: a relative server URL is relative to where the
document was served from, which a client cannot know.
"""

from __future__ import annotations

from typing import Any

from voicespec.spec.document import SpecDocument

# A spec that names no server: requests are still well-formed URLs, and the host is never matched.
PLACEHOLDER_BASE_URL = "https://api.invalid"


def _url(server: Any) -> str | None:
    """A server object's absolute URL with every `{variable}` replaced by its default."""
    if not isinstance(server, dict) or not isinstance(server.get("url"), str):
        return None
    url: str = server["url"]
    for name, variable in (server.get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    url = url.rstrip("/")
    return url if "://" in url else None


def servers(doc: SpecDocument) -> list[str]:
    """Every top-level server's URL (variables at their defaults), in the spec's order."""
    return [url for url in map(_url, doc.data.get("servers") or []) if url is not None]


def base_url(doc: SpecDocument) -> str:
    """The first top-level server's URL (variables at their defaults), or a placeholder."""
    return next(iter(servers(doc)), PLACEHOLDER_BASE_URL)


def path_servers(doc: SpecDocument) -> dict[str, str]:
    """Path template -> the first server of its path-level `servers`, for the paths that have one."""
    found = {}
    for template, item in (doc.data.get("paths") or {}).items():
        path_level = doc.deref(item).get("servers") or []
        url = _url(path_level[0]) if path_level else None
        if url is not None:
            found[template] = url
    return found
