"""Shared fixtures: tests run for every provider whose spec exists in the checkout."""

from __future__ import annotations

import os

import pytest

from tests.runtime_copies import stale_copies
from voicespec.providers import GENERATED_DIR, Provider, available_providers

# VOICESPEC_PROVIDERS=sinch-voice,enablex-voice narrows a run while working on one spec.
_ONLY = [name for name in os.environ.get("VOICESPEC_PROVIDERS", "").split(",") if name]
PROVIDERS = [provider for provider in available_providers() if not _ONLY or provider.name in _ONLY]


def pytest_sessionstart(session: pytest.Session) -> None:
    # The tests import generated/, which holds copies of runtime/: never test a stale copy.
    stale = stale_copies(available_providers(), GENERATED_DIR)
    if stale:
        raise pytest.UsageError(
            "generated/ is stale against runtime/; run `.venv/bin/voicespec generate`:\n" + "\n".join(stale)
        )


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
