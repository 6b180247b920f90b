"""`voicespec cassettes scan`: every committed cassette is clean, and a planted secret in any place, a
`!!binary` body, or a file that is not a cassette makes the command exit 1 naming file and location."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse
from voicespec.cassettes.scan import scan_paths
from voicespec.cli.app import main
from voicespec.providers import CASSETTES_DIR

PLANTED = "Zq8PLANTEDvalue"


def test_every_committed_cassette_scans_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert sorted(CASSETTES_DIR.rglob("*.yaml")), "no cassettes to scan"
    assert main(["cassettes", "scan", str(CASSETTES_DIR)]) == 0
    assert "no secrets found" in capsys.readouterr().out


def _write(tmp_path: Path, request: RecordedRequest, response: RecordedResponse | None = None) -> Path:
    cassette = Cassette([Interaction(request, response or RecordedResponse(200))])
    return cassette.save(tmp_path / "planted.yaml")


CASES = {
    "header": RecordedRequest("GET", "https://a.example/x", None, {"Api-Key": [PLANTED]}),
    "query": RecordedRequest("GET", f"https://a.example/x?X-Amz-Signature={PLANTED}"),
    "userinfo": RecordedRequest("GET", f"https://user:{PLANTED}@a.example/x"),
    "json": RecordedRequest("POST", "https://a.example/x", json.dumps({"a": {"privateKey": PLANTED}})),
    "form": RecordedRequest("POST", "https://a.example/x", f"passwd={PLANTED}\n"),
    "binary": RecordedRequest(
        "POST", "https://a.example/x", f'{{"password":"{PLANTED}é"}}'.encode("latin-1")
    ),
}


@pytest.mark.parametrize("request_", CASES.values(), ids=CASES.keys())
def test_a_planted_secret_is_found(
    tmp_path: Path, request_: RecordedRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, request_)
    assert main(["cassettes", "scan", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}#/interactions/0/request/" in out
    assert PLANTED not in out  # the report itself shows no more than three characters


def test_a_response_token_is_found(tmp_path: Path) -> None:
    response = RecordedResponse(
        200, json.dumps({"refershToken": PLANTED}), {"Content-Type": ["application/json"]}
    )
    findings = scan_paths([_write(tmp_path, RecordedRequest("GET", "https://a.example/x"), response)])
    assert [finding.location for finding in findings] == ["/interactions/0/response/body/string"]


def test_a_random_token_under_an_innocent_name_is_found(tmp_path: Path) -> None:
    body = json.dumps({"note": "kWWd3JC64Y5ONCJ+J4ZJSoFFPUr/7q5m1nIbZC/7"})
    findings = scan_paths([_write(tmp_path, RecordedRequest("POST", "https://a.example/x", body))])
    assert findings
    assert "random token" in findings[0].message


def test_a_file_that_is_not_a_cassette_is_a_finding(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(b"\xff\xfe not yaml")
    findings = scan_paths([broken])
    assert len(findings) == 1
    assert "not a readable cassette" in findings[0].message


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["cassettes", "scan", str(tmp_path / "nothing.yaml")]) == 2
