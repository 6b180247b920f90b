"""The two sides of a diff: a spec file, or `git:REV` (the provider's spec at that revision of the
repository the command runs in), laid out as a spec directory the generator can regenerate from."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from voicespec.errors import VoicespecError
from voicespec.providers import Provider, available_providers, get_provider
from voicespec.spec.document import SpecDocument

GIT_PREFIX = "git:"


class DiffUsageError(VoicespecError):
    """The command was asked for something that does not exist: a file, a revision, a provider."""


@dataclass(frozen=True)
class SpecSide:
    """One side of the diff: how the user named it, the loaded document, and a provider whose
    `specs_root` holds a copy of it (with a generator config) to regenerate the client from."""

    label: str
    doc: SpecDocument
    provider: Provider


def infer_provider(old: str, new: str, name: str | None, cwd: Path) -> Provider:
    """`--provider`, else the `specs/<name>/` directory NEW (then OLD) lies in (relative to `cwd`)."""
    if name is not None:
        try:
            return get_provider(name)
        except KeyError as exc:
            raise DiffUsageError(str(exc.args[0])) from exc
    providers = {provider.name: provider for provider in available_providers()}
    for source in (new, old):
        if source.startswith(GIT_PREFIX):
            continue
        parts = (cwd / source).resolve().parts
        for index, part in enumerate(parts[:-1]):
            if part == "specs" and parts[index + 1] in providers:
                return providers[parts[index + 1]]
    raise DiffUsageError(
        "cannot tell the provider from the paths (not under specs/<provider>/): pass --provider "
        + "|".join(providers)
    )


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise DiffUsageError(f"cannot run git: {exc}") from exc


def _git_file(cwd: Path, revision: str, relative: str) -> bytes | None:
    top = _git(cwd, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise DiffUsageError(f"{GIT_PREFIX}{revision}: {cwd} is not inside a git repository")
    root = Path(top.stdout.decode().strip())
    if _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise DiffUsageError(f"{GIT_PREFIX}{revision}: unknown git revision in {root}")
    shown = _git(root, "show", f"{revision}:{relative}")
    return shown.stdout if shown.returncode == 0 else None


def load_side(source: str, provider: Provider, workdir: Path, cwd: Path) -> SpecSide:
    """Load `source` and copy it, with its generator config, to `workdir/<provider>/`."""
    spec_dir = workdir / provider.name
    spec_dir.mkdir(parents=True, exist_ok=True)
    target = spec_dir / "openapi.yaml"
    generator = spec_dir / "generator.yaml"
    if source.startswith(GIT_PREFIX):
        revision = source[len(GIT_PREFIX) :]
        if not revision:
            raise DiffUsageError(f"{source!r}: name a revision, e.g. git:HEAD~1")
        relative = f"specs/{provider.name}/openapi.yaml"
        content = _git_file(cwd, revision, relative)
        if content is None:
            raise DiffUsageError(f"{source}: {relative} does not exist at that revision")
        target.write_bytes(content)
        config = _git_file(cwd, revision, f"specs/{provider.name}/generator.yaml")
        if config is not None:
            generator.write_bytes(config)
        loaded = target
    else:
        path = cwd / source  # an absolute `source` stays as it is
        if not path.is_file():
            raise DiffUsageError(f"{source}: no such spec file")
        shutil.copyfile(path, target)
        sibling = path.parent / "generator.yaml"
        if sibling.is_file():
            shutil.copyfile(sibling, generator)
        loaded = path
    if not generator.exists():
        # A spec outside specs/<provider>/ is generated with the provider's own configuration.
        shutil.copyfile(provider.generator_config, generator)
    side_provider = dataclasses.replace(provider, specs_root=workdir)
    return SpecSide(source, SpecDocument.load(loaded), side_provider)
