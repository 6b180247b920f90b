"""The golden-record test: generated/ is exactly what the pinned generator makes from the specs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from voicespec.errors import DriftError, GenerationError
from voicespec.generation.generator import check_drift, diff_trees, generate_project
from voicespec.providers import GENERATED_DIR, Provider


def test_generated_matches_spec_and_regeneration_is_stable(provider: Provider, tmp_path: Path) -> None:
    first = generate_project(provider, tmp_path / "first")
    second = generate_project(provider, tmp_path / "second")
    assert diff_trees(second, first, provider.package) == ""
    assert diff_trees(first, GENERATED_DIR / provider.package, provider.package) == ""


def test_runtime_and_py_typed_ship_in_the_package(provider: Provider) -> None:
    package_dir = GENERATED_DIR / provider.package / provider.package
    assert (package_dir / "py.typed").exists()
    for runtime_dir in provider.runtime_dirs:
        for module in runtime_dir.glob("*.py"):
            assert (package_dir / module.name).read_text() != "", module.name


def _copy_specs(provider: Provider, tmp_path: Path) -> Provider:
    shutil.copytree(provider.spec_dir, tmp_path / "specs" / provider.name)
    return Provider(provider.name, provider.package, provider.title, specs_root=tmp_path / "specs")


def test_drift_check_catches_an_unregenerated_spec_edit(any_provider: Provider, tmp_path: Path) -> None:
    edited = _copy_specs(any_provider, tmp_path)
    marker = "voicespec drift marker"
    # info.title lands in the package docstring and README of every generated client.
    text = edited.spec_path.read_text(encoding="utf-8")
    edited_text, count = re.subn(r"(?m)^(  title: )", rf"\1{marker} ", text, count=1)
    assert count == 1
    edited.spec_path.write_text(edited_text, encoding="utf-8")
    with pytest.raises(DriftError) as caught:
        check_drift([edited])
    assert marker in caught.value.diff
    assert caught.value.diff.startswith("--- a/generated/")


WARNING_SPEC = """
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /thing:
    get:
      operationId: getThing
      responses:
        "200":
          description: the response refers to a schema that does not exist
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Missing'}
"""


def test_a_generator_warning_fails_generation(any_provider: Provider, tmp_path: Path) -> None:
    broken = _copy_specs(any_provider, tmp_path)
    broken.spec_path.write_text(WARNING_SPEC, encoding="utf-8")
    with pytest.raises(GenerationError) as caught:
        generate_project(broken, tmp_path / "out")
    assert "response will be omitted" in str(caught.value)


def test_generate_check_command_exits_zero_when_in_sync() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "voicespec.cli", "generate", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/ matches the specs" in result.stderr
