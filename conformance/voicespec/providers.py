"""Providers are data: a provider is a directory `specs/<name>/` holding `openapi.yaml`.

Everything else about a provider is derived from that directory: the generated package's import name
(the generator config's `package_name_override`, else the directory name with `-` as `_`), its title (the
spec's `info.title`), its cassettes (`<cassettes root>/<name>/`). Only what the spec cannot say goes
into the optional `voicespec.yaml` beside the spec (see `PROVIDER_CONFIG_KEYS`); an unknown key there is
an error naming the file and the key, never ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from voicespec import locations
from voicespec.errors import Problem, SpecError

# The bundled (installed wheel) or checkout data; a user's own directories come from `locations`.
ROOT = locations.LAYOUT.root
SPECS_DIR = locations.LAYOUT.specs
GENERATED_DIR = locations.LAYOUT.generated
RUNTIME_DIR = locations.LAYOUT.runtime
TEMPLATES_DIR = locations.LAYOUT.templates
CASSETTES_DIR = locations.LAYOUT.cassettes
SPEC_FILE = "openapi.yaml"
GENERATOR_CONFIG_FILE = "generator.yaml"
PROVIDER_CONFIG_FILE = "voicespec.yaml"

# The keys of the optional voicespec.yaml, and what each overrides.
PROVIDER_CONFIG_KEYS = {
    "title": "the name shown in reports (default: the spec's info.title)",
    "base_url": "the URL the pytest fixture's client is built with (default: the spec's first server)",
}


@dataclass(frozen=True)
class Provider:
    """One provider's API: `name` is the spec directory, `package` the generated import name."""

    name: str
    package: str
    title: str
    specs_root: Path = SPECS_DIR  # another root lets tests regenerate from an edited copy of a spec
    # None: the configured root (--cassettes, $VOICESPEC_CASSETTES, [tool.voicespec], else bundled).
    cassettes_root: Path | None = None
    config: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def spec_dir(self) -> Path:
        return self.specs_root / self.name

    @property
    def spec_path(self) -> Path:
        return self.spec_dir / SPEC_FILE

    @property
    def generator_config(self) -> Path:
        return self.spec_dir / GENERATOR_CONFIG_FILE

    @property
    def generated_dir(self) -> Path:
        """The generated project (pyproject.toml + package), installable with `pip install`."""
        return GENERATED_DIR / self.package

    @property
    def cassettes_dir(self) -> Path:
        return (self.cassettes_root or locations.cassettes_root()) / self.name

    @property
    def runtime_dirs(self) -> tuple[Path, ...]:
        """Hand-written modules copied into the package: shared ones first, then the provider's own."""
        return (RUNTIME_DIR / "common", RUNTIME_DIR / self.package)


# libyaml when PyYAML was built with it: discovery reads every spec once per process.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _mapping(path: Path) -> dict[str, Any]:
    """A YAML mapping file (a config, or a spec for its title); {} when the file is absent."""
    if not path.is_file():
        return {}
    return _parsed(path, path.stat().st_mtime_ns)


@cache
def _parsed(path: Path, mtime_ns: int) -> dict[str, Any]:  # the mtime makes an edited file a new key
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SpecError(f"cannot read {path}", [Problem(str(path), "", str(exc))]) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SpecError(f"{path} is not a mapping", [Problem(str(path), "", "expected a YAML mapping")])
    return data


def _package_name(name: str, generator_config: dict[str, Any]) -> str:
    override = generator_config.get("package_name_override")
    return str(override) if override else name.replace("-", "_").replace(".", "_")


def load_provider(spec_dir: Path) -> Provider:
    """The provider whose spec lives in `spec_dir` (`specs/<name>/`)."""
    config_path = spec_dir / PROVIDER_CONFIG_FILE
    config = _mapping(config_path)
    unknown = sorted(set(config) - set(PROVIDER_CONFIG_KEYS))
    if unknown:
        known = ", ".join(PROVIDER_CONFIG_KEYS)
        raise SpecError(
            f"{config_path}: unknown key(s) {', '.join(unknown)}",
            [
                Problem(str(config_path), f"/{key}", f"not a provider setting; known: {known}")
                for key in unknown
            ],
        )
    info = _mapping(spec_dir / SPEC_FILE).get("info") or {}
    title = config.get("title") or (info.get("title") if isinstance(info, dict) else None) or spec_dir.name
    return Provider(
        name=spec_dir.name,
        package=_package_name(spec_dir.name, _mapping(spec_dir / GENERATOR_CONFIG_FILE)),
        title=str(title),
        specs_root=spec_dir.parent,
        config=config,
    )


def available_providers(specs_root: Path | None = None) -> list[Provider]:
    """Every provider directory under `specs_root` (default: the configured one) that holds a spec."""
    specs_root = specs_root or locations.specs_root()
    if not specs_root.is_dir():
        return []
    return [load_provider(path.parent) for path in sorted(specs_root.glob(f"*/{SPEC_FILE}"))]


def get_provider(name: str, specs_root: Path | None = None) -> Provider:
    """Look a provider up by spec name (`sinch-voice`) or package name (`sinch_voice`)."""
    providers = available_providers(specs_root)
    for provider in providers:
        if name in (provider.name, provider.package):
            return provider
    known = ", ".join(provider.name for provider in providers) or "none"
    raise KeyError(f"unknown provider {name!r}; known providers: {known}")
