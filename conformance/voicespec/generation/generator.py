"""Regenerating the typed clients from the specs, and the drift check that compares with `generated/`.

One `generate_project()` serves both `voicespec generate` and `voicespec generate --check` (and the
golden-record test), the way openapi-python-client's own end-to-end tests work: regenerate into a temporary
directory, then either move it into place or diff it against what is committed.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from openapi_python_client import generate as opc_generate
from openapi_python_client.config import Config, ConfigFile, MetaType

from voicespec.errors import DriftError, GenerationError, Problem
from voicespec.providers import GENERATED_DIR, TEMPLATES_DIR, Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.error_fields import error_fields
from voicespec.spec.servers import path_servers, servers

# Files a test run or an editable install may leave beside the generated code; never part of the output.
_IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
_IGNORED_SUFFIXES = (".pyc", ".egg-info")
# The overrides only; templates/upstream/<version>/ holds the generator's originals they were made from.
OVERRIDES_DIR = TEMPLATES_DIR / "overrides"


def _config_file(provider: Provider) -> ConfigFile:
    """`specs/<name>/generator.yaml` when there is one; otherwise what it would say for a new provider:
    the package named for the directory, version 0.1.0, and no post hooks (voicespec runs the pinned ruff
    itself, so the output never depends on whatever ruff a machine has on PATH)."""
    if provider.generator_config.is_file():
        return ConfigFile.load_from_path(provider.generator_config)
    return ConfigFile(
        project_name_override=f"{provider.name}-client",
        package_name_override=provider.package,
        package_version_override="0.1.0",
        post_hooks=[],
    )


def generator_config(provider: Provider, output_path: Path | None) -> Config:
    """The generator's configuration for `provider`, as `voicespec generate` and the client map use it."""
    return Config.from_sources(
        _config_file(provider),
        MetaType.POETRY,
        provider.spec_path,
        "utf-8",
        overwrite=False,
        output_path=output_path,
    )


def generate_project(provider: Provider, project_dir: Path) -> Path:
    """Generate `provider`'s client project into `project_dir` (created; must not exist).

    Any generator error *or warning* raises `GenerationError`: a warning means a model or endpoint was
    dropped, and a client missing an endpoint must never be committed quietly.
    """
    config = generator_config(provider, project_dir)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        errors = opc_generate(config=config, custom_template_path=OVERRIDES_DIR)
    if errors:
        problems = [
            Problem(str(provider.spec_path), error.header or "", f"{error.level.value}: {error.detail or ''}")
            for error in errors
        ]
        raise GenerationError(f"openapi-python-client reported problems for {provider.name}", problems)
    package_dir = project_dir / provider.package
    _copy_runtime(provider, package_dir)
    _write_error_fields(provider, package_dir)
    _write_servers(provider, package_dir)
    _ruff(project_dir, "check", "--fix-only", ".")
    _ruff(project_dir, "format", ".")
    _ruff(project_dir, "check", ".")
    return project_dir


def _copy_runtime(provider: Provider, package_dir: Path) -> None:
    """Copy the hand-written runtime modules into the package, refusing to shadow a generated module."""
    for runtime_dir in provider.runtime_dirs:
        for source in sorted(runtime_dir.glob("*.py")):
            target = package_dir / source.name
            if target.exists():
                raise GenerationError(
                    f"runtime module would overwrite generated code in {provider.package}",
                    [Problem(str(source), "", f"{target.name} is also generated from the spec")],
                )
            shutil.copyfile(source, target)


def _write_error_fields(provider: Provider, package_dir: Path) -> None:
    """`error_fields.py`: where this API's error bodies carry code and message, read from the spec (the
    runtime's `ApiResponseError` reads them; `voicespec.spec.error_fields` says how they are found)."""
    fields = error_fields(SpecDocument.load(provider.spec_path))
    _write_derived(
        provider,
        package_dir / "error_fields.py",
        '"""Where error bodies carry code and message: derived from the spec by `voicespec generate`."""\n\n'
        f"ERROR_CODE_KEYS: tuple[str, ...] = {fields.code!r}\n"
        f"MESSAGE_KEYS: tuple[str, ...] = {fields.message!r}\n",
    )


def _write_servers(provider: Provider, package_dir: Path) -> None:
    """`spec_servers.py`: the spec's servers and the path templates its path-level `servers` move to
    another host (the runtime's `host_routing` reads them; `voicespec.spec.servers` says how)."""
    doc = SpecDocument.load(provider.spec_path)
    _write_derived(
        provider,
        package_dir / "spec_servers.py",
        '"""The servers the spec names: derived from the spec by `voicespec generate`."""\n\n'
        "# Every top-level server, variables at their defaults; the first is the API's base URL.\n"
        f"SERVERS: tuple[str, ...] = {tuple(servers(doc))!r}\n"
        "# Path template -> the server its path-level `servers` names first.\n"
        f"PATH_SERVERS: dict[str, str] = {path_servers(doc)!r}\n",
    )


def _write_derived(provider: Provider, target: Path, text: str) -> None:
    """Write a module derived from the spec, refusing to overwrite a generated or runtime module."""
    if target.exists():
        raise GenerationError(
            f"a module derived from the spec would overwrite {target.name} in {provider.package}",
            [Problem(str(target), "", "rename the runtime module or the generated one")],
        )
    target.write_text(text, encoding="utf-8")


def _ruff(cwd: Path, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--quiet"], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise GenerationError(
            f"ruff {args[0]} failed on generated code",
            [Problem(str(cwd), "", (result.stdout + result.stderr).strip())],
        )


def regenerate(providers: Iterable[Provider], generated_dir: Path = GENERATED_DIR) -> list[Path]:
    """Regenerate each provider's project and move it into `generated_dir`, replacing the old one."""
    written = []
    for provider in providers:
        with tempfile.TemporaryDirectory(prefix="voicespec-gen-") as tmp:
            fresh = generate_project(provider, Path(tmp) / provider.package)
            target = generated_dir / provider.package
            if target.exists():
                shutil.rmtree(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, target)
            written.append(target)
    return written


def _tracked_files(root: Path) -> dict[str, Path]:
    files = {}
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if path.is_dir() or _IGNORED_PARTS.intersection(relative.parts):
            continue
        if any(part.endswith(_IGNORED_SUFFIXES) for part in relative.parts):
            continue
        files[relative.as_posix()] = path
    return files


def diff_trees(expected: Path, actual: Path, label: str) -> str:
    """A unified diff from `actual` (committed) to `expected` (fresh); empty when they are the same."""
    fresh, committed = _tracked_files(expected), _tracked_files(actual)
    chunks: list[str] = []
    for name in sorted(fresh.keys() | committed.keys()):
        new = fresh[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in fresh else []
        old = (
            committed[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in committed else []
        )
        if new != old:
            chunks.extend(difflib.unified_diff(old, new, f"a/{label}/{name}", f"b/{label}/{name}"))
    return "".join(chunks)


def check_drift(providers: Iterable[Provider], generated_dir: Path = GENERATED_DIR) -> None:
    """Regenerate into a temporary directory and compare; raise `DriftError` with the diff on any change."""
    diffs: list[str] = []
    problems: list[Problem] = []
    for provider in providers:
        with tempfile.TemporaryDirectory(prefix="voicespec-drift-") as tmp:
            fresh = generate_project(provider, Path(tmp) / provider.package)
            committed = generated_dir / provider.package
            diff = diff_trees(fresh, committed, f"generated/{provider.package}")
        if diff:
            diffs.append(diff)
            problems.append(
                Problem(str(committed), "", "differs from a fresh regeneration: run `voicespec generate`")
            )
    if diffs:
        raise DriftError("generated code is out of date with the specs", "".join(diffs), problems)
