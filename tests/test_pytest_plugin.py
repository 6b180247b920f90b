"""The `voicespec` pytest plugin, used as a downstream team would: a test file of their own, run by pytest
with the plugin loaded from its entry point (pytester runs it in a fresh session)."""

from __future__ import annotations

import pytest

from voicespec.cassettes.model import Cassette
from voicespec.providers import CASSETTES_DIR

pytest_plugins = ["pytester"]

USER_TESTS = """
import asyncio
import uuid

import pytest
from enablex_voice.api.calls import get_call, hang_up_call
from sinch_voice.api.calls import get_call_result
from sinch_voice.exceptions import NotFoundError
from symbl_telephony.api.authentication import generate_token
from symbl_telephony.models import GenerateTokenRequest, TokenType

CALL = "4398599d1ba84ef3bde0a82dfb61abed"
VOICE_ID = uuid.UUID("f1aa71c0-8f2a-4fe8-b5ef-9a330454ef58")


@pytest.mark.voicespec_cassette("getCallResult.yaml")
def test_sinch_call_result_then_gone(sinch_voice_replay):
    result = get_call_result.sync(client=sinch_voice_replay.client, call_id=CALL)
    assert result.status.value == "FINAL"
    with pytest.raises(NotFoundError) as gone:           # the cassette's second answer: a 404 40400
        get_call_result.sync(client=sinch_voice_replay.client, call_id=CALL)
    assert gone.value.error_code == 40400
    sinch_voice_replay.assert_all_played()


@pytest.mark.voicespec_cassette("getCall", "hangUpCall")
def test_enablex_flow_async(enablex_voice_replay):
    async def flow():
        details = await get_call.asyncio(client=enablex_voice_replay.client, voice_id=VOICE_ID)
        ended = await hang_up_call.asyncio(client=enablex_voice_replay.client, voice_id=VOICE_ID)
        return details, ended

    details, ended = asyncio.run(flow())
    assert details.state.value == "connected"
    assert ended.state.value == "success"
    assert len(enablex_voice_replay.unplayed()) == 2     # the two documented errors were not asked for


def test_symbl_token_from_every_cassette(symbl_telephony_replay):
    body = GenerateTokenRequest(type_=TokenType.APPLICATION, app_id="my-app", app_secret="my-secret")
    token = generate_token.sync(client=symbl_telephony_replay.client, body=body)
    assert token.expires_in == 86400                      # a recorded REDACTED matches any credential
    assert len(symbl_telephony_replay.cassettes) == 5      # one per operation, and the evidence cassette


@pytest.mark.voicespec_cassette("recorded/own.yaml")
def test_own_cassette_next_to_the_test(sinch_voice_replay):
    result = get_call_result.sync(client=sinch_voice_replay.client, call_id=CALL)
    assert result.status.value == "FINAL"
"""

FAILING_TESTS = """
from sinch_voice.api.calls import get_call_result


@pytest.mark.voicespec_cassette("getCallResult.yaml")
def test_unmatched_request(sinch_voice_replay):
    get_call_result.sync(client=sinch_voice_replay.client, call_id="not-recorded")


@pytest.mark.voicespec_cassette("getCallResult.yaml")
def test_swallowed_miss(sinch_voice_replay):
    try:
        get_call_result.sync(client=sinch_voice_replay.client, call_id="also-not-recorded")
    except Exception:
        pass                                              # a broad except must not hide the miss


@pytest.mark.voicespec_cassette("noSuchCassette.yaml")
def test_unknown_cassette(sinch_voice_replay):
    pass
"""


def test_user_tests_pass_with_the_replay_fixtures(pytester: pytest.Pytester) -> None:
    own = Cassette.load(CASSETTES_DIR / "sinch-voice" / "getCallResult.yaml")
    own.interactions = own.interactions[:1]  # a team's own recording: just the success
    own.save(pytester.path / "recorded" / "own.yaml")
    pytester.makepyfile(test_user_flows=USER_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-W", "error")
    result.assert_outcomes(passed=4)


def test_unmatched_and_swallowed_requests_fail_the_user_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_misses="import pytest\n" + FAILING_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-rA")
    # The miss fails the test where it happens; swallowed, it errors the test at teardown; an unknown
    # cassette errors at setup. Nothing passes.
    result.assert_outcomes(failed=1, passed=1, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*NoMatchingInteraction: GET /calling/v1/calls/id/not-recorded: no recorded interaction matches*",
            "*getCallResult.yaml#/interactions/0*path*",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_swallowed_miss*",
            "*the test sent requests no cassette answers:*",
            "*GET /calling/v1/calls/id/also-not-recorded: no recorded interaction matches*",
        ]
    )
    result.stdout.fnmatch_lines(["*no cassette 'noSuchCassette.yaml'*sinch-voice cassettes: callout.yaml*"])
