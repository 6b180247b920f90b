"""The one place a provider's generated client is built."""

from __future__ import annotations

import importlib

import httpx

from voicespec.providers import Provider


def generated_client(provider: Provider, base_url: str) -> httpx.Client:
    """The `httpx.Client` of the provider's generated client, pointed at `base_url`."""
    if provider.name == "sinch-voice":
        # Sinch's client routes application management to its own host: send both hosts to the server.
        hosts = importlib.import_module(f"{provider.package}.hosts")
        client = hosts.sinch_client(calling_base_url=base_url, management_base_url=base_url)
    else:
        client = importlib.import_module(provider.package).Client(base_url=base_url)
    httpx_client: httpx.Client = client.get_httpx_client()
    return httpx_client
