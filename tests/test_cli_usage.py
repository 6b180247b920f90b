"""`voicespec` never passes while checking nothing: usage errors exit 2 with one line, `--help` lists the
checks, the providers and the defaults, and a user's cassette directory must hold the user's cassettes."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from voicespec.checks.registry import check_names
from voicespec.checks.runner import Check
from voicespec.cli import app as cli
from voicespec.providers import CASSETTES_DIR, SPECS_DIR, available_providers
from voicespec.spec import lint as lint_module

VOICESPEC = [sys.executable, "-m", "voicespec.cli"]
ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*VOICESPEC, *args], capture_output=True, text=True, cwd=cwd, check=False, timeout=300
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["check", "--only", "nonsense"], "unknown check nonsense"),
        (["check", "--only", "Spec"], "unknown check Spec"),
        (["check", "--provider", "acme"], "unknown provider 'acme'"),
        (["serve", "sinch-voice", "--port", "99999"], "port must be between 0 and 65535"),
        (["serve", "acme"], "unknown provider 'acme'"),
        (["check", "--shard", "4/3"], "K must be between 1 and N"),
        (["check", "--shard", "x"], "--shard must look like K/N"),
        (["check", "--jobs", "0"], "must be a positive integer"),
        (["check", "--cassettes", "no/such/dir"], "no/such/dir is not a directory"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], says: str, tmp_path: Path) -> None:
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert says in lines[0]
    assert "Traceback" not in result.stderr
    assert "passed" not in result.stdout


def test_a_run_of_zero_cases_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = Check("empty", lambda provider: (0, []))
    monkeypatch.setattr(cli, "all_checks", lambda: (empty,))
    assert cli.main(["check", "--jobs", "1"]) == 2
    assert "no case ran" in capsys.readouterr().err


def test_help_lists_checks_providers_and_defaults(tmp_path: Path) -> None:
    result = _run("check", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert f"checks (in order): {', '.join(check_names())}" in result.stdout
    assert ", ".join(provider.name for provider in available_providers()) in result.stdout
    assert "default: all" in result.stdout
    assert f"default: {cli.DEFAULT_JOBS}" in result.stdout
    serve = _run("serve", "--help", cwd=tmp_path)
    assert "default: 8000" in serve.stdout


def _user_cassettes(tmp_path: Path, provider: str, *names: str, source: str | None = None) -> Path:
    root = tmp_path / "cassettes"
    target = root / provider
    target.mkdir(parents=True)
    for name in names:
        shutil.copyfile(CASSETTES_DIR / (source or provider) / name, target / name)
    return root


def test_an_empty_cassette_directory_is_an_error(tmp_path: Path) -> None:
    root = _user_cassettes(tmp_path, "sinch-voice")
    result = _run("check", "--only", "cassettes", "--cassettes", str(root), cwd=tmp_path)
    assert result.returncode == 2
    assert "holds no cassettes" in result.stderr


def test_a_directory_for_no_provider_is_an_error(tmp_path: Path) -> None:
    root = _user_cassettes(tmp_path, "acme-voice")
    result = _run("check", "--only", "cassettes", "--cassettes", str(root), cwd=tmp_path)
    assert result.returncode == 2
    assert "acme-voice is not a provider" in result.stderr


def test_another_providers_cassette_fails_the_check(tmp_path: Path) -> None:
    root = _user_cassettes(tmp_path, "sinch-voice", "connectEndpoint.yaml", source="symbl-telephony")
    result = _run("check", "--only", "cassettes", "--cassettes", str(root), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "no operation in the spec matches" in result.stderr
    assert "symbl-telephony" not in result.stderr.split("voicespec check")[-1]  # only sinch was checked


def test_the_users_cassettes_are_checked_from_pyproject(tmp_path: Path) -> None:
    root = _user_cassettes(tmp_path, "sinch-voice", "getCallResult.yaml")
    (tmp_path / "pyproject.toml").write_text('[tool.voicespec]\ncassettes = "cassettes"\n')
    nested = tmp_path / "src" / "deep"
    nested.mkdir(parents=True)
    result = _run("check", "--only", "cassettes", "--junit", "out/j.xml", cwd=nested)
    assert result.returncode == 0, result.stderr
    assert "sinch-voice: cassettes ok" in result.stderr
    assert "symbl-telephony" not in result.stderr  # only the providers the user has cassettes for
    assert (nested / "out" / "j.xml").is_file()  # relative to the caller's directory
    assert root.is_dir()


def test_problem_lines_are_not_wrapped_in_a_log(tmp_path: Path) -> None:
    root = _user_cassettes(tmp_path, "sinch-voice", "connectEndpoint.yaml", source="symbl-telephony")
    result = _run("check", "--only", "cassettes", "--cassettes", str(root), cwd=tmp_path)
    long_lines = [line for line in result.stderr.splitlines() if "no operation in the spec matches" in line]
    assert long_lines
    assert any(len(line) > 80 for line in long_lines), long_lines


def test_lint_without_node_is_skipped_with_its_reason_everywhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lint_module, "_tool", lambda name: None)
    junit = tmp_path / "junit.xml"
    code = cli.main(
        [
            "check",
            "--provider",
            "symbl-telephony",
            "--only",
            "lint",
            "--only",
            "import",
            "--jobs",
            "1",
            "--junit",
            str(junit),
        ]
    )
    assert code == 0
    out, err = capsys.readouterr()
    assert "symbl-telephony: lint skipped: node is not installed (install `voicespec[lint]`" in err
    assert "1 skipped (lint: node is not installed" in out
    skipped = ET.parse(junit).getroot().find("testsuite/testcase/skipped")
    assert skipped is not None
    assert "node is not installed" in (skipped.get("message") or "")


def test_dev_py_check_writes_junit_where_the_caller_is(tmp_path: Path) -> None:
    dev = ROOT / "scripts" / "dev.py"
    spec = importlib.util.spec_from_file_location("dev", dev)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.STAMP.exists() or module.STAMP.read_text() != module._fingerprint():
        pytest.skip("the venv is not the one dev.py would set up (it would reinstall it)")
    args = ["check", "--provider", "symbl-telephony", "--only", "spec", "--junit", "reports/x.xml"]
    result = subprocess.run(
        [sys.executable, str(dev), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "reports" / "x.xml").is_file()
    assert not (ROOT / "reports").exists()


def test_the_users_spec_dir_replaces_the_bundled_specs(tmp_path: Path) -> None:
    specs = tmp_path / "my-specs"
    shutil.copytree(SPECS_DIR / "symbl-telephony", specs / "symbl-telephony")
    result = _run("check", "--only", "spec", "--spec-dir", "my-specs", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "symbl-telephony: spec ok" in result.stderr
    assert "sinch-voice" not in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = _run("check", "--spec-dir", "empty", cwd=tmp_path)
    assert nothing.returncode == 2
    assert "no provider specs" in nothing.stderr


def test_an_unknown_key_in_tool_voicespec_is_named(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.voicespec]\ncasettes = "tests/cassettes"\n')
    result = _run("check", "--only", "spec", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown key tool.voicespec.casettes" in result.stderr
    assert "Traceback" not in result.stderr
