"""The simulator authenticates as the providers do: the runtimes accept what it signs and encrypts, and
refuse each of its forgeries for the reason it stands for."""

from __future__ import annotations

import base64
import json
import random
from datetime import UTC, datetime, timedelta

import pytest
from enablex_voice.models import CallStateEvent
from enablex_voice.webhooks import DecryptionError, parse
from sinch_voice.callbacks import InvalidSignature, Reason, verify

from voicespec.webhooks.envelope import FORMATS, KEY_LENGTHS, encrypt, tamper
from voicespec.webhooks.forgeries import enablex_forgeries, sinch_forgeries
from voicespec.webhooks.sinch_signing import basic, sign
from voicespec.webhooks.svaml import canonical, menu_problems, svaml_problems

KEY = "1a2b3c4d-0000-4000-8000-00000000d00d"
SECRET = base64.b64encode(b"voicespec signing test").decode("ascii")
PATH = "/sinch/callback"
BODY = json.dumps({"event": "ice", "callid": "c0ffee", "cli": "46700000000"}).encode()
APP_ID = "voicespec-app-id"
EVENT = {
    "voice_id": "5b2e8f14-1111-4222-8333-944455556666",
    "state": "disconnected",
    "from": "15550100",
    "to": "15550199",
    "timestamp": "2026-11-30T12:00:00+00:00",
    "disconnect_reason": "Normal Clearing",
}


def test_the_sinch_runtime_verifies_what_the_simulator_signs() -> None:
    verify("POST", PATH, sign(BODY, path=PATH, key=KEY, secret=SECRET), BODY, key=KEY, secret=SECRET)
    verify("POST", PATH, basic(KEY, SECRET), BODY, key=KEY, secret=SECRET)


def test_the_signature_binds_path_and_time() -> None:
    headers = sign(BODY, path=PATH, key=KEY, secret=SECRET, moment=datetime(2026, 1, 1, tzinfo=UTC))
    assert headers["x-timestamp"] == "2026-01-01T00:00:00Z"
    with pytest.raises(InvalidSignature) as other_path:
        verify(
            "POST", "/elsewhere", headers, BODY, key=KEY, secret=SECRET, now=datetime(2026, 1, 1, tzinfo=UTC)
        )
    assert other_path.value.reason is Reason.SIGNATURE_MISMATCH


EXPECTED_REASONS = {
    "unsigned": Reason.MISSING_AUTHORIZATION,
    "forged signature": Reason.SIGNATURE_MISMATCH,
    "body altered after signing": Reason.SIGNATURE_MISMATCH,
    "stale timestamp (15 minutes old)": Reason.EXPIRED_TIMESTAMP,
    "future timestamp (15 minutes ahead)": Reason.FUTURE_TIMESTAMP,
    "signed for another application key": Reason.WRONG_KEY,
    "signed with another secret": Reason.SIGNATURE_MISMATCH,
    "wrong Basic password": Reason.WRONG_SECRET,
}


def test_each_sinch_forgery_fails_verify_for_its_reason() -> None:
    forgeries = sinch_forgeries(BODY, PATH, KEY, SECRET, random.Random(0))
    assert [what for what, _body, _headers in forgeries] == list(EXPECTED_REASONS)
    for what, body, headers in forgeries:
        with pytest.raises(InvalidSignature) as refused:
            verify("POST", PATH, headers, body, key=KEY, secret=SECRET)
        assert refused.value.reason is EXPECTED_REASONS[what], what


@pytest.mark.parametrize("algorithm", sorted(KEY_LENGTHS))
@pytest.mark.parametrize("data_format", FORMATS)
def test_the_enablex_runtime_decrypts_what_the_simulator_encrypts(algorithm: str, data_format: str) -> None:
    body, headers = encrypt(EVENT, APP_ID, algorithm, data_format)
    assert set(json.loads(body)) == {"encrypted_data"}
    event = parse(body, headers, app_id=APP_ID)
    assert isinstance(event, CallStateEvent)
    assert event.to_dict() == EVENT


def test_each_enablex_forgery_is_refused_by_the_runtime() -> None:
    plain = json.dumps(EVENT).encode()
    forgeries = enablex_forgeries(plain, APP_ID)
    assert len(forgeries) == 3
    for what, body, headers in forgeries:
        with pytest.raises(DecryptionError):
            parse(body, headers, app_id=APP_ID)
        assert what
    body, headers = encrypt(plain, APP_ID)
    with pytest.raises(DecryptionError) as altered:
        parse(tamper(body), headers, app_id=APP_ID)
    assert altered.value.field == "encrypted_data"


def test_svaml_rules_name_what_sinch_refuses() -> None:
    assert svaml_problems("ice", {"action": {"name": "connectPstn", "number": "+15550100"}}) == []
    allowed = "connectConf, continue, hangup, runMenu"
    assert svaml_problems("ace", {"action": {"name": "connectPstn"}}) == [
        f"action 'connectPstn' is not allowed in an answer to ACE (allowed: {allowed})"
    ]
    assert svaml_problems("dice", {"action": {"name": "hangup"}}) == []
    assert (
        "instruction 'answer' is not allowed in an answer to PIE"
        in svaml_problems("pie", {"instructions": [{"name": "answer"}], "action": {"name": "hangup"}})[0]
    )
    assert menu_problems({"name": "runMenu", "menus": [{"id": "start"}]}) == [
        "runMenu starts with menu 'main', which it does not define (menus: ['start'])"
    ]
    assert menu_problems({"name": "runMenu"}) == ["runMenu defines no menus"]
    assert svaml_problems("notify", {"anything": True}) == []


def test_a_sinch_timestamp_window_edge_is_inside() -> None:
    moment = datetime.now(UTC) - timedelta(minutes=4)
    verify(
        "POST",
        PATH,
        sign(BODY, path=PATH, key=KEY, secret=SECRET, moment=moment),
        BODY,
        key=KEY,
        secret=SECRET,
    )


def test_svaml_names_in_other_letter_cases_are_read_as_sinch_reads_them() -> None:
    answer = {
        "instructions": [{"name": "Say", "text": "Hi"}],
        "action": {"name": "ConnectConf", "conferenceId": "r"},
    }
    assert canonical(answer) == {
        "instructions": [{"name": "say", "text": "Hi"}],
        "action": {"name": "connectConf", "conferenceId": "r"},
    }
    assert svaml_problems("ice", canonical(answer)) == []
    assert canonical({"action": {"name": "dance"}}) == {"action": {"name": "dance"}}
