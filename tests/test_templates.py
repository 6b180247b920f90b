"""The template overrides stay tied to the generator version they were made from, and the tolerant enum
base class the enum overrides use behaves as documented."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import openapi_python_client
import pytest
from sinch_voice.models.query_number_info_number_type import QueryNumberInfoNumberType

from tests.runtime_copies import stale_copies
from voicespec.providers import ROOT, available_providers

TEMPLATES = ROOT / "templates"
GENERATOR_VERSION = version("openapi-python-client")
INSTALLED = Path(openapi_python_client.__file__).parent / "templates"
PRISTINE = TEMPLATES / "upstream" / GENERATOR_VERSION
# Templates of our own that an override includes (a package's extra dependencies); the generator has none
# of that name, so they have no pristine copy. Everything else in overrides/ replaces a generator template.
ADDITION_PREFIX = "pyproject_dependencies_"
ADDITIONS = sorted(path.name for path in (TEMPLATES / "overrides").glob(f"{ADDITION_PREFIX}*.jinja"))
OVERRIDES = sorted(
    path.name for path in (TEMPLATES / "overrides").glob("*.jinja") if path.name not in ADDITIONS
)


def test_there_are_pristine_copies_for_the_pinned_generator() -> None:
    assert PRISTINE.is_dir(), f"no templates/upstream/{GENERATOR_VERSION}: copy the overridden templates"
    assert OVERRIDES, "no overrides found"


@pytest.mark.parametrize("name", OVERRIDES)
def test_every_override_has_an_unchanged_pristine_copy(name: str) -> None:
    pristine = PRISTINE / name
    assert pristine.exists(), f"templates/overrides/{name} has no pristine copy in {PRISTINE}"
    assert pristine.read_text(encoding="utf-8") == (INSTALLED / name).read_text(encoding="utf-8"), (
        f"openapi-python-client {GENERATOR_VERSION}'s {name} differs from the pristine copy: merge the "
        "change into templates/overrides/ and refresh templates/upstream/"
    )


@pytest.mark.parametrize("name", ADDITIONS)
def test_an_addition_names_a_package_and_replaces_no_generator_template(name: str) -> None:
    assert not (INSTALLED / name).exists(), f"{name} shadows a generator template: treat it as an override"
    package = name.removeprefix(ADDITION_PREFIX).removesuffix(".toml.jinja")
    assert package in {provider.package for provider in available_providers()}, f"{name}: no such package"
    included = (TEMPLATES / "overrides" / "pyproject_poetry.toml.jinja").read_text(encoding="utf-8")
    assert f'"{ADDITION_PREFIX}" ~ package_name' in included, "the pyproject override no longer includes it"


def test_overrides_are_small() -> None:
    # The logic lives in the runtime; an enum override only declares members.
    for name in ("str_enum.py.jinja", "int_enum.py.jinja", "errors.py.jinja"):
        lines = (TEMPLATES / "overrides" / name).read_text(encoding="utf-8").splitlines()
        assert len(lines) <= 25, name


def test_a_member_whose_value_is_unknown_is_known() -> None:
    member = QueryNumberInfoNumberType("Unknown")
    assert member is QueryNumberInfoNumberType.UNKNOWN
    assert member.is_known


def test_a_new_value_is_kept_under_a_name_no_member_can_have() -> None:
    new = QueryNumberInfoNumberType("Satellite")
    assert not new.is_known
    assert new.value == "Satellite"
    assert str(new) == "Satellite"
    assert not new.name.isidentifier()
    assert new.name not in QueryNumberInfoNumberType.__members__
    with pytest.raises(ValueError, match="7 is not a valid"):
        QueryNumberInfoNumberType(7)  # type: ignore[arg-type]  # not a string: still refused


def test_a_stale_runtime_copy_is_detected(tmp_path: Path) -> None:
    providers = available_providers()
    generated = ROOT / "generated"
    assert stale_copies(providers, generated) == []
    provider = providers[0]
    package_dir = tmp_path / provider.package / provider.package
    package_dir.mkdir(parents=True)
    for runtime_dir in provider.runtime_dirs:
        for source in runtime_dir.glob("*.py"):
            (package_dir / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    assert stale_copies([provider], tmp_path) == []
    edited = package_dir / "paths.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nEXTRA = 1\n", encoding="utf-8")
    assert stale_copies([provider], tmp_path) == [f"{edited} differs from {ROOT / 'runtime/common/paths.py'}"]
