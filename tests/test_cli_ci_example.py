"""README's CI example for a user's repository, as far as it can be tested offline: the GitHub Actions
workflow and the pre-commit hook parse, have the shape the text promises, and their commands work (the
workflow's sharded command with a fast `--only`, the hook's entry in a throwaway user project)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

from voicespec.providers import CASSETTES_DIR

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)
VOICESPEC = [sys.executable, "-m", "voicespec.cli"]


def _block(key: str) -> dict[str, Any]:
    found = [yaml.safe_load(block) for block in BLOCKS if re.search(rf"^{key}:", block, flags=re.MULTILINE)]
    assert len(found) == 1, f"README has {len(found)} YAML blocks with a top-level {key!r}"
    return dict(found[0])


def _command(line: str) -> list[str]:
    words = shlex.split(line)
    assert words[0] == "voicespec"
    return [*VOICESPEC, *words[1:]]


def test_the_workflow_shards_add_up(tmp_path: Path) -> None:
    workflow = _block("jobs")
    job = workflow["jobs"]["conformance"]
    shards = job["strategy"]["matrix"]["shard"]
    assert job["strategy"]["fail-fast"] is False  # every shard reports, even after one fails
    runs = [step["run"] for step in job["steps"] if "run" in step]
    (check,) = [run for run in runs if run.startswith("voicespec check")]
    assert f"--shard ${{{{ matrix.shard }}}}/{len(shards)}" in check
    uploads = [
        step for step in job["steps"] if str(step.get("uses", "")).startswith("actions/upload-artifact")
    ]
    assert uploads
    assert uploads[0]["if"] == "always()"
    cases: list[tuple[str, str]] = []
    for shard in shards:
        command = check.replace("${{ matrix.shard }}", str(shard))
        done = subprocess.run(
            [*_command(command), "--only", "spec", "--only", "import"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        junit = ET.parse(tmp_path / f"junit-{shard}.xml").getroot()
        cases += [(suite.get("name") or "", case.get("name") or "") for suite in junit for case in suite]
    assert len(cases) == len(set(cases))
    providers = sorted(path.name for path in CASSETTES_DIR.iterdir() if path.is_dir())
    assert sorted(cases) == sorted(
        (provider, check) for provider in providers for check in ("spec", "import")
    )


def test_the_pre_commit_hook_checks_the_users_cassettes(tmp_path: Path) -> None:
    config = _block("repos")
    (hook,) = config["repos"][0]["hooks"]
    assert config["repos"][0]["repo"] == "local"
    assert hook["language"] == "system"
    assert hook["pass_filenames"] is False
    project = tmp_path / "project"
    cassettes = project / "tests" / "cassettes" / "symbl-telephony"
    cassettes.mkdir(parents=True)
    shutil.copyfile(CASSETTES_DIR / "symbl-telephony" / "generateToken.yaml", cassettes / "token.yaml")
    (project / "pyproject.toml").write_text('[tool.voicespec]\ncassettes = "tests/cassettes"\n')
    assert re.search(hook["files"], "tests/cassettes/symbl-telephony/token.yaml")
    run = subprocess.run(
        _command(hook["entry"]), cwd=project, capture_output=True, text=True, check=False, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert "symbl-telephony: cassettes ok" in run.stderr
    (cassettes / "token.yaml").write_text(
        (cassettes / "token.yaml").read_text().replace("code: 200", "code: 299")
    )
    broken = subprocess.run(
        _command(hook["entry"]), cwd=project, capture_output=True, text=True, check=False, timeout=300
    )
    assert broken.returncode == 1  # the hook fails the commit
