"""`voicespec check`: summary, JUnit XML, and a non-zero exit on any failure."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from voicespec.checks.runner import Check
from voicespec.cli import app as cli
from voicespec.providers import Provider


def test_check_writes_junit_and_passes(any_provider: Provider, tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    code = cli.main(
        [
            "check",
            "--provider",
            any_provider.name,
            "--only",
            "spec",
            "--only",
            "cassettes",
            "--junit",
            str(junit),
        ]
    )
    assert code == 0
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None
    assert suite.get("name") == any_provider.name
    assert [case.get("name") for case in suite.iter("testcase")] == ["spec", "cassettes"]
    assert suite.get("failures") == "0"


def test_a_failing_check_fails_the_run(
    any_provider: Provider,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    failing = Check("always-fails", lambda provider: (3, [f"{provider.name}: case 2 failed (seed 7)"]))
    monkeypatch.setattr(cli, "all_checks", lambda: (failing,))
    junit = tmp_path / "junit.xml"
    assert cli.main(["check", "--provider", any_provider.name, "--junit", str(junit)]) == 1
    assert "voicespec: 2 passed, 1 failed" in capsys.readouterr().out
    failure = ET.parse(junit).getroot().find("testsuite/testcase/failure")
    assert failure is not None
    assert "case 2 failed (seed 7)" in (failure.text or "")
