"""Where voicespec's data lives: this checkout's own directories, or the copy bundled in an installed wheel,
and the user's own spec and cassette directories when a project points voicespec at them.

In a checkout (an editable install) the specs, cassettes, generated projects, runtime and templates are
the repository's own directories, so an edit is seen at once. An installed wheel carries a copy of them
under `voicespec/data/` (setup.py puts it there at build time), read from the installed package, so
every command works from any directory.

A user's project points voicespec at its own directories, first match wins:
  1. `--spec-dir DIR` / `--cassettes DIR` on the command line (the CLI exports them as the environment
     variables below, so the isolated fuzz interpreters and servers it starts see the same choice);
  2. `VOICESPEC_SPEC_DIR` / `VOICESPEC_CASSETTES`;
  3. `spec-dir` / `cassettes` under `[tool.voicespec]` in the nearest `pyproject.toml` from the working
     directory upward, relative to that file (this is how the pytest fixtures find the user's cassettes);
  4. the bundled (or checkout) data.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from voicespec.errors import Problem, VoicespecError

SPEC_DIR_ENV = "VOICESPEC_SPEC_DIR"
CASSETTES_ENV = "VOICESPEC_CASSETTES"
# The keys of [tool.voicespec] in a user's pyproject.toml, and the environment variable each mirrors.
PROJECT_KEYS = {"spec-dir": SPEC_DIR_ENV, "cassettes": CASSETTES_ENV}

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE_DIR.parents[1]


class LocationError(VoicespecError):
    """A configured spec or cassette directory that does not exist, or an unreadable [tool.voicespec]."""


@dataclass(frozen=True)
class Layout:
    """The directories of one copy of voicespec's data."""

    root: Path  # what paths in reports are shown relative to
    specs: Path
    cassettes: Path
    generated: Path
    runtime: Path
    templates: Path
    lint: Path  # package.json + package-lock.json of the pinned Redocly CLI (node_modules in a checkout)
    redocly_config: Path
    in_checkout: bool


def _is_checkout(root: Path) -> bool:
    return (root / "conformance" / "voicespec").is_dir() and (root / "specs").is_dir()


def _layout() -> Layout:
    if _is_checkout(_CHECKOUT):
        return Layout(
            root=_CHECKOUT,
            specs=_CHECKOUT / "specs",
            cassettes=_CHECKOUT / "conformance" / "cassettes",
            generated=_CHECKOUT / "generated",
            runtime=_CHECKOUT / "runtime",
            templates=_CHECKOUT / "templates",
            lint=_CHECKOUT / "tools" / "lint",
            redocly_config=_CHECKOUT / "redocly.yaml",
            in_checkout=True,
        )
    data = _PACKAGE_DIR / "data"
    return Layout(
        root=data,
        specs=data / "specs",
        cassettes=data / "cassettes",
        generated=data / "generated",
        runtime=data / "runtime",
        templates=data / "templates",
        lint=data / "lint",
        redocly_config=data / "redocly.yaml",
        in_checkout=False,
    )


LAYOUT = _layout()


def find_project_file(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml from `start` (the working directory) upward that has [tool.voicespec]."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and "voicespec" in _tool_table(candidate, required=False):
            return candidate
    return None


def _tool_table(path: Path, required: bool = True) -> dict[str, object]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        if not required:
            return {}
        raise LocationError(f"cannot read {path}", [Problem(str(path), "", str(exc))]) from exc
    tool = data.get("tool")
    return tool if isinstance(tool, dict) else {}


def project_settings(start: Path | None = None) -> dict[str, Path]:
    """`[tool.voicespec]` of the user's project as absolute paths; unknown keys are errors."""
    path = find_project_file(start)
    if path is None:
        return {}
    table = _tool_table(path)["voicespec"]
    if not isinstance(table, dict):
        raise LocationError(
            f"{path}: [tool.voicespec] is not a table", [Problem(str(path), "tool.voicespec", "")]
        )
    found: dict[str, Path] = {}
    for key, value in table.items():
        where = f"tool.voicespec.{key}"
        if key not in PROJECT_KEYS:
            known = ", ".join(PROJECT_KEYS)
            raise LocationError(
                f"{path}: unknown key {where}", [Problem(str(path), where, f"known keys: {known}")]
            )
        if not isinstance(value, str) or not value:
            raise LocationError(f"{path}: {where} must be a path", [Problem(str(path), where, repr(value))])
        found[key] = (path.parent / value).resolve()
    return found


def _configured(env: str, key: str, default: Path) -> Path:
    raw = os.environ.get(env, "").strip()
    chosen = Path(raw).resolve() if raw else project_settings().get(key, default)
    if chosen != default and not chosen.is_dir():
        source = f"${env}" if raw else "[tool.voicespec]"
        raise LocationError(
            f"{key} directory {chosen} (from {source}) does not exist",
            [Problem(str(chosen), "", "expected a directory with one subdirectory per provider")],
        )
    return chosen


def specs_root() -> Path:
    """The directory holding one `<provider>/openapi.yaml` per provider."""
    return _configured(SPEC_DIR_ENV, "spec-dir", LAYOUT.specs)


def cassettes_root() -> Path:
    """The directory holding one `<provider>/` directory of cassettes per provider."""
    return _configured(CASSETTES_ENV, "cassettes", LAYOUT.cassettes)


def shown(path: Path) -> str:
    """A path as reports show it: relative to the data root, or to the working directory, else absolute."""
    for base in (LAYOUT.root, Path.cwd()):
        if path.is_relative_to(base):
            return str(path.relative_to(base))
    return str(path)
