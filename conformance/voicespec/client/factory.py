"""The one place voicespec builds a provider's generated client.

Every check, the cassette builder and the pytest fixtures get their client here: the generated package's
own `Client`, pointed at a base URL, with a transport plugged into its httpx seam when one is given.
Nothing is provider-specific: the base URL comes from the spec's `servers` (or the provider's
`base_url` setting).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from voicespec.generation.package import import_package
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.servers import base_url


def default_base_url(provider: Provider) -> str:
    """The provider's `base_url` setting, else the spec's first server."""
    configured = provider.config.get("base_url")
    return str(configured) if configured else base_url(SpecDocument.load(provider.spec_path))


def build_client(
    package: ModuleType,
    base_url: str,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
) -> Any:
    """`package.Client(base_url=...)`, sending through `transport` when given (sync and async alike)."""
    httpx_args: dict[str, Any] = {} if transport is None else {"transport": transport}
    return package.Client(base_url=base_url, httpx_args=httpx_args)


def generated_client(provider: Provider, base_url: str) -> httpx.Client:
    """The `httpx.Client` of the provider's generated client, pointed at `base_url`: its timeouts,
    headers and event hooks are the ones a user of the client gets."""
    httpx_client: httpx.Client = build_client(import_package(provider), base_url).get_httpx_client()
    return httpx_client
