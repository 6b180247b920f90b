"""Helpers (no tests) shared by the `voicespec diff` tests: edited copies of the committed specs."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from voicespec.providers import get_provider
from voicespec.spec.document import SpecDocument

Edit = Callable[[dict[str, Any]], None]


@cache
def _committed(provider: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(get_provider(provider).spec_path.read_text(encoding="utf-8"))
    return data


def spec_data(provider: str) -> dict[str, Any]:
    """A fresh, editable copy of the committed spec."""
    return copy.deepcopy(_committed(provider))


def write_spec(root: Path, provider: str, data: dict[str, Any]) -> Path:
    """Write `data` as `root/specs/<provider>/openapi.yaml` (so the provider is inferred from the path)."""
    path = root / "specs" / provider / "openapi.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def edited_docs(
    provider: str, new_edit: Edit, old_edit: Edit | None = None
) -> tuple[SpecDocument, SpecDocument]:
    """(OLD, NEW) documents in memory, as `edited_pair` writes them: parsing a written copy of a large
    spec costs about a second, which the many classification tests need not pay."""
    old = spec_data(provider)
    if old_edit is not None:
        old_edit(old)
    new = copy.deepcopy(old)
    new_edit(new)
    spec = get_provider(provider).spec_path
    old_doc = SpecDocument(spec.with_name("old.yaml"), old) if old_edit else SpecDocument.load(spec)
    return old_doc, SpecDocument(spec.with_name("new.yaml"), new)


def edited_pair(root: Path, provider: str, new_edit: Edit, old_edit: Edit | None = None) -> tuple[Path, Path]:
    """(OLD, NEW) spec files: OLD the committed spec (optionally edited first), NEW that plus `new_edit`."""
    old = spec_data(provider)
    if old_edit is not None:
        old_edit(old)
    new = copy.deepcopy(old)
    new_edit(new)
    return write_spec(root / "old", provider, old), write_spec(root / "new", provider, new)


def schemas(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = data["components"]["schemas"]
    return result


def operation(data: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = data["paths"][path][method]
    return result
