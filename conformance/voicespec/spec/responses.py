"""The responses a spec documents for an operation, as concrete answers built from its examples (or,
for a spec without any, from its schemas: marked `synthesised`). The one enumeration of documented
responses: example calls, cassettes, the replay server and the fuzz gate all use it.

Used by the cassette builder (a success and a documented error per operation), the replay server (a
valid request nobody recorded is answered with the first 2xx example; a rejected one with the provider's
own error shape) and the cassette check (which response schema a recorded status is held to).
"""

from __future__ import annotations

import copy
import io
import wave
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from voicespec.spec.document import SpecDocument, first_error, pointer, ref_or_inline
from voicespec.spec.error_fields import USUAL_MESSAGE, declared_field
from voicespec.spec.request_validation import MatchedOperation
from voicespec.spec.synthesise import synthesised_value

# Which documented error a cassette shows first: the "this thing is not there / not now" answers a
# client most needs to handle, then the rest in status order.
_ERROR_PREFERENCE = (404, 409, 429, 401, 403, 402, 405, 408, 400)


@dataclass(frozen=True)
class SpecResponse:
    """One documented response: status, media type and example body (None when it has no content)."""

    status: int
    media_type: str | None
    body: Any
    schema_pointer: str | None
    example_pointer: str | None
    declared_status: str  # as written in the spec: "404", "4XX"
    synthesised: bool = False  # the body was made from the schema: the spec documents no example


def response_entry(
    doc: SpecDocument, operation: dict[str, Any], op_pointer: str, status: int
) -> tuple[str, str, dict[str, Any]] | None:
    """(declared status, pointer, response object) for `status`: exact, then `NXX`, then `default`."""
    responses = operation.get("responses") or {}
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            raw = responses[key]
            base = ref_or_inline(raw, op_pointer + pointer("responses", key))
            return key, base, doc.deref(raw)
    return None


def _concrete(declared: str) -> int | None:
    if declared.isdigit():
        return int(declared)
    if len(declared) == 3 and declared[0].isdigit() and declared[1:].upper() == "XX":
        return int(declared[0]) * 100
    return None


def documented_responses(doc: SpecDocument, matched: MatchedOperation) -> list[SpecResponse]:
    """Every documented response example of the operation (a range status `4XX` stands as 400), and
    one body-less entry for each response without content. A synthesised body is the caller's own copy;
    an example body is the document's."""
    key = ("documented_responses", matched.pointer, id(matched.operation))
    entries = doc.memo(key, lambda: tuple(_documented_responses(doc, matched)))
    return [_own_copy(entry) for entry in entries]


def _own_copy(entry: SpecResponse) -> SpecResponse:
    return replace(entry, body=copy.deepcopy(entry.body)) if entry.synthesised else entry


def _documented_responses(doc: SpecDocument, matched: MatchedOperation) -> list[SpecResponse]:
    found = []
    for declared, raw in (matched.operation.get("responses") or {}).items():
        status = _concrete(str(declared))
        if status is None:
            continue
        base = ref_or_inline(raw, matched.pointer + pointer("responses", str(declared)))
        content = doc.deref(raw).get("content") or {}
        if not content:
            found.append(SpecResponse(status, None, None, None, None, str(declared)))
        for media, media_object in content.items():
            media_pointer = base + pointer("content", media)
            if "json" not in media and not _has_value(doc, media_object):
                # A binary body documented only by `externalValue` (a WAV file): answer with no bytes.
                found.append(SpecResponse(status, media, "", None, None, str(declared)))
            elif not _has_value(doc, media_object) and "schema" in media_object:
                schema_pointer = media_pointer + "/schema"
                body = synthesised_value(doc, schema_pointer)
                found.append(SpecResponse(status, media, body, schema_pointer, None, str(declared), True))
            for name, example in (media_object.get("examples") or {}).items():
                resolved = doc.deref(example)
                if not isinstance(resolved, dict) or "value" not in resolved:
                    continue  # an `externalValue` example: nothing to answer with
                example_pointer = media_pointer + pointer("examples", name)
                schema_pointer = media_pointer + "/schema"
                found.append(
                    SpecResponse(
                        status, media, resolved["value"], schema_pointer, example_pointer, str(declared)
                    )
                )
    return found


def _has_value(doc: SpecDocument, media_object: dict[str, Any]) -> bool:
    examples = (media_object.get("examples") or {}).values()
    return any("value" in doc.deref(example) for example in examples)


def placeholder_body(media_type: str) -> bytes:
    """A body for a binary answer the spec gives no inline example of (a WAV documented only by its
    `externalValue`): an empty body is not a file (an OpenAPI validator reports it as missing data), so a
    WAV answer gets a valid 10 ms silent WAV. The cassette builder and the replay server both use it."""
    if media_type.lower() in ("audio/wav", "audio/x-wav", "audio/wave"):
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as sound:
            sound.setnchannels(1)
            sound.setsampwidth(2)
            sound.setframerate(8000)
            sound.writeframes(b"\x00\x00" * 80)
        return buffer.getvalue()
    return b"voicespec placeholder body\n"


def success_response(doc: SpecDocument, matched: MatchedOperation) -> SpecResponse | None:
    """The first documented 2xx answer of the operation."""
    return next((entry for entry in documented_responses(doc, matched) if entry.status < 300), None)


def documented_error(doc: SpecDocument, matched: MatchedOperation) -> SpecResponse | None:
    """The documented error example a cassette shows for the operation (see `_ERROR_PREFERENCE`)."""
    errors = [entry for entry in documented_responses(doc, matched) if entry.status >= 400 and entry.body]
    if not errors:
        return None

    def rank(entry: SpecResponse) -> tuple[int, int]:
        preferred = entry.status in _ERROR_PREFERENCE
        return (_ERROR_PREFERENCE.index(entry.status) if preferred else len(_ERROR_PREFERENCE), entry.status)

    return min(errors, key=rank)


def error_response(
    doc: SpecDocument, matched: MatchedOperation | None, status: int, message: str
) -> SpecResponse:
    """An error answer in the provider's own shape: the nearest documented error example (this
    operation's own for `status`, then its range such as `4XX`, then any operation's), with its text
    replaced by `message` when the schema still accepts that."""
    own = _errors(doc, [matched] if matched is not None else [])
    # Every operation's errors: the same for every rejected request the replay server answers.
    everywhere = own + list(doc.memo("all_errors", lambda: tuple(_errors(doc, _all_operations(doc)))))
    exact = str(status)
    ranged = f"{exact[0]}XX"
    searches: tuple[tuple[list[SpecResponse], Callable[[SpecResponse], bool]], ...] = (
        (own, lambda entry: entry.declared_status == exact),
        (own, lambda entry: entry.declared_status == ranged),
        (everywhere, lambda entry: entry.declared_status == exact),
        (everywhere, lambda entry: entry.declared_status == ranged),
        (everywhere, lambda entry: entry.status // 100 == status // 100),
        (everywhere, lambda entry: True),
    )
    for pool, wanted in searches:
        chosen = next((entry for entry in pool if wanted(entry)), None)
        if chosen is not None:
            body = _with_message(doc, chosen, message)
            return replace(chosen, status=status, body=body)
    return SpecResponse(status, "application/json", {"message": message}, None, None, exact)


def _errors(doc: SpecDocument, operations: list[MatchedOperation]) -> list[SpecResponse]:
    return [
        entry
        for operation in operations
        for entry in documented_responses(doc, operation)
        if entry.status >= 400 and isinstance(entry.body, dict)
    ]


def message_field(doc: SpecDocument, schema_pointer: str | None, body: dict[str, Any]) -> str | None:
    """The error body's human-readable field: named by the schema's `x-voicespec-error-fields`, else the
    first of the usual spellings the body holds as a string, else the schema's only string property."""
    schema: Any = doc.resolve("#" + schema_pointer) if schema_pointer else {}
    while isinstance(schema, dict) and "$ref" in schema:
        schema = doc.resolve(schema["$ref"])
    schema = schema if isinstance(schema, dict) else {}
    declared = declared_field(schema, "message")
    if declared is not None:
        return declared
    usual = next((name for name in USUAL_MESSAGE if isinstance(body.get(name), str)), None)
    if usual is not None:
        return usual
    strings = [
        name
        for name, sub in (schema.get("properties") or {}).items()
        if isinstance(sub, dict) and sub.get("type") == "string" and isinstance(body.get(name), str)
    ]
    return strings[0] if len(strings) == 1 else None


def _with_message(doc: SpecDocument, example: SpecResponse, message: str) -> Any:
    body = copy.deepcopy(example.body)
    field = message_field(doc, example.schema_pointer, body)
    if field is None:
        return body
    documented, body[field] = body[field], message
    if example.schema_pointer and first_error(doc.validator(example.schema_pointer), body) is not None:
        body[field] = documented  # the message field is constrained (enum, pattern): keep its text
    return body  # a copy: the caller may change it without changing the spec


def _all_operations(doc: SpecDocument) -> list[MatchedOperation]:
    found = []
    for path, item in (doc.data.get("paths") or {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                found.append(MatchedOperation(path, method, operation, pointer("paths", path, method), {}))
    return found
