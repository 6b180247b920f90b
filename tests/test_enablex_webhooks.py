"""`enablex_voice.webhooks.parse`: every webhook example of the spec, the documented key spellings, the
classification rules, malformed bodies, and one webhook received over real HTTP on loopback.

The examples, aliases and required keys are read from the spec itself, so a new example or alias is tested
without touching this file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import enablex_voice.models
import httpx
import pytest
from enablex_voice.models import (
    CallStateEvent,
    DtmfCollectedEvent,
    PlayStateEvent,
    RecordingStateEvent,
    SpeechRecognitionEvent,
)
from enablex_voice.webhooks import EVENT_TYPES, KEY_ALIASES, WebhookError, WebhookEvent, parse
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.conftest import PROVIDERS
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread
from voicespec.spec.document import SpecDocument

ENABLEX = get_provider("enablex-voice")
pytestmark = pytest.mark.skipif(ENABLEX not in PROVIDERS, reason="enablex-voice not selected")

SPEC = SpecDocument.load(ENABLEX.spec_path)
SCHEMAS: dict[str, Any] = SPEC.data["components"]["schemas"]
VOICE_ID = "f1aa71c0-8f2a-4fe8-b5ef-9a330454ef58"
TIMESTAMP = "2020-02-16T10:52:00Z"


@dataclass(frozen=True)
class WebhookExample:
    """One example request body of one spec webhook, with the schema that webhook declares."""

    webhook: str
    name: str
    schema: str
    value: dict[str, Any]

    @property
    def model(self) -> type[WebhookEvent]:
        model: type[WebhookEvent] = getattr(enablex_voice.models, self.schema)
        return model

    @property
    def aliases(self) -> dict[str, str]:
        aliases: dict[str, str] = SCHEMAS[self.schema].get("x-key-aliases", {})
        return aliases


ENVELOPE = "EncryptedWebhookEnvelope"


def _event_schema(media: dict[str, Any]) -> str:
    """The event schema of a webhook body: `oneOf` the event and the encrypted envelope."""
    names = [variant["$ref"].removeprefix("#/components/schemas/") for variant in media["schema"]["oneOf"]]
    assert ENVELOPE in names, names
    (event,) = (name for name in names if name != ENVELOPE)
    return str(event)


def _webhook_examples() -> Iterator[WebhookExample]:
    # Encrypted-envelope examples need the app ID and headers: tests/test_enablex_evidence.py covers them.
    for webhook, path_item in SPEC.data["webhooks"].items():
        for operation in SPEC.deref(path_item).values():
            media = SPEC.deref(operation["requestBody"])["content"]["application/json"]
            schema = _event_schema(media)
            for name, example in media["examples"].items():
                value = SPEC.deref(example)["value"]
                if "encrypted_data" not in value:
                    yield WebhookExample(webhook, name, schema, value)


EXAMPLES = list(_webhook_examples())
IDS = [f"{example.webhook}/{example.name}" for example in EXAMPLES]
# Every key any event schema (or the envelope) knows, in any spelling: random extras must avoid them, or they
# would change the event's kind or collide with a real field.
KNOWN_KEYS = frozenset(KEY_ALIASES) | {
    key
    for model in (*EVENT_TYPES, enablex_voice.models.EncryptedWebhookEnvelope)
    for key in SCHEMAS[model.__name__]["properties"]
}  # `encrypted_data` would make the body an encrypted envelope


def _renamed(value: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    return {new if key == old else key: item for key, item in value.items()}


def _error(body: object) -> WebhookError:
    with pytest.raises(WebhookError) as caught:
        parse(body)  # type: ignore[arg-type]  # wrong types on purpose in some cases
    assert isinstance(caught.value, ValueError)
    return caught.value


def test_every_event_schema_has_a_webhook_with_examples() -> None:
    assert {example.schema for example in EXAMPLES} == {model.__name__ for model in EVENT_TYPES}


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
@pytest.mark.parametrize(
    "encode",
    [lambda value: json.dumps(value).encode(), json.dumps, dict],
    ids=["bytes", "str", "mapping"],
)
def test_example_parses_to_the_webhooks_model(
    example: WebhookExample, encode: Callable[[dict[str, Any]], object]
) -> None:
    event = parse(encode(example.value))  # type: ignore[arg-type]
    assert type(event) is example.model
    assert event.voice_id == UUID(example.value["voice_id"])
    assert event.additional_properties == {}
    assert event.to_dict() == example.model.from_dict(example.value).to_dict()


def test_key_aliases_are_the_specs() -> None:
    union: dict[str, str] = {}
    for model in EVENT_TYPES:
        for alias, canonical in SCHEMAS[model.__name__].get("x-key-aliases", {}).items():
            assert union.setdefault(alias, canonical) == canonical, f"{alias} means two keys in the spec"
    assert dict(KEY_ALIASES) == union


ALIASED = [
    (example, alias, canonical)
    for example in EXAMPLES
    for alias, canonical in example.aliases.items()
    if canonical in example.value
]


def test_every_alias_is_exercised_by_an_example() -> None:
    assert {alias for _, alias, _ in ALIASED} == set(KEY_ALIASES)


@pytest.mark.parametrize(
    ("example", "alias", "canonical"),
    ALIASED,
    ids=[f"{example.webhook}/{example.name}/{alias}" for example, alias, _ in ALIASED],
)
def test_alias_spelling_parses_like_the_canonical_one(
    example: WebhookExample, alias: str, canonical: str
) -> None:
    expected = parse(example.value)
    aliased = _renamed(example.value, canonical, alias)
    event = parse(json.dumps(aliased).encode())
    assert type(event) is type(expected)
    assert event.to_dict() == expected.to_dict()
    assert alias not in event.additional_properties
    # Both spellings with one value is not a conflict.
    assert parse({**example.value, alias: example.value[canonical]}).to_dict() == expected.to_dict()


def test_seed_dtmf_sample_parses() -> None:
    # 004:229-234, as the service is documented to send it: `voice_Id`, and `digit` as a JSON number.
    body = b'{"voice_Id": "%s", "state": "dtmfcollected", "digit": 12345, "timestamp": "%s"}' % (
        VOICE_ID.encode(),
        TIMESTAMP.encode(),
    )
    event = parse(body)
    assert isinstance(event, DtmfCollectedEvent)
    assert event.digit == "12345"
    assert event.voice_id == UUID(VOICE_ID)


def test_seed_play_error_spellings_parse() -> None:
    # 004:543-546 and 004:606-612: `timeStamp`, `playstateus`, with the error's `result`/`msg` kept.
    body = {"voice_id": VOICE_ID, "playstateus": "failed", "timeStamp": TIMESTAMP, "result": 6107, "msg": "x"}
    event = parse(body)
    assert isinstance(event, PlayStateEvent)
    assert event.playstate == "failed"
    assert event.playstate.is_known
    assert event.timestamp.isoformat() == "2020-02-16T10:52:00+00:00"
    assert event.additional_properties == {"result": 6107, "msg": "x"}


BASE = {"voice_id": VOICE_ID, "timestamp": TIMESTAMP}
CALL = {**BASE, "from": "14155550100", "to": "14155550199"}


@pytest.mark.parametrize(
    ("body", "model"),
    [
        ({**BASE, "playstate": "initiated"}, PlayStateEvent),
        ({**BASE, "state": "dtmfcollected", "digit": "1#"}, DtmfCollectedEvent),
        ({**BASE, "state": "timeout", "playstate": "speech_recognized"}, SpeechRecognitionEvent),
        ({**BASE, "state": "unrecognized"}, SpeechRecognitionEvent),
        ({**BASE, "state": "started", "description": "d"}, RecordingStateEvent),
        ({**BASE, "state": "failed", "description": "d"}, RecordingStateEvent),
        ({**CALL, "state": "failed"}, CallStateEvent),
        ({**CALL, "state": "failed", "description": "d"}, CallStateEvent),  # from/to make it a call
        ({**CALL, "state": "incomingcall", "channel_id": "c"}, CallStateEvent),
        ({**CALL, "state": "bridge_disconnected"}, CallStateEvent),
    ],
)
def test_classification_rules(body: dict[str, Any], model: type[WebhookEvent]) -> None:
    assert type(parse(body)) is model


def test_unknown_enum_values_parse_and_say_so() -> None:
    call = parse({**CALL, "state": "parked"})
    assert isinstance(call, CallStateEvent)
    assert not call.state.is_known
    assert call.state == "parked"
    play = parse({**BASE, "playstate": "paused"})
    assert isinstance(play, PlayStateEvent)
    assert not play.playstate.is_known
    assert play.playstate.value == "paused"


def test_unknown_fields_are_kept() -> None:
    event = parse({**CALL, "state": "ringing", "sip_headers": {"X-A": "1"}, "leg": 2})
    assert event.additional_properties == {"sip_headers": {"X-A": "1"}, "leg": 2}
    assert event["leg"] == 2


REQUIRED = [
    (example, key)
    for example in EXAMPLES
    for key in SCHEMAS[example.schema]["required"]
    if key not in {"state", "playstate"}  # removing these changes the kind; tested in the rules above
]


@pytest.mark.parametrize(
    ("example", "key"), REQUIRED, ids=[f"{example.webhook}/{example.name}-{key}" for example, key in REQUIRED]
)
def test_missing_required_field_is_named(example: WebhookExample, key: str) -> None:
    body = {name: value for name, value in example.value.items() if name != key}
    error = _error(body)
    assert error.field == key
    assert "missing" in error.reason
    assert example.schema in error.reason


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        (b"", None, ["empty"]),
        (" \n ", None, ["empty"]),
        (b'{"voice_id": "x",\n  "state" "ringing"}', None, ["invalid JSON", "line 2, column 11"]),
        ('{"voice_id": "x", // comment\n}', None, ["invalid JSON", "line 1, column 19"]),
        (b"[1, 2]", None, ["JSON object", "array"]),
        ('"ringing"', None, ["JSON object", "string"]),
        (b'\xff{"state": "ringing"}', None, ["UTF-8", "0xff", "offset 0"]),
        (b'{"state": "ringing", "state": "bridged"}', "state", ["repeated", "'ringing'", "'bridged'"]),
        (
            {"voice_id": VOICE_ID, "voice_Id": "f1aa71c0-0000-4fe8-b5ef-9a330454ef58"},
            "voice_id",
            ["'voice_id'", "'voice_Id'", "different"],
        ),
        (
            {"timeStamp": TIMESTAMP, "timestamp": "2021-01-01T00:00:00Z", "state": "ringing"},
            "timestamp",
            ["'timeStamp'", "'timestamp'"],
        ),
        (BASE, "state", ["neither", "playstate"]),
        ({}, "state", ["neither"]),
        ({**CALL, "state": 3}, "state", ["string", "number"]),
        ({**CALL, "state": None}, "state", ["string", "null"]),
        ({**CALL, "state": "ringing", "voice_id": "call-1"}, "voice_id", ["CallStateEvent", "'call-1'"]),
        ({**CALL, "state": "ringing", "timestamp": "now"}, "timestamp", ["CallStateEvent", "'now'"]),
        ({**BASE, "voice_id": 7, "playstate": "failed"}, "voice_id", ["PlayStateEvent", "number"]),
        ({**BASE, "playstate": 1}, "playstate", ["PlayStateEvent"]),
        ({1: "a"}, "1", ["keys must be strings"]),
        (["state", "ringing"], None, ["bytes, str or a mapping", "list"]),
        (None, None, ["bytes, str or a mapping", "NoneType"]),
    ],
)
def test_malformed_body_raises_a_useful_error(body: object, field: str | None, words: list[str]) -> None:
    error = _error(body)
    assert error.field == field
    for word in words:
        assert word in error.reason
    assert str(error).endswith(error.reason)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
EXTRAS = st.dictionaries(
    st.text(min_size=1).filter(lambda key: key not in KNOWN_KEYS), JSON_VALUES, max_size=4
)


@settings(max_examples=150, deadline=None)
@given(example=st.sampled_from(EXAMPLES), extras=EXTRAS, as_bytes=st.booleans())
def test_extra_keys_are_kept_and_change_nothing(
    example: WebhookExample, extras: dict[str, Any], as_bytes: bool
) -> None:
    body = {**example.value, **extras}
    event = parse(json.dumps(body).encode() if as_bytes else body)
    assert type(event) is example.model
    assert event.additional_properties == extras
    known = {key: value for key, value in event.to_dict().items() if key not in extras}
    assert known == parse(example.value).to_dict()


def test_webhook_received_over_http() -> None:
    received: list[WebhookEvent] = []

    async def event_url(request: Request) -> JSONResponse:
        try:
            event = parse(await request.body())
        except WebhookError as exc:
            return JSONResponse({"field": exc.field, "reason": exc.reason}, status_code=400)
        received.append(event)
        return JSONResponse({"type": type(event).__name__})

    app = Starlette(routes=[Route("/enablex/events", event_url, methods=["POST"])])
    with ServerThread(app) as url, httpx.Client(base_url=url, timeout=5) as client:
        for example in EXAMPLES:
            answer = client.post("/enablex/events", json=example.value)
            assert answer.status_code == 200
            assert answer.json() == {"type": example.schema}
        bad = client.post("/enablex/events", content=b'{"voice_id": "x", "state": }')
    assert bad.status_code == 400
    assert bad.json()["field"] is None
    assert "line 1, column 28" in bad.json()["reason"]
    assert [event.to_dict() for event in received] == [parse(example.value).to_dict() for example in EXAMPLES]
