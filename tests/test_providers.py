"""Providers are discovered from `specs/<name>/` directories; only what the spec cannot say is configured."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicespec.errors import SpecError
from voicespec.providers import available_providers, get_provider

SPEC = "openapi: 3.1.0\ninfo: {title: Example Voice API, version: '1'}\npaths: {}\n"


def _provider_dir(root: Path, name: str, **files: str) -> Path:
    directory = root / name
    directory.mkdir(parents=True)
    (directory / "openapi.yaml").write_text(SPEC)
    for filename, text in files.items():
        (directory / filename.replace("_", ".", 1)).write_text(text)
    return directory


def test_everything_is_derived_from_the_directory(tmp_path: Path) -> None:
    _provider_dir(tmp_path, "example-voice")
    (tmp_path / "notes").mkdir()  # a directory without a spec is not a provider
    (provider,) = available_providers(tmp_path)
    assert (provider.name, provider.package, provider.title) == (
        "example-voice",
        "example_voice",
        "Example Voice API",
    )
    assert provider.spec_path == tmp_path / "example-voice" / "openapi.yaml"
    assert get_provider("example_voice", tmp_path) == provider


def test_the_optional_settings_override(tmp_path: Path) -> None:
    _provider_dir(
        tmp_path,
        "example-voice",
        voicespec_yaml="title: Example\nbase_url: https://eu.example.com\n",
        generator_yaml="package_name_override: example\n",
    )
    (provider,) = available_providers(tmp_path)
    assert (provider.package, provider.title) == ("example", "Example")
    assert provider.config["base_url"] == "https://eu.example.com"


def test_an_unknown_setting_names_the_file_and_key(tmp_path: Path) -> None:
    _provider_dir(tmp_path, "example-voice", voicespec_yaml="tittle: typo\n")
    with pytest.raises(SpecError, match="unknown key") as caught:
        available_providers(tmp_path)
    (problem,) = caught.value.problems
    assert problem.file.endswith("example-voice/voicespec.yaml")
    assert problem.location == "/tittle"


def test_an_unknown_provider_lists_the_known_ones(tmp_path: Path) -> None:
    _provider_dir(tmp_path, "example-voice")
    with pytest.raises(KeyError, match="known providers: example-voice"):
        get_provider("nowhere", tmp_path)
