"""The providers voicespec knows, and where each one's spec, generator config and client live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The repository root: voicespec is installed editable from it, and its specs and generated code are data
# of the repository, not of the installed package.
ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"
RUNTIME_DIR = ROOT / "runtime"
TEMPLATES_DIR = ROOT / "templates"
CASSETTES_DIR = ROOT / "conformance" / "cassettes"


@dataclass(frozen=True)
class Provider:
    """One provider's API: `name` is the spec directory, `package` the generated import name."""

    name: str
    package: str
    title: str
    specs_root: Path = SPECS_DIR  # another root lets tests regenerate from an edited copy of a spec

    @property
    def spec_dir(self) -> Path:
        return self.specs_root / self.name

    @property
    def spec_path(self) -> Path:
        return self.spec_dir / "openapi.yaml"

    @property
    def generator_config(self) -> Path:
        return self.spec_dir / "generator.yaml"

    @property
    def generated_dir(self) -> Path:
        """The generated project (pyproject.toml + package), installable with `pip install`."""
        return GENERATED_DIR / self.package

    @property
    def runtime_dirs(self) -> tuple[Path, ...]:
        """Hand-written modules copied into the package: shared ones first, then the provider's own."""
        return (RUNTIME_DIR / "common", RUNTIME_DIR / self.package)


PROVIDERS: dict[str, Provider] = {
    provider.name: provider
    for provider in (
        Provider("sinch-voice", "sinch_voice", "Sinch Voice / Calling API"),
        Provider("symbl-telephony", "symbl_telephony", "Symbl.ai Telephony API"),
        Provider("enablex-voice", "enablex_voice", "EnableX Voice API v1"),
    )
}


def get_provider(name: str) -> Provider:
    """Look a provider up by spec name (`sinch-voice`) or package name (`sinch_voice`)."""
    for provider in PROVIDERS.values():
        if name in (provider.name, provider.package):
            return provider
    known = ", ".join(PROVIDERS)
    raise KeyError(f"unknown provider {name!r}; known providers: {known}")


def available_providers() -> list[Provider]:
    """Providers whose spec exists in this checkout (specs land one issue at a time)."""
    return [provider for provider in PROVIDERS.values() if provider.spec_path.is_file()]
