"""Cassettes: the VCR.py format both ways (vcrpy reads ours, we read vcrpy's), the builder, and check 3
(every recorded request and response validates against the current spec, failures named by file,
interaction and JSON pointer)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import httpx
import pytest
import vcr
import yaml
from vcr.request import Request as VcrRequest
from vcr.serialize import serialize
from vcr.serializers import yamlserializer

from tests.replay_support import SYMBL, needs_symbl, symbl_start
from voicespec.cassettes.build import ORIGIN, build_cassettes
from voicespec.cassettes.model import Cassette, CassetteError, cassette_files
from voicespec.checks.cassettes import cassette_findings
from voicespec.providers import CASSETTES_DIR, Provider
from voicespec.replay.transport import ReplayTransport
from voicespec.spec.document import SpecDocument
from voicespec.spec.examples import iter_operations


def test_committed_cassettes_agree_with_the_spec(provider: Provider) -> None:
    cases, failures = cassette_findings(provider)
    assert failures == []
    operations = sum(
        1 for section, *_ in iter_operations(SpecDocument.load(provider.spec_path).data) if section == "paths"
    )
    assert cases >= 3 * operations  # a success and an error per operation, plus its coverage case


def test_a_fresh_build_agrees_and_says_where_it_came_from(provider: Provider, tmp_path: Path) -> None:
    recorded = tmp_path / "recorded-1.yaml"
    Cassette(metadata={"voicespec": {"origin": "recorded"}}).save(recorded)
    stale = tmp_path / "removedOperation.yaml"
    Cassette(metadata={"voicespec": {"origin": ORIGIN}}).save(stale)

    written = build_cassettes(provider, tmp_path)
    assert recorded.exists()  # recordings are never touched
    assert not stale.exists()  # a built cassette of an operation that no longer exists goes
    recorded.unlink()
    cases, failures = cassette_findings(provider, tmp_path)
    assert failures == []
    assert cases > len(written)

    doc = SpecDocument.load(provider.spec_path)
    changes_file = provider.spec_dir / "CHANGES.md"
    changes = changes_file.read_text() if changes_file.exists() else ""
    for path in written:
        cassette = Cassette.load(path)
        about = cassette.metadata["voicespec"]
        assert about["origin"] == ORIGIN
        assert "seed documents" in about["note"]
        assert path.stem == about["operationId"]
        if re.search(r"\d{3}_[0-9a-f]{16}\.txt", changes):  # CHANGES.md names its seed files
            assert about["seeds"]
        outcomes = [interaction.source["outcome"] for interaction in cassette.interactions]
        assert outcomes[-1] == "documented-error", path
        assert set(outcomes[:-1]) == {"success"}, path
        for interaction in cassette.interactions:
            for key in ("request_example", "response_example"):
                example = interaction.source.get(key)
                if example and example.startswith("/"):
                    assert "value" in doc.deref(doc.resolve("#" + example)), example


def _tampered(tmp_path: Path) -> Path:
    directory = tmp_path / "cassettes"
    shutil.copytree(CASSETTES_DIR / SYMBL.name, directory)
    path = directory / "connectEndpoint.yaml"
    data = yaml.safe_load(path.read_text())
    first, second, third = data["interactions"][:3]
    body = json.loads(first["response"]["body"]["string"])
    del body["connectionId"]
    first["response"]["body"]["string"] = json.dumps(body)
    second["request"]["uri"] = second["request"]["uri"].replace("verbose=true", "verbose=maybe")
    third["response"]["status"]["code"] = 418
    path.write_text(yaml.safe_dump(data))
    token = directory / "generateToken.yaml"
    data = yaml.safe_load(token.read_text())
    data["interactions"] = data["interactions"][:1]  # drop the documented error
    token.write_text(yaml.safe_dump(data))
    return directory


@needs_symbl
def test_the_check_names_file_interaction_and_pointer(tmp_path: Path) -> None:
    directory = _tampered(tmp_path)
    _, failures = cassette_findings(SYMBL, directory)
    where = str(directory)
    assert failures[0].startswith(f"{where}/connectEndpoint.yaml interaction 0: response body at /: ")
    assert "'connectionId' is a required property" in failures[0]
    assert failures[1].startswith(f"{where}/connectEndpoint.yaml interaction 1: request: query parameter ")
    assert "verbose='maybe'" in failures[1]
    assert failures[2] == (
        f"{where}/connectEndpoint.yaml interaction 2: "
        "response: status 418 is not documented for connectEndpoint"
    )
    assert failures[3] == f"{where}: generateToken (POST /oauth2/token:generate) has no recorded error"
    assert len(failures) == 4


def test_round_trip_in_the_vcr_format(provider: Provider) -> None:
    path = cassette_files(provider.cassettes_dir)[0]
    data = yaml.safe_load(path.read_text())
    # Provenance under `voicespec`, not vcrpy's `metadata` (pytest-recording cannot unpack that).
    assert set(data) == {"version", "voicespec", "interactions"}
    assert data["version"] == 1
    for item in data["interactions"]:
        assert set(item) == {"request", "response", "voicespec"}
        assert set(item["request"]) == {"method", "uri", "body", "headers"}
        assert set(item["response"]) == {"status", "headers", "body"}
        assert set(item["response"]["status"]) == {"code", "message"}
        assert set(item["response"]["body"]) == {"string"}
        assert all(isinstance(values, list) for values in item["request"]["headers"].values())
    assert Cassette.from_data(data).to_data() == data


@needs_symbl
def test_vcrpy_replays_our_cassette(tmp_path: Path) -> None:
    """vcrpy patches httpx itself; the generated client then replays from our cassette through it."""
    from symbl_telephony import AuthenticatedClient  # noqa: PLC0415
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415
    from symbl_telephony.models import ConnectionResponse  # noqa: PLC0415

    path = CASSETTES_DIR / SYMBL.name / "connectEndpoint.yaml"
    with vcr.use_cassette(str(path), record_mode="none", match_on=["method", "path", "query", "body"]):
        client = AuthenticatedClient(
            base_url="https://api.symbl.ai", token="t0k", auth_header_name="X-API-KEY", prefix=""
        )
        with client:
            started = connect_endpoint.sync(client=client, body=symbl_start(), verbose=True, sentiment=True)
    assert isinstance(started, ConnectionResponse)
    assert started.conversation_id == "51356232423"


def test_a_vcrpy_cassette_replays_here() -> None:
    request = VcrRequest("GET", "https://api.example.com/v1/ping?x=1", None, {"Accept": "application/json"})
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": ["application/json"]},
        "body": {"string": b'{"pong": true}'},
    }
    text = serialize({"requests": [request], "responses": [response]}, yamlserializer)
    cassette = Cassette.from_data(yaml.safe_load(text))
    with httpx.Client(transport=ReplayTransport(cassette)) as client:
        assert client.get("http://localhost/v1/ping", params={"x": "1"}).json() == {"pong": True}


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("version: 2\ninteractions: []\n", "/version"),
        ("version: 1\ninteractions: {}\n", "/interactions"),
        (
            "version: 1\ninteractions:\n- request: {method: GET, uri: 'https://a.example/x'}\n"
            "  response: {status: {code: abc}, body: {string: ''}}\n",
            "/interactions/0/response/status/code",
        ),
        (
            "version: 1\ninteractions:\n- request: {method: GET}\n  response: {}\n",
            "/interactions/0/response/status",
        ),
        ("version: [1\n", ""),
    ],
)
def test_a_malformed_cassette_is_a_typed_error_naming_the_place(
    tmp_path: Path, text: str, location: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(CassetteError) as raised:
        Cassette.load(path)
    assert str(path) in str(raised.value)
    assert raised.value.problems[0].location == location
