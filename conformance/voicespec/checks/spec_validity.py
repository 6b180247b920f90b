"""The checks every provider gets from the spec issues: spec validity, lint, drift, client import."""

from __future__ import annotations

import importlib

from voicespec.errors import DriftError
from voicespec.examples import iter_examples
from voicespec.generate import check_drift
from voicespec.lint import lint_problems
from voicespec.providers import Provider
from voicespec.runner import Check
from voicespec.specdoc import SpecDocument
from voicespec.validate import spec_problems

# The full diff is printed by `voicespec generate --check`; the check summary shows its start.
_DIFF_LINES_SHOWN = 60


def _spec(provider: Provider) -> tuple[int, list[str]]:
    problems = spec_problems(provider.spec_path)
    examples = sum(1 for _ in iter_examples(SpecDocument.load(provider.spec_path)))
    return 1 + examples, [str(problem) for problem in problems]


def _lint(provider: Provider) -> tuple[int, list[str]]:
    return 1, [str(problem) for problem in lint_problems(provider.spec_path)]


def _drift(provider: Provider) -> tuple[int, list[str]]:
    try:
        check_drift([provider])
    except DriftError as exc:
        lines = exc.diff.splitlines()
        shown = "\n".join(lines[:_DIFF_LINES_SHOWN])
        more = (
            f"\n… {len(lines) - _DIFF_LINES_SHOWN} more diff lines" if len(lines) > _DIFF_LINES_SHOWN else ""
        )
        return 1, [f"{exc}\n{shown}{more}"]
    return 1, []


def _import(provider: Provider) -> tuple[int, list[str]]:
    """Import the generated package and every API module in it (a dropped module fails here)."""
    api_dir = provider.generated_dir / provider.package / "api"
    modules = [provider.package]
    for path in sorted(api_dir.rglob("*.py")):
        relative = path.relative_to(provider.generated_dir).with_suffix("")
        modules.append(".".join(part for part in relative.parts if part != "__init__"))
    failures = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failures.append(f"import {name}: {type(exc).__name__}: {exc}")
    return len(modules), failures


BASIC_CHECKS = (
    Check("spec", _spec),
    Check("lint", _lint),
    Check("drift", _drift),
    Check("import", _import),
)
