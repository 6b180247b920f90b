"""Cassettes are checked input: every malformed field is one `CassetteError` naming the file, the
interaction and the field, at load time, never a crash later at request time; `voicespec serve` reports
it and exits 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from voicespec.cassettes.model import Cassette, CassetteError


def _interaction(**changes: Any) -> dict[str, Any]:
    request = {"method": "GET", "uri": "https://api.example.com/v1/x", "body": "", "headers": {}}
    response = {"status": {"code": 200, "message": "OK"}, "headers": {}, "body": {"string": ""}}
    for where, value in changes.items():
        side, _, key = where.partition("__")
        target = request if side == "request" else response
        if key == "code":
            target["status"] = {"code": value, "message": "OK"}
        else:
            target[key] = value
    return {"request": request, "response": response}


CASES = {
    "status 999": (_interaction(response__code=999), "/interactions/1/response/status/code"),
    "status -1": (_interaction(response__code=-1), "/interactions/1/response/status/code"),
    "status true": (_interaction(response__code=True), "/interactions/1/response/status/code"),
    "status text": (_interaction(response__code="200"), "/interactions/1/response/status/code"),
    "header value with CR/LF": (
        _interaction(response__headers={"X-A": ["a\r\nSet-Cookie: b"]}),
        "/interactions/1/response/headers/X-A/0",
    ),
    "non-ASCII header value": (
        _interaction(request__headers={"X-A": ["caf\u00e9"]}),
        "/interactions/1/request/headers/X-A/0",
    ),
    "header name with a space": (
        _interaction(request__headers={"X A": ["1"]}),
        "/interactions/1/request/headers/X A",
    ),
    "relative URI": (_interaction(request__uri="/v1/x"), "/interactions/1/request/uri"),
    "ftp URI": (_interaction(request__uri="ftp://a.example/x"), "/interactions/1/request/uri"),
    "URI with a space": (_interaction(request__uri="https://a.example/a b"), "/interactions/1/request/uri"),
    "URI with a bad port": (
        _interaction(request__uri="https://a.example:99x/"),
        "/interactions/1/request/uri",
    ),
    "method with a space": (_interaction(request__method="GE T"), "/interactions/1/request/method"),
    "body a number": (_interaction(request__body=12), "/interactions/1/request/body"),
}


@pytest.mark.parametrize(("interaction", "location"), CASES.values(), ids=CASES.keys())
def test_a_malformed_field_names_file_interaction_and_field(
    tmp_path: Path, interaction: dict[str, Any], location: str
) -> None:
    path = tmp_path / "bad.yaml"
    data = {"version": 1, "interactions": [_interaction(), interaction]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(CassetteError) as raised:
        Cassette.load(path)
    assert len(raised.value.problems) == 1
    assert raised.value.problems[0].file == str(path)
    assert raised.value.problems[0].location == location


def test_a_valid_cassette_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "interactions": [_interaction()]}))
    assert Cassette.load(path).interactions[0].response.status == 200


def test_a_non_utf8_file_is_a_typed_error_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("version: 1\ninteractions: []\n# caf\u00e9\n".encode("latin-1"))
    with pytest.raises(CassetteError) as raised:
        Cassette.load(path)
    assert str(path) in str(raised.value)
    assert raised.value.problems[0].location.startswith("byte ")


def test_serve_reports_a_bad_cassette_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "interactions": [_interaction(response__code=999)]}))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "voicespec.cli",
            "serve",
            "symbl-telephony",
            "--cassette",
            str(path),
            "--port",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert str(path.name) in done.stderr + done.stdout
    assert "/interactions/0/response/status/code" in done.stderr + done.stdout
