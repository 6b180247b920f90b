"""Typed EnableX webhook events (hand-written runtime, copied in by `voicespec generate`).

EnableX POSTs every event of a call to the one `event_url`, with no field naming the event type, and the
service is documented to spell some keys in more than one way. `parse(body, headers, app_id)` turns one
body (bytes, str or an already decoded mapping) into the right generated model:

1. decode: bytes as UTF-8, then JSON; the top level must be an object, and a key repeated with different
   values is refused (`json` would silently keep the last one);
1a. an encrypted envelope (`{"encrypted_data": ...}`, sent when webhook security is on) is decrypted with
   the project's **app ID** and the request's `x-algoritm` / `x-format` / `x-encoding` headers
   (`webhook_envelope`), and its plaintext decoded as in step 1;
2. normalise the key spellings with `KEY_ALIASES` (the union of the spec's `x-key-aliases`; a test keeps
   the two equal), refusing a body that gives two spellings of one key different values; a `digit` sent as
   a JSON number (as in the seed's DTMF sample) becomes its string, the spec's type;
3. tell the kind apart as the spec's `Events` tag says:

   - a `playstate` key and no `state` key                    -> PlayStateEvent
   - `state` is `dtmfcollected`                              -> DtmfCollectedEvent
   - `state` is `recognized`, `timeout` or `unrecognized`    -> SpeechRecognitionEvent
   - `state` is `started` or `completed`, or `failed` with a
     `description` and neither `from` nor `to`               -> RecordingStateEvent
   - any other string `state` (`ringing`, ..., `incomingcall`,
     or a state the spec does not list yet)                  -> CallStateEvent

4. build the model with its `from_dict`: unknown keys stay in `additional_properties`, and an enum value
   the spec does not list parses as a member with `is_known == False`.

Anything else raises `WebhookError` (a `ValueError` deriving from `EnablexVoiceError`, the package's root):
`.field` names the key at fault (None when the body as a whole is, e.g. invalid JSON) and `.reason` says
what is wrong, with line and column for bad JSON. JSON is decoded with `inbound.loads`, which bounds
nesting and number size. An envelope that cannot be decrypted (wrong app ID, altered data, missing or
unsupported header, no app ID given) raises its subclass `DecryptionError`.
"""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Mapping
from typing import Any, TypeAlias

from .inbound import loads
from .models import (
    CallState,
    CallStateEvent,
    DtmfCollectedEvent,
    DtmfCollectedEventState,
    PlayStateEvent,
    RecordingState,
    RecordingStateEvent,
    SpeechRecognitionEvent,
    SpeechRecognitionState,
)
from .webhook_envelope import ENVELOPE_KEY, decrypt_envelope
from .webhook_errors import DecryptionError, WebhookError

__all__ = ["EVENT_TYPES", "KEY_ALIASES", "DecryptionError", "WebhookError", "WebhookEvent", "parse"]

WebhookEvent: TypeAlias = (
    CallStateEvent | DtmfCollectedEvent | SpeechRecognitionEvent | PlayStateEvent | RecordingStateEvent
)
EVENT_TYPES: tuple[type[WebhookEvent], ...] = (
    CallStateEvent,
    DtmfCollectedEvent,
    SpeechRecognitionEvent,
    PlayStateEvent,
    RecordingStateEvent,
)

# Alias -> canonical key. Must equal the union of `x-key-aliases` of the event schemas in
# specs/enablex-voice/openapi.yaml (tested): the spec is not shipped with the package, so it is copied here.
KEY_ALIASES: Mapping[str, str] = {
    "voice_Id": "voice_id",
    "timeStamp": "timestamp",
    "playstateus": "playstate",
    "recognized_phrase": "text",
}

# The states come from the generated enums, so they follow the spec. A state that both recording and call
# events use (`failed`) is decided by the payload's shape instead.
_DTMF_STATES = frozenset(state.value for state in DtmfCollectedEventState)
_SPEECH_STATES = frozenset(state.value for state in SpeechRecognitionState)
_RECORDING_STATES = frozenset(state.value for state in RecordingState)
_CALL_STATES = frozenset(state.value for state in CallState)

# Every generated `from_dict` reads each key as `name = Convert(d.pop("key"))`; see `_failing_key`.
_POP_CALL = re.compile(r"""\bd\.pop\(\s*["']([^"']+)["']""")


def parse(
    body: bytes | bytearray | str | Mapping[str, object],
    headers: Mapping[str, str] | None = None,
    app_id: str | None = None,
) -> WebhookEvent:
    """The typed event for one webhook body; raises `WebhookError` naming the problem.

    `headers` are the request's HTTP headers (any mapping; names are matched case-insensitively) and
    `app_id` the project's application ID. Both are needed only for an encrypted envelope; a plain event
    parses without them.
    """
    data = _decode(body)
    if ENVELOPE_KEY in data:
        data = _decrypt(data, headers, app_id)
    data = _normalise(data)
    model = _event_type(data)
    try:
        return model.from_dict(data)
    except KeyError as exc:
        key = str(exc.args[0]) if exc.args else None
        raise WebhookError(key, f"missing required field {key!r} of a {model.__name__}") from exc
    except (ValueError, TypeError, AttributeError) as exc:
        key = _failing_key(exc)
        value = f" {_json_type(data[key])} {data[key]!r}" if key in data else " value"
        raise WebhookError(key, f"{model.__name__} cannot read the{value}: {exc}") from exc


def _decrypt(
    envelope: Mapping[str, object], headers: Mapping[str, str] | None, app_id: str | None
) -> Mapping[str, object]:
    if not app_id:
        raise DecryptionError(
            "app_id",
            "the body is an encrypted envelope: pass the project's app ID (parse(body, headers, app_id))",
        )
    plaintext = decrypt_envelope(envelope, headers or {}, app_id)
    try:
        event = _decode(plaintext)
    except WebhookError as exc:
        raise DecryptionError(
            ENVELOPE_KEY,
            f"decrypted data is not an event ({exc.reason}): wrong app ID, or the envelope was altered",
        ) from exc
    if ENVELOPE_KEY in event:
        raise DecryptionError(ENVELOPE_KEY, "the decrypted event is itself an envelope")
    return event


def _decode(body: object) -> Mapping[str, object]:
    if isinstance(body, Mapping):
        for key in body:
            if not isinstance(key, str):
                raise WebhookError(repr(key), f"keys must be strings, not {type(key).__name__}")
        return body
    if isinstance(body, bytes | bytearray):
        try:
            # utf-8-sig: a leading byte-order mark is harmless, and json.loads refuses it in a str.
            text = bytes(body).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise WebhookError(
                None, f"body is not UTF-8: byte 0x{body[exc.start]:02x} at offset {exc.start} ({exc.reason})"
            ) from exc
    elif isinstance(body, str):
        text = body
    else:
        raise WebhookError(None, f"body must be bytes, str or a mapping, not {type(body).__name__}")
    if not text.strip():
        raise WebhookError(None, "empty body: expected a JSON object")
    try:
        value = loads(text, object_pairs_hook=_no_conflicting_duplicates)
    except json.JSONDecodeError as exc:
        raise WebhookError(None, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    if not isinstance(value, dict):
        raise WebhookError(None, f"expected a JSON object, got {_json_type(value)}")
    return value


def _no_conflicting_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result and result[key] != value:
            raise WebhookError(key, f"key repeated with different values ({result[key]!r} and {value!r})")
        result[key] = value
    return result


def _normalise(data: Mapping[str, object]) -> dict[str, object]:
    result: dict[str, object] = {}
    spelled: dict[str, str] = {}  # canonical key -> the spelling its value came from
    for key, value in data.items():
        canonical = KEY_ALIASES.get(key, key)
        if canonical in result and result[canonical] != value:
            raise WebhookError(
                canonical,
                f"sent as both {spelled[canonical]!r} and {key!r} with different values "
                f"({result[canonical]!r} and {value!r})",
            )
        result.setdefault(canonical, value)
        spelled.setdefault(canonical, key)
    digit = result.get("digit")
    if isinstance(digit, int) and not isinstance(digit, bool):
        result["digit"] = str(digit)  # the seed's DTMF sample sends `"digit": 12345`
    return result


def _event_type(data: Mapping[str, object]) -> type[WebhookEvent]:
    if "state" not in data:
        if "playstate" in data:
            return PlayStateEvent
        raise WebhookError("state", "neither 'state' nor 'playstate' is present: not an EnableX event")
    state = data["state"]
    if not isinstance(state, str):
        raise WebhookError("state", f"must be a string, not {_json_type(state)} {state!r}")
    if state in _DTMF_STATES:
        return DtmfCollectedEvent
    if state in _SPEECH_STATES:
        return SpeechRecognitionEvent
    if state in _RECORDING_STATES and (
        state not in _CALL_STATES or ("description" in data and not data.keys() & {"from", "to"})
    ):
        return RecordingStateEvent
    return CallStateEvent


def _failing_key(exc: BaseException) -> str | None:
    """The key a generated `from_dict` was converting when it raised, read from the failing source line.

    Best effort: None if the traceback does not lead through a `from_dict` line that pops a key.
    """
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.name == "from_dict":
            match = _POP_CALL.search(frame.line or "")
            return match.group(1) if match else None
    return None


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number" if isinstance(value, int | float) else type(value).__name__)
