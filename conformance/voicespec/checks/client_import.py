"""The `import` check: the generated package and every API module in it import."""

from __future__ import annotations

import importlib

from voicespec.checks.runner import Check
from voicespec.generation.package import ensure_importable
from voicespec.providers import Provider


def _import(provider: Provider) -> tuple[int, list[str]]:
    """Import the generated package and every API module in it (a dropped module fails here)."""
    api_dir = provider.generated_dir / provider.package / "api"
    modules = [provider.package]
    for path in sorted(api_dir.rglob("*.py")):
        relative = path.relative_to(provider.generated_dir).with_suffix("")
        modules.append(".".join(part for part in relative.parts if part != "__init__"))
    ensure_importable(provider)
    failures = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failures.append(f"import {name}: {type(exc).__name__}: {exc}")
    return len(modules), failures


IMPORT_CHECK = Check("import", _import)
