"""`voicespec diff` on the command line: exit codes, the JSON shape, the text and Markdown reports, usage
errors, and `git:REV` against a repository made for the test (two commits of a spec)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.test_diff_support import edited_pair, schemas, spec_data, write_spec
from voicespec.cli import main

SYMBL = "symbl-telephony"
FAST = ["--no-api", "--no-traffic"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _breaking(data: dict[str, Any]) -> None:
    schemas(data)["GenerateTokenResponse"]["properties"].pop("expiresIn")


def _compatible(data: dict[str, Any]) -> None:
    schemas(data)["GenerateTokenResponse"]["properties"]["tokenType"] = {"type": "string"}


@pytest.mark.parametrize(
    ("edit", "fail_on", "expected"),
    [
        (_breaking, "breaking", 1),
        (_breaking, "none", 0),
        (_breaking, "any", 1),
        (_compatible, "breaking", 0),
        (_compatible, "any", 1),
        (lambda data: None, "any", 0),
        (lambda data: None, "breaking", 0),
    ],
    ids=[
        "breaking-fails",
        "breaking-none",
        "breaking-any",
        "compatible-passes",
        "compatible-any",
        "same-any",
        "same",
    ],
)
def test_fail_on_sets_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Any, fail_on: str, expected: int
) -> None:
    old, new = edited_pair(tmp_path, SYMBL, edit)
    code, _, err = _run(capsys, str(old), str(new), "--fail-on", fail_on, *FAST)
    assert code == expected
    assert err == ""


def test_json_has_the_documented_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def edit(data: dict[str, Any]) -> None:
        _breaking(data)
        _compatible(data)
        data["servers"] = [{"url": "https://api2.symbl.ai"}]

    old, new = edited_pair(tmp_path, SYMBL, edit)
    code, out, _ = _run(capsys, str(old), str(new), "--format", "json", *FAST)
    assert code == 0
    report = json.loads(out)
    assert list(report) == ["provider", "old", "new", "changes", "api", "cassettes", "summary"]
    assert report["provider"] == SYMBL
    assert (report["old"], report["new"]) == (str(old), str(new))
    assert report["summary"] == {"breaking": 1, "compatible": 1, "unknown": 1}
    assert [change["severity"] for change in report["changes"]] == ["breaking", "unknown", "compatible"]
    for change in report["changes"]:
        assert set(change) == {"severity", "kind", "where", "message"}
        assert set(change["where"]) == {"operation", "pointer"}
        assert set(change["where"]["pointer"]) == {"old", "new"}
    removed = report["changes"][0]
    assert removed["kind"] == "property-removed"
    assert removed["where"]["operation"] == "generateToken, refreshToken"  # one shared response schema
    assert (
        removed["where"]["pointer"]["old"] == "/components/schemas/GenerateTokenResponse/properties/expiresIn"
    )
    assert report["api"] == []
    assert report["cassettes"] == []


def test_text_and_markdown_group_by_severity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def edit(data: dict[str, Any]) -> None:
        _breaking(data)
        _compatible(data)

    old, new = edited_pair(tmp_path, SYMBL, edit)
    _, text, _ = _run(capsys, str(old), str(new), *FAST)
    assert text.index("BREAKING (1)") < text.index("COMPATIBLE (1)")
    assert "[spec: property-removed] generateToken, refreshToken" in text
    assert "not compared: generated-code comparison (--no-api); recorded traffic (--no-traffic)" in text
    _, markdown, _ = _run(capsys, str(old), str(new), "--format", "markdown", *FAST)
    assert markdown.startswith("### voicespec diff: `symbl-telephony`")
    assert "#### Breaking (1)" in markdown
    assert "| spec | `property-removed` | generateToken, refreshToken<br>" in markdown


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["missing.yaml", "specs/symbl-telephony/openapi.yaml"], "missing.yaml: no such spec file"),
        (["git:no-such-revision", "specs/symbl-telephony/openapi.yaml"], "unknown git revision"),
        (["git:HEAD", "git:HEAD"], "pass --provider"),
        (["git:HEAD", "git:HEAD", "--provider", "twilio"], "unknown provider 'twilio'"),
    ],
    ids=["bad-path", "unknown-rev", "no-provider", "unknown-provider"],
)
def test_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    code, out, err = _run(capsys, *args, *FAST)
    assert code == 2
    assert out == ""
    assert says in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_an_unreadable_spec_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "specs" / SYMBL / "openapi.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\nopenapi: 3.1.1\n", encoding="utf-8")
    code, out, err = _run(capsys, f"specs/{SYMBL}/openapi.yaml", str(broken), *FAST)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "is not valid YAML" in err
    assert "duplicate key 'openapi'" in err


def _git(repo: Path, *args: str) -> None:
    identity = ["-c", "user.name=voicespec tests", "-c", "user.email=tests@voicespec.invalid"]
    subprocess.run(["git", *identity, *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def history(tmp_path: Path) -> Path:
    """A repository with two commits of the Symbl spec: the committed one, then one with a breaking edit
    (and one commit more of the edit's follow-up, so HEAD~2 exists too)."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    data = spec_data(SYMBL)
    write_spec(repo, SYMBL, data)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "spec as committed")
    _breaking(data)
    write_spec(repo, SYMBL, data)
    _git(repo, "commit", "-q", "-am", "drop expiresIn")
    _compatible(data)
    write_spec(repo, SYMBL, data)  # left uncommitted: the work tree is what NEW reads
    return repo


def test_git_revision_against_the_work_tree(
    history: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(history)
    code, out, _ = _run(
        capsys,
        "git:HEAD~1",
        "specs/symbl-telephony/openapi.yaml",
        "--format",
        "json",
        "--fail-on",
        "breaking",
        *FAST,
    )
    assert code == 1
    kinds = {(change["kind"], change["severity"]) for change in json.loads(out)["changes"]}
    assert kinds == {("property-removed", "breaking"), ("property-added", "compatible")}
    code, out, _ = _run(capsys, "git:HEAD", "specs/symbl-telephony/openapi.yaml", "--format", "json", *FAST)
    assert [change["kind"] for change in json.loads(out)["changes"]] == ["property-added"]


def test_two_git_revisions_need_the_provider(
    history: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(history)
    code, out, _ = _run(capsys, "git:HEAD~1", "git:HEAD", "--provider", SYMBL, "--format", "json", *FAST)
    assert code == 0
    assert [change["kind"] for change in json.loads(out)["changes"]] == ["property-removed"]
    code, _, err = _run(capsys, "git:HEAD~2", "git:HEAD", "--provider", SYMBL, *FAST)
    assert code == 2
    assert "git:HEAD~2: unknown git revision" in err


def test_git_revision_without_the_spec(
    history: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(history)
    code, _, err = _run(capsys, "git:HEAD", "git:HEAD", "--provider", "enablex-voice", *FAST)
    assert code == 2
    assert "specs/enablex-voice/openapi.yaml does not exist at that revision" in err
