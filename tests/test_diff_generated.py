"""`voicespec diff` with both clients regenerated: the public-API comparison (griffe) and the recorded
cassettes replayed against the NEW spec and parsed by the NEW client."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.test_diff_support import edited_pair, operation, schemas
from voicespec.cassettes.model import Cassette, cassette_files
from voicespec.cli import main
from voicespec.diff import DiffReport, compare
from voicespec.providers import get_provider

SYMBL = "symbl-telephony"


def _edit(data: dict[str, Any]) -> None:
    operation(data, "/v1/endpoint:connect", "post")["operationId"] = "startConnection"  # module renamed
    token_request = schemas(data)["GenerateTokenRequest"]
    token_request["properties"]["scope"] = {"type": "string"}
    token_request["required"].append("scope")  # recorded token requests lack it
    token = schemas(data)["GenerateTokenResponse"]
    token["properties"]["tokenType"] = {"type": "string"}
    token["required"].append(
        "tokenType"
    )  # recorded token responses lack it: the NEW client cannot parse them
    token["properties"].pop("expiresIn")
    token["required"].remove("expiresIn")
    schemas(data)["ConnectionResponse"]["properties"]["connectionId"]["type"] = "integer"  # str -> int


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> DiffReport:
    old, new = edited_pair(tmp_path_factory.mktemp("diff"), SYMBL, _edit)
    return compare(old, new)


def test_api_changes_name_what_callers_must_change(report: DiffReport) -> None:
    found = {(change.kind, change.object) for change in report.api}
    assert ("object-removed", "symbl_telephony.api.telephony.connect_endpoint") in found
    assert (
        "object-removed",
        "symbl_telephony.models.generate_token_response.GenerateTokenResponse.expires_in",
    ) in found
    # griffe sees neither the __init__ attrs writes nor annotations; voicespec.diff.model_api does.
    assert (
        "field-added-required",
        "symbl_telephony.models.generate_token_request.GenerateTokenRequest",
    ) in found
    changed = next(change for change in report.api if change.kind == "attribute-changed-type")
    assert changed.object == "symbl_telephony.models.connection_response.ConnectionResponse.connection_id"
    assert "str -> int" in changed.message
    assert all(change.severity == "breaking" for change in report.api)
    removed = next(change for change in report.api if change.object.endswith(".expires_in"))
    assert removed.location.startswith("symbl_telephony/models/generate_token_response.py:")


def test_recorded_traffic_that_no_longer_fits(report: DiffReport) -> None:
    by_kind: dict[str, set[tuple[str, int]]] = {}
    for finding in report.cassettes:
        by_kind.setdefault(finding.kind, set()).add((finding.cassette, finding.interaction))
        assert finding.severity == "breaking"
    token = "conformance/cassettes/symbl-telephony/generateToken.yaml"
    # The requests lack the new required `scope`; so those interactions are not parsed further.
    assert (token, 0) in by_kind["request-invalid"]
    connect = "conformance/cassettes/symbl-telephony/connectEndpoint.yaml"
    assert (connect, 0) in by_kind["response-invalid"]  # a recorded string connectionId, now an integer
    assert "scope" in next(f.message for f in report.cassettes if f.kind == "request-invalid")
    assert not any(
        finding.cassette == token for finding in report.cassettes if finding.kind == "response-unparsed"
    )
    assert report.skipped == []


def test_responses_the_new_client_cannot_parse(tmp_path: Path) -> None:
    """Only the response changes (the requests still validate): the recorded 200 fails the NEW schema and
    the regenerated client raises on it, which the installed client (from the committed spec) would not."""

    def edit(data: dict[str, Any]) -> None:
        token = schemas(data)["GenerateTokenResponse"]
        token["properties"]["tokenType"] = {"type": "string"}
        token["required"].append("tokenType")

    old, new = edited_pair(tmp_path, SYMBL, edit)
    result = compare(old, new, api=False)
    findings = {(f.kind, f.cassette.rsplit("/", 1)[-1], f.interaction) for f in result.cassettes}
    assert ("response-invalid", "generateToken.yaml", 0) in findings
    assert ("response-unparsed", "generateToken.yaml", 0) in findings
    unparsed = next(f for f in result.cassettes if f.kind == "response-unparsed")
    assert "tokenType" in unparsed.message
    assert unparsed.operation == "generateToken"
    assert result.skipped == ["generated-code comparison (--no-api)"]


def test_recorded_calls_to_a_removed_operation(tmp_path: Path) -> None:
    old, new = edited_pair(
        tmp_path, "enablex-voice", lambda data: data["paths"]["/voice/v1/recording/{recording_id}"].pop("get")
    )
    result = compare(old, new, api=False)
    gone = {
        (f.cassette.rsplit("/", 1)[-1], f.operation) for f in result.cassettes if f.kind == "operation-gone"
    }
    assert gone == {("downloadRecording.yaml", "downloadRecording")}
    assert {f.kind for f in result.cassettes} == {"operation-gone"}


def test_json_lists_api_and_cassette_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = edited_pair(tmp_path, SYMBL, _edit)
    code = main(["diff", str(old), str(new), "--format", "json", "--fail-on", "breaking"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["api"]
    assert report["cassettes"]
    for entry in report["api"]:
        assert set(entry) == {"severity", "kind", "where", "message"}
        assert set(entry["where"]) == {"object", "location"}
    for entry in report["cassettes"]:
        assert set(entry) == {"severity", "kind", "where", "message"}
        assert set(entry["where"]) == {"cassette", "interaction", "operation"}
    total = len(report["changes"]) + len(report["api"]) + len(report["cassettes"])
    assert sum(report["summary"].values()) == total


def test_unchanged_spec_regenerates_to_the_same_api_and_traffic(tmp_path: Path) -> None:
    old, new = edited_pair(tmp_path, SYMBL, lambda data: None)
    result = compare(old, new)
    assert result.empty
    assert result.skipped == []
    # Nothing found, and it shows it looked: every recorded interaction checked, every response parsed.
    files = cassette_files(get_provider(SYMBL).cassettes_dir)
    interactions = sum(len(Cassette.load(file).interactions) for file in files)
    assert len(files) >= 4
    assert interactions >= 13
    assert result.compared == [
        "public API of symbl_telephony regenerated from OLD and from NEW",
        f"recorded interactions: {interactions} from {len(files)} cassettes checked against NEW",
        f"recorded responses parsed by the regenerated NEW client: {interactions}",
    ]
