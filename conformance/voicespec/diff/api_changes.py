"""Generated-code changes: regenerate both sides into temporary directories and compare the public API
of the two packages with griffe's breaking-change check (renamed or removed modules, functions and
attributes, new required parameters, changed types: the imports and call sites a user must change).

griffe reads the packages statically (`allow_inspection=False`), so neither is imported and neither can
clash with the installed client of the same name.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import griffe

from voicespec.diff.model import ApiChange
from voicespec.diff.model_api import model_api_changes
from voicespec.errors import VoicespecError
from voicespec.generation.generator import generate_project
from voicespec.providers import Provider


def regenerate_side(provider: Provider, project_dir: Path) -> Path:
    """The generated project for one side (`provider.specs_root` holds that side's spec)."""
    return generate_project(provider, project_dir)


def _kind(breakage: griffe.Breakage) -> str:
    return re.sub(r"[^a-z]+", "-", breakage.kind.name.lower()).strip("-")


def _shown(value: Any) -> str:
    name = getattr(value, "name", None)
    annotation = getattr(value, "annotation", None)
    if name is not None and annotation is not None:
        return f"{name}: {annotation}"
    return str(value) if value is not None else ""


def _message(breakage: griffe.Breakage) -> str:
    kind = breakage.kind
    old, new = _shown(breakage.old_value), _shown(breakage.new_value)
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        return "removed: imports and uses of it fail"
    if kind in (griffe.BreakageKind.PARAMETER_ADDED_REQUIRED, griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED):
        return f"{kind.value}: {new or old}; every call must pass it"
    if kind is griffe.BreakageKind.PARAMETER_REMOVED:
        return f"{kind.value}: {old}; calls passing it fail"
    if old and new:
        return f"{kind.value}: {old} -> {new}"
    return f"{kind.value}: {old or new}"


def load_api(project: Path, package: str) -> Any:
    """The griffe tree of the generated package in `project`."""
    try:
        # No docstrings or sources are kept: only signatures, attributes and types are compared.
        return griffe.load(
            package,
            search_paths=[str(project)],
            allow_inspection=False,
            try_relative_path=False,
            store_source=False,
            docstring_parser=None,
        )
    except (griffe.GriffeError, OSError, SyntaxError) as exc:
        raise VoicespecError(f"griffe cannot read the regenerated {package}: {exc}") from exc


def _location(obj: Any, projects: tuple[Path, ...]) -> str:
    """file:line inside the package (the same relative path on either side)."""
    filepath = obj.filepath if isinstance(obj.filepath, Path) else None
    for project in projects:
        if filepath is not None and filepath.is_relative_to(project):
            relative = filepath.relative_to(project).as_posix()
            return f"{relative}:{obj.lineno}" if obj.lineno else relative
    return ""


def api_changes(old: Any, new: Any, projects: tuple[Path, Path]) -> list[ApiChange]:
    """The public-API breakages from the OLD griffe tree to the NEW one (`projects`: where they are)."""
    changes = []
    for breakage in griffe.find_breaking_changes(old, new):
        obj = breakage.obj
        changes.append(
            ApiChange("breaking", _kind(breakage), obj.path, _location(obj, projects), _message(breakage))
        )
    return changes + model_api_changes(old, new)
