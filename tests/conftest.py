"""Shared fixtures: tests run for every provider whose spec exists in the checkout."""

from __future__ import annotations

import os

import pytest

from voicespec.providers import Provider, available_providers

# VOICESPEC_PROVIDERS=sinch-voice,enablex-voice narrows a run while working on one spec.
_ONLY = [name for name in os.environ.get("VOICESPEC_PROVIDERS", "").split(",") if name]
PROVIDERS = [provider for provider in available_providers() if not _ONLY or provider.name in _ONLY]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    already: set[str] = set()
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0]
        already.update(name.strip() for name in (names.split(",") if isinstance(names, str) else names))
    if "provider" in metafunc.fixturenames and "provider" not in already:
        metafunc.parametrize("provider", PROVIDERS, ids=[provider.name for provider in PROVIDERS])


@pytest.fixture
def any_provider() -> Provider:
    return PROVIDERS[0]
