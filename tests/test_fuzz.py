"""Checks 4 and 7: schemathesis against the replay server, through the generated clients.

Small budgets keep these fast; the full budget is what `voicespec check` runs. A deliberately broken
app proves that both checks fail, and that a failure names its seed and the exact request."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.formats import STRING_FORMATS
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from voicespec.checks.fuzz.checks import FUZZ_CHECK, STATEFUL_CHECK, run_isolated
from voicespec.checks.fuzz.expectations import expectations
from voicespec.checks.fuzz.gate import CredentialGate, replay_app
from voicespec.checks.fuzz.report import FuzzReport
from voicespec.checks.fuzz.run import run_fuzz, run_stateful
from voicespec.checks.fuzz.settings import FuzzError, FuzzSettings
from voicespec.checks.runner import CheckResult
from voicespec.providers import Provider, get_provider
from voicespec.replay.server import ServerThread, create_app
from voicespec.spec import formats
from voicespec.spec.document import load_yaml
from voicespec.spec.formats import format_checker

SEED = 424_242
QUICK = FuzzSettings(seed=SEED, max_examples=1, phases=("fuzzing",))
METHODS = ("get", "put", "post", "delete", "patch")
VIOLATION = "Response violates schema [response_schema_conformance"


def operation_labels(provider: Provider) -> set[str]:
    paths = load_yaml(provider.spec_path)["paths"]
    return {
        f"{method.upper()} {path}" for path, item in paths.items() for method in item if method in METHODS
    }


def assert_reproducible(report: FuzzReport, seed: int, kind: str = "fuzz") -> None:
    """Every failure names the seed, a curl command and the JSON of the request."""
    for failure in report.failures:
        assert f"seed {seed}" in failure, failure
        assert f"reproduce: python -m voicespec.checks.fuzz {kind} " in failure, failure
        assert "request: curl -X " in failure, failure
        match = re.search(r"request JSON: (.*)", failure)
        assert match is not None, failure
        sent = json.loads(match.group(1))
        assert sent["url"].startswith("http://127.0.0.1:8000/")
        assert sent["headers"]["host"] == "127.0.0.1:8000"


# --- custom formats -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(formats.CUSTOM_FORMATS))
@settings(max_examples=60, database=None, derandomize=True)
@given(data=st.data())
def test_format_strategies_draw_valid_values(name: str, data: st.DataObject) -> None:
    custom = formats.CUSTOM_FORMATS[name]
    value = data.draw(custom.values())
    assert format_checker().conforms(value, name), value
    assert re.fullmatch(custom.pattern.strip("^$"), value), value


def test_formats_are_registered_with_schemathesis() -> None:
    formats.register_formats()
    assert set(formats.CUSTOM_FORMATS) <= set(STRING_FORMATS)


# --- settings ---------------------------------------------------------------------------------------------


def test_settings_come_from_the_environment() -> None:
    chosen = FuzzSettings.from_env({"VOICESPEC_FUZZ_SEED": "7", "VOICESPEC_FUZZ_MAX_EXAMPLES": "3"})
    assert (chosen.seed, chosen.max_examples) == (7, 3)
    assert FuzzSettings.from_env({}) == FuzzSettings()


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"VOICESPEC_FUZZ_MAX_EXAMPLES": "many"}, "VOICESPEC_FUZZ_MAX_EXAMPLES"),
        ({"VOICESPEC_FUZZ_MAX_EXAMPLES": "0"}, "VOICESPEC_FUZZ_MAX_EXAMPLES"),
        ({"VOICESPEC_FUZZ_SEED": "-1"}, "VOICESPEC_FUZZ_SEED"),
    ],
)
def test_bad_settings_raise_a_typed_error_naming_the_knob(environ: dict[str, str], named: str) -> None:
    with pytest.raises(FuzzError, match=named):
        FuzzSettings.from_env(environ)


def test_unknown_phase_is_refused() -> None:
    with pytest.raises(FuzzError, match="stateful"):
        FuzzSettings(phases=("stateful",))


def test_unknown_operation_is_refused() -> None:
    settings = FuzzSettings(operations=frozenset({"generateTokens"}))
    with pytest.raises(FuzzError, match="symbl-telephony has no operation generateTokens"):
        run_fuzz(get_provider("symbl-telephony"), settings)


def test_checks_are_exported_for_the_cli() -> None:
    assert (FUZZ_CHECK.name, STATEFUL_CHECK.name) == ("fuzz", "stateful")
    # No links: nothing to run.
    assert STATEFUL_CHECK.run(get_provider("symbl-telephony")) == CheckResult(0, [])


def test_a_run_in_a_fresh_interpreter_is_reproducible() -> None:
    """The check runs each provider in a fresh interpreter: the same seed sends the same requests."""
    symbl = get_provider("symbl-telephony")
    settings = FuzzSettings(seed=SEED, max_examples=2, operations=frozenset({"generateToken"}))
    with ThreadPoolExecutor(max_workers=2) as pool:  # two interpreters at once: the test stays quick
        first, second = pool.map(lambda _: run_isolated("fuzz", symbl, settings), range(2))
    assert first == second
    assert first.cases == first.operations["POST /oauth2/token:generate"] > 0
    command = "python -m voicespec.checks.fuzz fuzz symbl-telephony --seed 424242 --max-examples 2"
    assert all(f"reproduce: {command} --operations generateToken" in failure for failure in first.failures)
    with pytest.raises(FuzzError, match="unknown provider 'nowhere'"):
        run_isolated("stateful", Provider("nowhere", "nowhere", "Nowhere"), settings)


# --- fuzzing the replay server ----------------------------------------------------------------------------


def test_fuzz_reaches_every_operation(provider: Provider) -> None:
    report = run_fuzz(provider, QUICK)
    assert set(report.operations) == operation_labels(provider)
    assert report.cases == report.operations.total() > 0
    assert set(report.kinds) <= {"fuzzing/positive", "fuzzing/negative"}
    assert_reproducible(report, SEED)


def test_coverage_phase_sends_positive_and_negative_data() -> None:
    symbl = get_provider("symbl-telephony")
    settings = FuzzSettings(seed=SEED, phases=("coverage",), operations=frozenset({"generateToken"}))
    report = run_fuzz(symbl, settings)
    assert set(report.operations) == {"POST /oauth2/token:generate"}
    assert report.kinds["coverage/positive"] > 0
    assert report.kinds["coverage/negative"] > 0
    assert_reproducible(report, SEED)


# --- the checks can fail ----------------------------------------------------------------------------------


def broken_app(body: dict[str, Any]) -> Starlette:
    """Answers every request with 200 and a body that breaks the spec's response schema."""

    async def answer(request: Request) -> JSONResponse:
        return JSONResponse(body)

    methods = [method.upper() for method in METHODS]
    return Starlette(routes=[Route("/{path:path}", answer, methods=methods)])


def test_a_schema_violating_answer_fails_the_fuzz_check_with_seed_and_request() -> None:
    symbl = get_provider("symbl-telephony")
    settings = FuzzSettings(seed=SEED, max_examples=1, phases=("examples",))
    report = run_fuzz(symbl, settings, app=broken_app({"accessToken": 42}))
    violations = [failure for failure in report.failures if VIOLATION in failure]
    assert violations, report.failures
    token = next(failure for failure in violations if failure.startswith("POST /oauth2/token:generate"))
    assert "examples phase, positive data" in token
    assert "curl -X POST" in token
    assert '{"accessToken":42}' in token  # the response that broke the schema is shown
    assert_reproducible(report, SEED)


def test_a_schema_violating_answer_fails_the_stateful_check() -> None:
    sinch = get_provider("sinch-voice")
    settings = FuzzSettings(seed=SEED, stateful_scenarios=3, stateful_steps=3)
    report = run_stateful(sinch, settings, app=broken_app({"callId": 42}))
    callout = [failure for failure in report.failures if failure.startswith("POST /calling/v1/callouts")]
    assert any(VIOLATION in failure for failure in callout), report.failures
    assert all("stateful phase" in failure for failure in callout)
    assert_reproducible(report, SEED, "stateful")


# --- stateful ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "flow"),
    [
        ("sinch-voice", {"POST /calling/v1/callouts", "GET /calling/v1/calls/id/{callId}"}),
        ("enablex-voice", {"POST /voice/v1/call", "GET /voice/v1/call/{voice_id}"}),
    ],
)
def test_stateful_follows_the_spec_links(name: str, flow: set[str]) -> None:
    provider = get_provider(name)
    report = run_stateful(provider, FuzzSettings(seed=SEED, stateful_scenarios=4, stateful_steps=4))
    assert report.skipped is None
    assert flow <= set(report.operations), report.operations
    assert set(report.kinds) <= {"stateful/positive", "stateful/negative"}
    assert_reproducible(report, SEED, "stateful")


def test_stateful_skips_a_spec_without_links() -> None:
    report = run_stateful(get_provider("symbl-telephony"), FuzzSettings(seed=SEED))
    assert report.cases == 0
    assert report.skipped is not None
    assert "links" in report.skipped
    assert report.as_outcome() == (0, [])


# --- the credential gate ----------------------------------------------------------------------------------


def test_credential_gate_refuses_other_credentials_and_lets_missing_ones_through() -> None:
    enablex = get_provider("enablex-voice")
    good = dict(expectations(enablex).credentials)
    call = "/voice/v1/call/f1aa71c0-8f2a-4fe8-b5ef-9a330454ef58"
    with ServerThread(replay_app(enablex)) as url, httpx.Client(base_url=url) as client:
        accepted = client.get(call, headers=good)
        wrong = client.get(call, auth=("someone", "else"))
        missing = client.get(call)
    assert accepted.status_code == 200
    assert wrong.status_code == 401
    assert wrong.json()["msg"] == "invalid credentials"  # EnableX's own error shape
    assert missing.status_code == 401
    assert "missing credentials" in missing.json()["msg"]  # answered by the replay server itself


def test_credential_gate_leaves_operations_without_security_alone() -> None:
    symbl = get_provider("symbl-telephony")
    gate = CredentialGate(create_app(symbl), symbl, {"X-API-KEY": "fuzz-token"})
    body = {"type": "application", "appId": "id", "appSecret": "secret"}
    with ServerThread(gate) as url, httpx.Client(base_url=url) as client:
        token = client.post("/oauth2/token:generate", json=body, headers={"X-API-KEY": "other"})
    assert token.status_code == 200
