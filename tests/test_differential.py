"""The differential check: voicespec and openapi-core judge every exchange of a fuzz run, and a
disagreement fails the run with both verdicts.

The three disagreements issue 13 found are fixed at their cause and tested here on the real specs:
patterns (openapi-core judges them by ECMA 262 too), hosts (the replay server's URL is given to openapi-core
as a server of every path) and a WAV download with no bytes (the replay server now answers with a file).
openapi-core's refusal of raw binary bytes and voicespec's refusal of undeclared query parameters are
counted apart as named divergences. A spec with a planted required cookie parameter (voicespec's request
validation does not read cookies; openapi-core does) proves the check fails, naming both verdicts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest
import yaml

from voicespec.checks.fuzz.differential import OPENAPI_CORE, Differential, Disagreement
from voicespec.checks.fuzz.expectations import expectations
from voicespec.checks.fuzz.run import run_fuzz
from voicespec.checks.fuzz.settings import FuzzSettings
from voicespec.providers import Provider, get_provider
from voicespec.replay.server import SOURCE_HEADER, ServerThread, create_app
from voicespec.spec.openapi_core_judge import OpenAPICoreJudge

SINCH, SYMBL, ENABLEX = (get_provider(name) for name in ("sinch-voice", "symbl-telephony", "enablex-voice"))
SYMBL_KEY = {"X-API-KEY": "fuzz-token"}
BASIC = {"Authorization": "Basic ZnV6ei1rZXk6ZnV6ei1zZWNyZXQ="}
PSTN = {"operation": "start", "endpoint": {"type": "pstn", "phoneNumber": "14155550100"}}


@pytest.fixture(scope="module")
def symbl_server() -> Iterator[str]:
    with ServerThread(create_app(SYMBL)) as url:
        yield url


def exchange(url: str, method: str, path: str, **kwargs: object) -> tuple[httpx.Request, httpx.Response]:
    with httpx.Client(base_url=url) as client:
        response = client.request(method, path, **kwargs)  # type: ignore[arg-type]
    return response.request, response


# --- the judge, on the real specs ---------------------------------------------------------------------------


def test_openapi_core_judges_patterns_by_ecma_262() -> None:
    """Python's `$` matches before a final newline and its `\\s` takes U+001E; ECMA 262's do not."""
    symbl = OpenAPICoreJudge(SYMBL.spec_path)
    connect = "https://api.symbl.ai/v1/endpoint:connect"
    newline = {**PSTN, "endpoint": {"type": "pstn", "phoneNumber": "14155550100\n"}}
    assert symbl.request(httpx.Request("POST", connect, json=PSTN, headers=SYMBL_KEY)).valid
    refused = symbl.request(httpx.Request("POST", connect, json=newline, headers=SYMBL_KEY))
    assert not refused.valid
    assert "does not match" in refused.reason
    enablex = OpenAPICoreJudge(ENABLEX.spec_path)
    bridge = "https://api.enablex.io/voice/v1/call/5b0a3c2e-4f1d-4e8a-9c7b-2d6e1f3a8b90/connect"
    sip = {"from": "14155550100", "to": "sip:a\u001eb"}
    assert enablex.request(httpx.Request("PUT", bridge, json=sip, headers=BASIC)).valid


def test_sinch_management_paths_match_on_the_replay_server_only_when_it_is_named() -> None:
    """Application management lives on its own host; the replay server serves it on the one port."""
    url = "http://127.0.0.1:8000/v1/configuration/numbers"
    request = httpx.Request("GET", url, headers=BASIC)
    unaware = OpenAPICoreJudge(SINCH.spec_path).request(request)
    assert not unaware.valid
    assert unaware.reason.startswith("ServerNotFound")
    assert OpenAPICoreJudge(SINCH.spec_path, also_served_at="http://127.0.0.1:8000").request(request).valid
    real_host = httpx.Request("GET", "https://callingapi.sinch.com/v1/configuration/numbers", headers=BASIC)
    assert OpenAPICoreJudge(SINCH.spec_path).request(real_host).valid


def test_a_body_that_is_not_utf8_is_a_verdict_not_a_crash() -> None:
    request = httpx.Request(
        "POST",
        "https://api.symbl.ai/oauth2/token:generate",
        content=b"\xb1\xae",
        headers={"content-type": "application/json"},
    )
    verdict = OpenAPICoreJudge(SYMBL.spec_path).request(request)
    assert not verdict.valid
    assert "MediaTypeDeserializeError" in verdict.reason


# --- the differential, against the real replay server -------------------------------------------------------


def test_agreement_on_a_valid_and_an_invalid_request(symbl_server: str) -> None:
    differential = Differential(SYMBL, symbl_server, SYMBL_KEY)
    good = exchange(symbl_server, "POST", "/v1/endpoint:connect", json=PSTN, headers=SYMBL_KEY)
    newline = {**PSTN, "endpoint": {"type": "pstn", "phoneNumber": "14155550100\n"}}
    bad = exchange(symbl_server, "POST", "/v1/endpoint:connect", json=newline, headers=SYMBL_KEY)
    assert good[1].status_code == 201
    assert (bad[1].status_code, bad[1].headers[SOURCE_HEADER]) == (400, "rejected")
    assert differential.judge(*good) == []
    assert differential.judge(*bad) == []
    assert (differential.judged, sum(differential.known.values())) == (2, 0)


def test_the_gates_refusal_of_another_credential_is_not_a_verdict_on_the_spec(symbl_server: str) -> None:
    """The fuzz gate refuses a credential that is not the run's; the spec only names the header."""
    differential = Differential(SYMBL, symbl_server, SYMBL_KEY)
    request = httpx.Request(
        "POST", f"{symbl_server}/v1/endpoint:connect", json=PSTN, headers={"X-API-KEY": "other"}
    )
    refused = httpx.Response(
        401, headers={SOURCE_HEADER: "rejected"}, json={"message": "no"}, request=request
    )
    assert differential.judge(request, refused) == []


def test_an_undeclared_query_parameter_is_a_named_divergence(symbl_server: str) -> None:
    differential = Differential(SYMBL, symbl_server, SYMBL_KEY)
    sent = exchange(symbl_server, "POST", "/v1/endpoint:connect?x-extra=42", json=PSTN, headers=SYMBL_KEY)
    assert sent[1].status_code == 400
    assert differential.judge(*sent) == []
    assert differential.known == {"undeclared-query-parameter": 1}


def test_a_wav_download_is_a_file_and_its_bytes_a_named_divergence() -> None:
    """Recorded or synthesised, the download is a WAV; openapi-core refuses its bytes as not a string."""
    with ServerThread(create_app(ENABLEX)) as url:
        differential = Differential(ENABLEX, url, BASIC)
        for recording in ("rec-unrecorded", _recorded_recording_id()):
            sent = exchange(url, "GET", f"/voice/v1/recording/{recording}", headers=BASIC)
            assert sent[1].status_code == 200
            assert sent[1].content.startswith(b"RIFF")
            assert differential.judge(*sent) == []
    assert differential.known == {"raw-binary-body": 2}


def _recorded_recording_id() -> str:
    cassette = yaml.safe_load((ENABLEX.cassettes_dir / "downloadRecording.yaml").read_text())
    return str(cassette["interactions"][0]["request"]["uri"]).rsplit("/", 1)[-1]


# --- a planted disagreement: the check can fail -------------------------------------------------------------


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Provider:
    """Symbl's spec with a required cookie on generateToken: voicespec does not validate cookies (none of
    the three providers uses one), openapi-core does, so a request without it splits them."""
    root = tmp_path_factory.mktemp("specs")
    shutil.copytree(SYMBL.spec_dir, root / SYMBL.name)
    spec_path = root / SYMBL.name / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    operation = spec["paths"]["/oauth2/token:generate"]["post"]
    cookie = {"name": "session", "in": "cookie", "required": True, "schema": {"type": "string"}}
    operation["parameters"] = [*operation.get("parameters", []), cookie]
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return replace(SYMBL, specs_root=root)


TOKEN_REQUEST = {"type": "application", "appId": "app-id", "appSecret": "app-secret"}


def test_a_planted_disagreement_names_both_verdicts_and_the_request(planted: Provider) -> None:
    with ServerThread(create_app(planted)) as url:
        differential = Differential(planted, url, expectations(planted).credentials)
        with_cookie = exchange(
            url, "POST", "/oauth2/token:generate", json=TOKEN_REQUEST, headers={"Cookie": "session=s1"}
        )
        without = exchange(url, "POST", "/oauth2/token:generate", json=TOKEN_REQUEST)
    assert differential.judge(*with_cookie) == []
    assert without[1].status_code == 200  # voicespec's replay server accepted it
    found = differential.judge(*without)
    assert len(found) == 1
    assert isinstance(found[0], Disagreement)
    assert found[0].operation == "POST /oauth2/token:generate"
    assert found[0].title == "voicespec and openapi-core disagree on the request"
    assert found[0].message.startswith(
        f"on the request: voicespec says valid; {OPENAPI_CORE} says invalid (MissingRequiredParameter"
    )
    assert "session" in found[0].message


def test_a_planted_disagreement_fails_the_fuzz_run(planted: Provider) -> None:
    settings = FuzzSettings(
        seed=424_242, max_examples=2, phases=("coverage",), operations=frozenset({"generateToken"})
    )
    report = run_fuzz(planted, settings)
    differential = [failure for failure in report.failures if "[differential]" in failure]
    assert len(differential) == 1, report.failures
    failure = differential[0]
    assert failure.startswith(
        "POST /oauth2/token:generate: voicespec and openapi-core disagree on the request"
    )
    assert f"voicespec says valid; {OPENAPI_CORE} says invalid (MissingRequiredParameter" in failure
    assert "request JSON: " in failure
    assert "differential: " in report.differential


def test_the_real_specs_agree_on_a_quick_run(provider: Provider) -> None:
    """A short fuzz run of each provider: every exchange judged twice, no disagreement."""
    report = run_fuzz(provider, FuzzSettings(seed=424_242, max_examples=1, phases=("fuzzing",)))
    assert not [failure for failure in report.failures if "[differential]" in failure]
    assert f"{report.cases} exchanges judged by voicespec and {OPENAPI_CORE}" in report.differential


def test_a_report_keeps_its_divergences_through_json() -> None:
    from voicespec.checks.fuzz.report import FuzzReport  # noqa: PLC0415

    report = FuzzReport(3, ["x"])
    report.known_divergences.update({"raw-binary-body": 2})
    report.differential = "differential: 3 exchanges"
    again = FuzzReport.from_json(report.to_json())
    assert again == report
    assert again.differential == report.differential
    assert again.as_result().known_divergences == 2
