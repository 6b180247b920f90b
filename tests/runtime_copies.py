"""Is every runtime module's copy in generated/ the same program as runtime/? (used by conftest.py)

The tests import the generated packages, which hold copies of runtime/ made by `voicespec generate`.
Editing runtime/ without regenerating would test the old copy, so the session refuses to start. The copies
are compared as syntax trees, because generation reformats them for the packages' own line length.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

from voicespec.providers import Provider


def _tree(path: Path) -> str:
    return ast.dump(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))


def stale_copies(providers: Iterable[Provider], generated_dir: Path) -> list[str]:
    """One line per runtime module whose generated copy is missing or differs (empty when all agree)."""
    stale = []
    for provider in providers:
        package_dir = generated_dir / provider.package / provider.package
        for runtime_dir in provider.runtime_dirs:
            for source in sorted(runtime_dir.glob("*.py")):
                copy = package_dir / source.name
                if not copy.exists() or _tree(copy) != _tree(source):
                    stale.append(f"{copy} differs from {source}")
    return stale


__all__ = ["stale_copies"]
