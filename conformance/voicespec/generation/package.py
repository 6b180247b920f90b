"""Importing a provider's generated package: installed (`pip install ./generated/<package>`), or straight
from `generated/<package>/` for a provider just added, so `voicespec check` works before any install."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

from voicespec.providers import Provider


def ensure_importable(provider: Provider) -> None:
    """Put `generated/<package>/` on `sys.path` when the package is not importable otherwise."""
    if importlib.util.find_spec(provider.package) is not None:
        return
    location = str(provider.generated_dir)
    if provider.generated_dir.is_dir() and location not in sys.path:
        sys.path.append(location)
        importlib.invalidate_caches()


def import_package(provider: Provider) -> ModuleType:
    """The generated package (`ModuleNotFoundError` when it was never generated)."""
    ensure_importable(provider)
    return importlib.import_module(provider.package)
