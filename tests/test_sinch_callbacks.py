"""`sinch_voice.callbacks`: verifying Sinch's signature on a callback, parsing callbacks into typed models,
and answering with SVAML built from the generated models — down to the README's example ICE handler,
served on loopback and called the way Sinch calls it."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sinch_voice import callbacks
from sinch_voice.auth import ApplicationAuth, InvalidSecretError, decode_secret, signature
from sinch_voice.callbacks import CallbackError, InvalidSignature, Reason, parse, verify
from sinch_voice.models import (
    AceRequest,
    ConferenceDtmfOptions,
    ConferenceDtmfOptionsMode,
    Destination,
    DestinationType,
    DiceResponse,
    IceRequest,
    IceRequestDomain,
    Menu,
    MenuOption,
    NotifyRequest,
    NotifyType,
    SipDestination,
    StartRecordingOptions,
    SvamlActionConnectConf,
    SvamlActionConnectMxp,
    SvamlActionConnectPstn,
    SvamlActionConnectSip,
    SvamlActionContinue,
    SvamlActionHangup,
    SvamlActionPark,
    SvamlActionRunMenu,
    SvamlInstructionAnswer,
    SvamlInstructionPlayFiles,
    SvamlInstructionSay,
    SvamlInstructionSendDtmf,
    SvamlInstructionSetCookie,
    SvamlInstructionStartRecording,
    SvamlInstructionStopRecording,
    SvamlRequestBody,
)

from tests.conftest import PROVIDERS
from tests.examples_support import load_example
from tests.test_retry import defined_public_names
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread
from voicespec.spec.document import SpecDocument, all_errors, describe_error

SINCH = get_provider("sinch-voice")
pytestmark = pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")

# The worked example of https://developers.sinch.com/docs/voice/api-reference/authentication/callback-signed-request
DOC_KEY = "669E367E-6BBA-48AB-AF15-266871C28135"
DOC_SECRET = "BeIukql3pTKJ8RGL5zo0DA=="
DOC_BODY = (
    b'{"event":"ace","callid":"822aa4b7-05b4-4d83-87c7-1f835ee0b6f6_257",'
    b'"timestamp":"2014-09-24T10:59:41Z","version":1}'
)
DOC_HEADERS = {
    "x-timestamp": "2014-09-24T10:59:41Z",
    "content-type": "application/json",
    "authorization": f"application {DOC_KEY}:Tg6fMyo8mj9pYfWQ9ssbx3Tc1BNC87IEygAfLbJqZb4=",
}
DOC_PATH = "/sinch/callback/ace"
DOC_NOW = datetime(2014, 9, 24, 11, 0, 0, tzinfo=UTC)

KEY, SECRET = DOC_KEY, DOC_SECRET
PATH = "/sinch/callback"
SENT_AT = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)
ICE = b'{"event":"ice","callid":"3b0a7ccd-05e1-4728-bafd-023b77c47784","cli":"31639136121"}'


def spec() -> SpecDocument:
    return SpecDocument.load(SINCH.spec_path)


def signed_headers(
    body: bytes = ICE,
    *,
    method: str = "POST",
    path: str = PATH,
    content_type: str = "application/json",
    at: datetime = SENT_AT,
) -> dict[str, str]:
    """The headers Sinch sends with a callback: signed the way `ApplicationAuth` signs (checked against
    Sinch's published signatures in test_sinch_auth.py)."""
    request = httpx.Request(
        method, "https://callbacks.example.com" + path, content=body, headers={"Content-Type": content_type}
    )
    sent = next(ApplicationAuth(KEY, SECRET, clock=lambda: at).sync_auth_flow(request))
    return {name: sent.headers[name] for name in ("authorization", "x-timestamp", "content-type")}


def check(
    headers: Mapping[str, str],
    body: bytes | str = ICE,
    *,
    method: str = "POST",
    path: str = PATH,
    now: datetime = SENT_AT + timedelta(seconds=2),
    **options: Any,
) -> None:
    verify(
        method,
        path,
        headers,
        body,
        key=options.pop("key", KEY),
        secret=options.pop("secret", SECRET),
        now=now,
        **options,
    )


def reason_of(action: Callable[[], None]) -> Reason:
    with pytest.raises(InvalidSignature) as caught:
        action()
    return caught.value.reason


# --- verify --------------------------------------------------------------------------------------------


def test_the_documented_callback_verifies_and_parses() -> None:
    verify("POST", DOC_PATH, DOC_HEADERS, DOC_BODY, key=DOC_KEY, secret=DOC_SECRET, now=DOC_NOW)
    event = parse(DOC_BODY)  # Sinch's own example says `callid`, as every real callback does
    assert isinstance(event, AceRequest)
    assert event.callid == "822aa4b7-05b4-4d83-87c7-1f835ee0b6f6_257"
    assert event.additional_properties == {}


def test_a_signed_callback_verifies_whatever_the_header_case_and_body_type() -> None:
    headers = {name.title(): value for name, value in signed_headers().items()}
    assert "X-Timestamp" in headers
    check(headers)
    check(headers, ICE.decode())
    check(httpx.Headers(signed_headers()))
    check(signed_headers(), path=PATH + "?tenant=7")  # the query is not signed


def _replace(headers: dict[str, str], **changes: str | None) -> dict[str, str]:
    changed = dict(headers)
    for field_name, value in changes.items():
        name = field_name.replace("_", "-")
        if value is None:
            del changed[name]
        else:
            changed[name] = value
    return changed


def _other_signature(headers: dict[str, str]) -> str:
    scheme_key, _, sig = headers["authorization"].partition(":")
    return f"{scheme_key}:{sig[::-1]}"


TAMPERED: dict[str, tuple[Callable[[dict[str, str]], None], Reason]] = {
    "body": (lambda h: check(h, ICE.replace(b"31639136121", b"31639136122")), Reason.SIGNATURE_MISMATCH),
    "method": (lambda h: check(h, method="PUT"), Reason.SIGNATURE_MISMATCH),
    "path": (lambda h: check(h, path="/sinch/other"), Reason.SIGNATURE_MISMATCH),
    "content-type": (
        lambda h: check(_replace(h, content_type="application/json; charset=utf-8")),
        Reason.SIGNATURE_MISMATCH,
    ),
    "timestamp": (
        lambda h: check(_replace(h, x_timestamp="2026-05-01T12:00:01Z")),
        Reason.SIGNATURE_MISMATCH,
    ),
    "signature": (lambda h: check(_replace(h, authorization=_other_signature(h))), Reason.SIGNATURE_MISMATCH),
    "secret": (
        lambda h: check(h, secret=base64.b64encode(b"another secret").decode()),
        Reason.SIGNATURE_MISMATCH,
    ),
    "key-in-header": (
        lambda h: check(_replace(h, authorization=h["authorization"].replace(KEY, "other-key"))),
        Reason.WRONG_KEY,
    ),
    "key-expected": (lambda h: check(h, key="other-key"), Reason.WRONG_KEY),
    "no-authorization": (lambda h: check(_replace(h, authorization=None)), Reason.MISSING_AUTHORIZATION),
    "empty-authorization": (lambda h: check(_replace(h, authorization="  ")), Reason.MISSING_AUTHORIZATION),
    "no-timestamp": (lambda h: check(_replace(h, x_timestamp=None)), Reason.MISSING_TIMESTAMP),
    "no-signature": (
        lambda h: check(_replace(h, authorization=f"Application {KEY}")),
        Reason.MALFORMED_AUTHORIZATION,
    ),
    "scheme-only": (
        lambda h: check(_replace(h, authorization="Application")),
        Reason.MALFORMED_AUTHORIZATION,
    ),
    "bearer": (lambda h: check(_replace(h, authorization="Bearer abc")), Reason.UNSUPPORTED_SCHEME),
}


@pytest.mark.parametrize("case", TAMPERED, ids=list(TAMPERED))
def test_a_tampered_or_incomplete_callback_is_rejected_saying_why(case: str) -> None:
    action, reason = TAMPERED[case]
    headers = signed_headers()
    check(headers)  # untouched, it passes: the rejection below is the tampering's doing
    with pytest.raises(InvalidSignature) as caught:
        action(headers)
    assert caught.value.reason == reason
    assert str(reason) in str(caught.value)


@pytest.mark.parametrize(
    ("age", "max_age", "reason"),
    [
        (timedelta(0), callbacks.DEFAULT_MAX_AGE, None),
        (timedelta(minutes=5), callbacks.DEFAULT_MAX_AGE, None),
        (timedelta(minutes=5, seconds=1), callbacks.DEFAULT_MAX_AGE, Reason.EXPIRED_TIMESTAMP),
        (timedelta(days=3), callbacks.DEFAULT_MAX_AGE, Reason.EXPIRED_TIMESTAMP),
        (-timedelta(minutes=5), callbacks.DEFAULT_MAX_AGE, None),
        (-timedelta(minutes=5, seconds=1), callbacks.DEFAULT_MAX_AGE, Reason.FUTURE_TIMESTAMP),
        (timedelta(seconds=31), timedelta(seconds=30), Reason.EXPIRED_TIMESTAMP),
        (timedelta(seconds=29), timedelta(seconds=30), None),
    ],
)
def test_a_replayed_callback_is_rejected_once_older_than_max_age(
    age: timedelta, max_age: timedelta, reason: Reason | None
) -> None:
    headers = signed_headers()
    if reason is None:
        check(headers, now=SENT_AT + age, max_age=max_age)
    else:
        assert reason_of(lambda: check(headers, now=SENT_AT + age, max_age=max_age)) == reason


def _signed_at(timestamp: str) -> dict[str, str]:
    sig = signature(
        decode_secret(SECRET),
        method="POST",
        path=PATH,
        content_type="application/json",
        body=ICE,
        timestamp=timestamp,
    )
    return {
        "authorization": f"Application {KEY}:{sig}",
        "x-timestamp": timestamp,
        "content-type": "application/json",
    }


@pytest.mark.parametrize(
    "timestamp",
    ["2026-05-01T12:00:00.2729234Z", "2026-05-01T12:00:00", "2026-05-01T14:00:00+02:00"],
    ids=["seven-digit-fraction", "no-zone-is-utc", "offset"],
)
def test_sinch_timestamp_spellings_are_understood(timestamp: str) -> None:
    check(_signed_at(timestamp))


def test_a_signed_but_unreadable_timestamp_is_rejected() -> None:
    assert reason_of(lambda: check(_signed_at("yesterday"))) == Reason.MALFORMED_TIMESTAMP


def test_the_current_time_is_the_default_now() -> None:
    fresh = signed_headers(at=datetime.now(UTC))
    verify("POST", PATH, fresh, ICE, key=KEY, secret=SECRET)
    stale = signed_headers(at=datetime.now(UTC) - timedelta(minutes=10))
    assert (
        reason_of(lambda: verify("POST", PATH, stale, ICE, key=KEY, secret=SECRET))
        == Reason.EXPIRED_TIMESTAMP
    )


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@pytest.mark.parametrize(
    ("headers", "options", "reason"),
    [
        (_basic(KEY, SECRET), {}, None),
        (_basic(KEY, "wrong"), {}, Reason.WRONG_SECRET),
        (_basic("other-key", SECRET), {}, Reason.WRONG_KEY),
        ({"Authorization": "Basic not-base64!"}, {}, Reason.MALFORMED_AUTHORIZATION),
        (
            {"Authorization": "Basic " + base64.b64encode(b"no colon").decode()},
            {},
            Reason.MALFORMED_AUTHORIZATION,
        ),
        (_basic(KEY, SECRET), {"allow_basic": False}, Reason.UNSUPPORTED_SCHEME),
    ],
    ids=["valid", "wrong-secret", "wrong-key", "not-base64", "no-colon", "basic-not-allowed"],
)
def test_basic_credentials(headers: dict[str, str], options: dict[str, Any], reason: Reason | None) -> None:
    if reason is None:
        check(headers, **options)
    else:
        assert reason_of(lambda: check(headers, **options)) == reason


def test_bad_arguments_are_typed_errors() -> None:
    with pytest.raises(InvalidSecretError):
        check(signed_headers(), secret="not base64!")
    with pytest.raises(ValueError, match="max_age must be positive"):
        check(signed_headers(), max_age=timedelta(0))
    with pytest.raises(ValueError, match="aware datetime"):
        check(signed_headers(), now=datetime(2026, 5, 1, 12, 0, 1))


def test_signatures_are_compared_in_constant_time() -> None:
    # The comparison is hmac.compare_digest, not ==: a timing difference cannot be measured reliably in a
    # unit test, so the test pins the mechanism instead.
    assert "compare_digest" in callbacks._same.__code__.co_names


def test_every_public_name_is_exported() -> None:
    assert defined_public_names(callbacks) <= set(callbacks.__all__)


# --- parse ---------------------------------------------------------------------------------------------


def webhook_examples() -> Iterator[tuple[str, Any, str]]:
    """(label, example body, model name) for every request example of every webhook in the spec."""
    doc = spec()
    for webhook, item in doc.data["webhooks"].items():
        for operation in item.values():
            media = operation["requestBody"]["content"]["application/json"]
            schema_name = media["schema"]["$ref"].rsplit("/", 1)[1]
            schema = doc.deref(media["schema"])
            for example_name, example in media["examples"].items():
                value = doc.deref(example)["value"]
                model = schema_name
                if "discriminator" in schema:  # a union: the variant its mapping names for this value
                    discriminator = schema["discriminator"]
                    model = discriminator["mapping"][value[discriminator["propertyName"]]].rsplit("/", 1)[1]
                yield f"{webhook}-{example_name}", value, model


EXAMPLES = list(webhook_examples())


def test_the_spec_has_an_example_for_every_event() -> None:
    assert {value["event"] for _, value, _ in EXAMPLES} == {"ice", "ace", "dice", "pie", "notify"}
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize(("label", "value", "model"), EXAMPLES, ids=[label for label, _, _ in EXAMPLES])
@pytest.mark.parametrize("form", ["bytes", "str", "dict"])
def test_every_webhook_example_parses_to_its_model(label: str, value: Any, model: str, form: str) -> None:
    text = json.dumps(value)
    body: bytes | str | dict[str, Any] = {"bytes": text.encode(), "str": text, "dict": value}[form]
    parsed = parse(body)
    assert type(parsed).__name__ == model, label
    assert parsed.to_dict() == value
    assert parsed.additional_properties == {}


def test_a_calling_error_notification_parses() -> None:
    parsed = parse(
        {"event": "notify", "type": "callingerror", "callid": "c1", "errorCode": 40003, "errorMsg": "x"}
    )
    assert isinstance(parsed, NotifyRequest)
    assert parsed.type_ == NotifyType.CALLINGERROR
    assert (parsed.callid, parsed.error_code, parsed.error_msg) == ("c1", 40003, "x")


def test_a_notify_type_sinch_adds_later_still_parses() -> None:
    # Sinch publishes no closed list of notification types: a new one is kept, not refused.
    parsed = parse({"event": "notify", "type": "call_progress", "callid": "c1", "custom": "x"})
    assert isinstance(parsed, NotifyRequest)
    assert parsed.type_ == "call_progress"
    assert not parsed.type_.is_known
    assert parsed.additional_properties == {}


def test_unknown_fields_and_enum_values_are_kept() -> None:
    ice = {
        "event": "ice",
        "callid": "c1",
        "domain": "satellite",  # an enum value Sinch may add later
        "to": {"type": "whatsapp", "endpoint": "+14155550100", "carrier": "x"},
        "brandNewField": {"nested": [1, 2]},
    }
    parsed = parse(json.dumps(ice).encode())
    assert isinstance(parsed, IceRequest)
    assert parsed.domain == "satellite"
    assert isinstance(parsed.domain, IceRequestDomain)
    assert not parsed.domain.is_known
    assert isinstance(parsed.to, Destination)
    assert parsed.to.type_ == "whatsapp"
    assert not parsed.to.type_.is_known
    assert parsed.to.additional_properties == {"carrier": "x"}
    assert parsed.additional_properties == {"brandNewField": {"nested": [1, 2]}}
    assert parsed.to_dict() == ice


MALFORMED: list[tuple[str, object, str | None, str]] = [
    (
        "invalid-json",
        b'{"event": "ice",, }',
        None,
        "not valid JSON: Expecting property name.* line 1, column 17",
    ),
    ("truncated-json", b'{"event": "ice"', None, r"not valid JSON: .* \(char 15\)"),
    ("not-utf8", b'{"event": "\xff"}', None, "not UTF-8"),
    ("array", b"[1, 2]", None, "a callback body is a JSON object, got list"),
    ("number", "42", None, "got int"),
    ("wrong-input-type", 42, None, "must be bytes, str or a mapping, got int"),
    ("missing-event", {"callid": "c1"}, "event", "has no 'event' field"),
    (
        "unknown-event",
        {"event": "ring", "callid": "c1"},
        "event",
        'unknown event "ring"; expected one of ace, dice',
    ),
    ("event-not-string", {"event": 7}, "event", "unknown event 7"),
    ("notify-missing-type", {"event": "notify"}, "type", "NotifyRequest: required field 'type' is missing"),
    ("missing-call-id", {"event": "ice"}, "callid", "IceRequest: required field 'callid' is missing"),
    (
        "call-id-in-rest-spelling-only",
        {"event": "dice", "callId": "c1"},
        "callid",
        "DiceRequest: required field 'callid' is missing",
    ),
    (
        "bad-nested-object",
        {"event": "ice", "callid": "c1", "to": {"type": "number"}},
        "to",
        "IceRequest: field 'to' is invalid \\(missing key 'endpoint'\\)",
    ),
    (
        "wrong-type",
        {"event": "ace", "callid": "c1", "amd": "machine"},
        "amd",
        "AceRequest: field 'amd' is invalid",
    ),
    (
        "bad-list",
        {"event": "ice", "callid": "c1", "callHeaders": [{"key": "k"}, 5]},
        "callHeaders",
        "field 'callHeaders' is invalid",
    ),
]


@pytest.mark.parametrize(
    ("label", "body", "field", "message"), MALFORMED, ids=[case[0] for case in MALFORMED]
)
def test_a_malformed_callback_raises_a_typed_error_naming_the_problem(
    label: str, body: Any, field: str | None, message: str
) -> None:
    with pytest.raises(CallbackError, match=message) as caught:
        parse(body)
    assert caught.value.field == field, label
    assert isinstance(caught.value, ValueError)


# --- SVAML built from the models -----------------------------------------------------------------------


def svaml_errors(body: dict[str, Any], schema: str = "SvamlRequestBody") -> list[str]:
    validator = spec().validator(f"/components/schemas/{schema}")
    return [describe_error(error) for error in all_errors(validator, body)]


Action = (
    SvamlActionHangup
    | SvamlActionContinue
    | SvamlActionConnectPstn
    | SvamlActionConnectMxp
    | SvamlActionConnectConf
    | SvamlActionConnectSip
    | SvamlActionRunMenu
    | SvamlActionPark
)
Instruction = (
    SvamlInstructionAnswer
    | SvamlInstructionSay
    | SvamlInstructionPlayFiles
    | SvamlInstructionSendDtmf
    | SvamlInstructionSetCookie
    | SvamlInstructionStartRecording
    | SvamlInstructionStopRecording
)
SAY = SvamlInstructionSay(name="say", text="Thanks for calling.", locale="en-US")
ACTIONS: list[Action] = [
    SvamlActionHangup(name="hangup"),
    SvamlActionContinue(name="continue"),
    SvamlActionConnectPstn(name="connectPstn", number="+14155550100", cli="+14155550199", max_duration=3600),
    SvamlActionConnectMxp(
        name="connectMxp", destination=Destination(type_=DestinationType.USERNAME, endpoint="alice")
    ),
    SvamlActionConnectConf(
        name="connectConf",
        conference_id="myConference",
        conference_dtmf_options=ConferenceDtmfOptions(mode=ConferenceDtmfOptionsMode.DETECT, max_digits=4),
    ),
    SvamlActionConnectSip(name="connectSip", destination=SipDestination(endpoint="alice@sip.example.com")),
    SvamlActionRunMenu(
        name="runMenu",
        main_menu="main",
        menus=[
            Menu(
                id="main",
                main_prompt="#tts[Press 1 for support]",
                options=[MenuOption(dtmf="1", action="return(support)")],
            )
        ],
    ),
    SvamlActionPark(name="park", intro_prompt="#tts[Welcome]", max_duration=180),
]
INSTRUCTIONS: list[Instruction] = [
    SvamlInstructionAnswer(name="answer"),
    SAY,
    SvamlInstructionPlayFiles(name="playFiles", ids=["#tts[Hello]"], locale="en-US"),
    SvamlInstructionSendDtmf(name="sendDtmf", value="ww1234#"),
    SvamlInstructionSetCookie(name="setCookie", key="step", value="1"),
    SvamlInstructionStartRecording(
        name="startRecording", options=StartRecordingOptions(destination_url="s3://bucket/call.mp3")
    ),
    SvamlInstructionStopRecording(name="stopRecording"),
]


@pytest.mark.parametrize("action", ACTIONS, ids=[action.name for action in ACTIONS])
def test_svaml_built_from_the_models_validates_against_the_spec(action: Action) -> None:
    body = SvamlRequestBody(instructions=list(INSTRUCTIONS), action=action).to_dict()
    assert svaml_errors(body) == []
    assert body["action"]["name"] == action.name
    assert [item["name"] for item in body["instructions"]] == [item.name for item in INSTRUCTIONS]
    # what goes over the wire reads back as the same typed object
    assert SvamlRequestBody.from_dict(json.loads(json.dumps(body))).to_dict() == body


def test_the_schema_check_catches_bad_svaml() -> None:
    bad = SvamlRequestBody(action=SvamlActionConnectPstn(name="connectPstn", number="14155550100")).to_dict()
    assert any("/action" in error for error in svaml_errors(bad))
    assert svaml_errors({"instructions": [SAY.to_dict()]})  # no action


def test_a_dice_answer_validates() -> None:
    assert svaml_errors(DiceResponse(action=SvamlActionHangup(name="hangup")).to_dict(), "DiceResponse") == []


# --- the README's example handler (examples/sinch_callback_app.py), over real HTTP --------------------

app = load_example("sinch_callback_app", SINCH_APP_KEY=KEY, SINCH_APP_SECRET=SECRET).app


class SinchSender:
    """Posts callbacks the way Sinch does: JSON, signed with the application key and secret."""

    def __init__(self, base_url: str, *, secret: str = SECRET) -> None:
        self.base_url, self.secret = base_url, secret

    def post(self, body: Any, *, raw: bytes | None = None) -> httpx.Response:
        content = raw if raw is not None else json.dumps(body).encode()
        with httpx.Client(base_url=self.base_url, auth=ApplicationAuth(KEY, self.secret)) as client:
            return client.post(PATH, content=content, headers={"Content-Type": "application/json"})


@pytest.fixture(scope="module")
def handler_url() -> Iterator[str]:
    with ServerThread(app) as url:
        yield url


def webhook_response_schema(event: str) -> str | None:
    content = spec().data["webhooks"][event]["post"]["responses"]["200"].get("content")
    return content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1] if content else None


def test_the_handler_answers_ice_with_svaml_that_validates(handler_url: str) -> None:
    ice = next(value for _, value, _ in EXAMPLES if value["event"] == "ice")
    reply = SinchSender(handler_url).post(ice)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "application/json"
    schema = webhook_response_schema("ice")
    assert schema == "SvamlRequestBody"
    assert svaml_errors(reply.json(), schema) == []
    answer = SvamlRequestBody.from_dict(reply.json())
    assert isinstance(answer.action, SvamlActionConnectPstn)
    assert answer.action.number == "+14155550100"
    assert [type(item) for item in answer.instructions or []] == [SvamlInstructionSay]


def test_the_handler_answers_every_event_per_the_spec(handler_url: str) -> None:
    sender = SinchSender(handler_url)
    for label, value, _ in EXAMPLES:
        reply = sender.post(value)
        assert reply.status_code == 200, (label, reply.text)
        schema = webhook_response_schema(value["event"])
        if reply.content:
            assert schema is not None, label
            assert svaml_errors(reply.json(), schema) == [], label


def test_the_handler_refuses_unsigned_and_wrongly_signed_callbacks(handler_url: str) -> None:
    with httpx.Client(base_url=handler_url) as plain:
        unsigned = plain.post(PATH, content=ICE, headers={"Content-Type": "application/json"})
    assert (unsigned.status_code, unsigned.json()) == (401, {"error": "missing-authorization"})
    forged = SinchSender(handler_url, secret=base64.b64encode(b"not the secret").decode()).post(None, raw=ICE)
    assert (forged.status_code, forged.json()) == (401, {"error": "signature-mismatch"})


def test_the_handler_names_a_malformed_callback(handler_url: str) -> None:
    reply = SinchSender(handler_url).post({"event": "ring", "callid": "c1"})
    assert reply.status_code == 400
    assert "unknown event" in reply.json()["error"]


def test_the_handler_serves_async_senders_too(handler_url: str) -> None:
    async def send() -> httpx.Response:
        async with httpx.AsyncClient(base_url=handler_url, auth=ApplicationAuth(KEY, SECRET)) as client:
            return await client.post(PATH, json=json.loads(ICE))

    reply = asyncio.run(send())
    assert reply.status_code == 200, reply.text
    assert svaml_errors(reply.json()) == []
