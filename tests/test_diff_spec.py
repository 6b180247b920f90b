"""`voicespec diff`, spec part: one edit per kind of change, on copies of the three specs, and the
classification each must get from the caller's side (direction matters: the same edit is breaking in a
request and compatible in a response, or the other way round)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.test_diff_support import Edit, edited_docs, edited_pair, operation, schemas
from voicespec.diff import Change, compare
from voicespec.diff.spec_changes import spec_changes

SYMBL, ENABLEX, SINCH = "symbl-telephony", "enablex-voice", "sinch-voice"
CONNECT = "/v1/endpoint:connect"
TOKEN = "/oauth2/token:generate"
CALL = "/voice/v1/call/{voice_id}"
HOLD = "/voice/v1/call/{voice_id}/hold"


@dataclass(frozen=True)
class Case:
    spec: str
    kind: str
    severity: str
    edit: Edit
    pointer: str = ""  # a fragment the change's (old or new) pointer must contain
    old_edit: Edit | None = None
    says: str = ""  # a fragment the message must contain


def _set(mapping: dict[str, Any], key: str, value: Any) -> None:
    mapping[key] = value


def _prop(data: dict[str, Any], schema: str, name: str) -> dict[str, Any]:
    result: dict[str, Any] = schemas(data)[schema]["properties"][name]
    return result


def _add_required(data: dict[str, Any], schema: str, name: str, required: bool = True) -> None:
    target = schemas(data)[schema]
    target["properties"][name] = {"type": "string"}
    if required:
        target.setdefault("required", []).append(name)


def _rename_voice_id(data: dict[str, Any]) -> None:
    data["components"]["parameters"]["VoiceId"]["name"] = "call_id"
    data["paths"] = {path.replace("{voice_id}", "{call_id}"): item for path, item in data["paths"].items()}


def _move_operation(data: dict[str, Any]) -> None:
    operation(data, CALL, "get")["tags"] = ["Recordings"]


def _unhold(data: dict[str, Any]) -> None:
    data["paths"]["/voice/v1/call/{voice_id}/unhold"] = {"post": {**operation(data, HOLD, "post")}}
    data["paths"]["/voice/v1/call/{voice_id}/unhold"]["post"]["operationId"] = "unholdCall"


def _new_param(required: bool) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        parameter = {"name": "region", "in": "query", "required": required, "schema": {"type": "string"}}
        operation(data, CONNECT, "post")["parameters"].append(parameter)

    return edit


def _form_body(data: dict[str, Any]) -> None:
    content = operation(data, "/voice/v1/call", "post")["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = content.pop("application/json")


def _new_call_state_variant(data: dict[str, Any]) -> None:
    # EnableX's callState payload is a oneOf (the plain event, or the encrypted envelope).
    schemas(data)["CallTransferredEvent"] = {
        "type": "object",
        "required": ["state"],
        "properties": {"state": {"type": "string", "const": "transferred"}},
    }
    payload = data["webhooks"]["callState"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    payload["oneOf"].append({"$ref": "#/components/schemas/CallTransferredEvent"})


def _drop_sip(data: dict[str, Any]) -> None:
    endpoint = schemas(data)["Endpoint"]
    endpoint["oneOf"] = [item for item in endpoint["oneOf"] if "Sip" not in item["$ref"]]
    del endpoint["discriminator"]["mapping"]["sip"]


def _new_webhook(data: dict[str, Any]) -> None:
    data["webhooks"]["transcript"] = {"post": {**data["webhooks"]["callState"]["post"]}}


def _response_header(data: dict[str, Any]) -> None:
    response = operation(data, CALL, "get")["responses"]["200"]
    response["headers"] = {"X-Request-Id": {"schema": {"type": "string"}}}


CASES: dict[str, Case] = {
    # operations
    "operation-removed": Case(
        ENABLEX,
        "operation-removed",
        "breaking",
        lambda d: d["paths"]["/voice/v1/recording/{recording_id}"].pop("get"),
    ),
    "operation-added": Case(ENABLEX, "operation-added", "compatible", _unhold, pointer="unhold"),
    "operation-renamed": Case(
        SYMBL,
        "operation-renamed",
        "breaking",
        lambda d: _set(operation(d, CONNECT, "post"), "operationId", "connect"),
    ),
    "operation-moved": Case(ENABLEX, "operation-moved", "breaking", _move_operation),
    "operation-deprecated": Case(
        ENABLEX,
        "operation-deprecated",
        "compatible",
        lambda d: _set(operation(d, CALL, "get"), "deprecated", True),
    ),
    # parameters (requests: the caller sends them)
    "required-parameter-added": Case(SYMBL, "required-parameter-added", "breaking", _new_param(True)),
    "parameter-added": Case(SYMBL, "parameter-added", "compatible", _new_param(False)),
    "parameter-removed": Case(
        SYMBL, "parameter-removed", "breaking", lambda d: operation(d, CONNECT, "post")["parameters"].pop()
    ),
    "parameter-became-required": Case(
        SYMBL,
        "parameter-became-required",
        "breaking",
        lambda d: _set(d["components"]["parameters"]["Verbose"], "required", True),
        pointer="/components/parameters/Verbose",
    ),
    "parameter-became-optional": Case(
        SYMBL,
        "parameter-became-optional",
        "compatible",
        lambda d: _set(d["components"]["parameters"]["Verbose"], "required", False),
        old_edit=lambda d: _set(d["components"]["parameters"]["Verbose"], "required", True),
    ),
    "parameter-renamed": Case(ENABLEX, "parameter-renamed", "compatible", _rename_voice_id),
    "parameter-serialization-changed": Case(
        SYMBL,
        "parameter-serialization-changed",
        "breaking",
        lambda d: _set(d["components"]["parameters"]["Verbose"], "style", "deepObject"),
    ),
    "enum-value-removed-request": Case(
        SINCH,
        "enum-value-removed",
        "breaking",
        lambda d: d["components"]["parameters"]["callLeg"]["schema"]["enum"].remove("both"),
        pointer="/components/parameters/callLeg/schema",
        says="rejected",
    ),
    "enum-value-added-request": Case(
        SINCH,
        "enum-value-added",
        "compatible",
        lambda d: d["components"]["parameters"]["callLeg"]["schema"]["enum"].append("none"),
        says="accepts more",
    ),
    # enums in responses and webhook payloads (the caller parses them)
    "enum-value-added-response": Case(
        SINCH,
        "enum-value-added",
        "compatible",
        lambda d: schemas(d)["CallResult"]["enum"].append("VOICEMAIL"),
        says="tolerant",
    ),
    "enum-value-removed-response": Case(
        ENABLEX,
        "enum-value-removed",
        "compatible",
        lambda d: schemas(d)["CallState"]["enum"].remove("bridging"),
        says="no longer arrives",
    ),
    "enum-added-request": Case(
        ENABLEX,
        "enum-added",
        "breaking",
        lambda d: _set(_prop(d, "DialOutRequest", "name"), "enum", ["a", "b"]),
    ),
    "enum-removed-response": Case(
        ENABLEX, "enum-removed", "unknown", lambda d: schemas(d)["CallState"].pop("enum"), says="enum members"
    ),
    # request bodies: properties
    "required-property-added": Case(
        SYMBL,
        "required-property-added",
        "breaking",
        lambda d: _add_required(d, "GenerateTokenRequest", "scope"),
    ),
    "property-added-request": Case(
        SYMBL,
        "property-added",
        "compatible",
        lambda d: _add_required(d, "GenerateTokenRequest", "scope", False),
    ),
    "property-became-required-request": Case(
        ENABLEX,
        "property-became-required",
        "breaking",
        lambda d: schemas(d)["DialOutRequest"]["required"].append("name"),
    ),
    "property-removed-request": Case(
        ENABLEX,
        "property-removed",
        "breaking",
        lambda d: schemas(d)["DialOutRequest"]["properties"].pop("owner_ref"),
        pointer="/components/schemas/DialOutRequest/properties/owner_ref",
    ),
    # responses: properties
    "property-removed-response": Case(
        SYMBL,
        "property-removed",
        "breaking",
        lambda d: schemas(d)["GenerateTokenResponse"]["properties"].pop("expiresIn"),
        says="reads it",
    ),
    "property-added-response": Case(
        SYMBL,
        "property-added",
        "compatible",
        lambda d: _add_required(d, "GenerateTokenResponse", "tokenType"),
    ),
    "property-became-optional-response": Case(
        ENABLEX,
        "property-became-optional",
        "breaking",
        lambda d: schemas(d)["DialOutResponse"]["required"].remove("state"),
    ),
    "property-became-required-response": Case(
        SYMBL,
        "property-became-required",
        "compatible",
        lambda d: schemas(d)["ConnectionResponse"].setdefault("required", []).append("eventUrl"),
    ),
    # types
    "type-changed": Case(
        ENABLEX,
        "type-changed",
        "breaking",
        lambda d: _set(_prop(d, "DialOutRequest", "auto_record"), "type", "string"),
    ),
    "type-widened-request": Case(
        ENABLEX,
        "type-widened",
        "compatible",
        lambda d: _set(_prop(d, "HoldCallRequest", "hold"), "type", ["boolean", "string"]),
    ),
    "type-narrowed-request": Case(
        ENABLEX,
        "type-narrowed",
        "breaking",
        lambda d: _set(_prop(d, "HoldCallRequest", "hold"), "type", "boolean"),
        old_edit=lambda d: _set(_prop(d, "HoldCallRequest", "hold"), "type", ["boolean", "string"]),
    ),
    "type-widened-response": Case(
        SYMBL,
        "type-widened",
        "breaking",
        lambda d: _set(_prop(d, "GenerateTokenResponse", "expiresIn"), "type", "number"),
    ),
    "nullable-added-response": Case(
        SYMBL,
        "nullable-added",
        "breaking",
        lambda d: _set(_prop(d, "GenerateTokenResponse", "accessToken"), "type", ["string", "null"]),
        says="None",
    ),
    "nullable-added-request": Case(
        ENABLEX,
        "nullable-added",
        "compatible",
        lambda d: _set(_prop(d, "DialOutRequest", "name"), "type", ["string", "null"]),
    ),
    # patterns, formats, limits, constants, defaults
    "pattern-added-request": Case(
        ENABLEX,
        "pattern-added",
        "breaking",
        lambda d: _set(_prop(d, "DialOutRequest", "name"), "pattern", "^[a-z]+$"),
    ),
    "pattern-added-webhook-payload": Case(
        ENABLEX,
        "pattern-added",
        "compatible",
        lambda d: _set(_prop(d, "CallStateEvent", "disconnect_reason"), "pattern", "^[A-Z]"),
        pointer="/components/schemas/CallStateEvent/properties/disconnect_reason",
    ),
    "pattern-changed-request": Case(
        ENABLEX,
        "pattern-changed",
        "unknown",
        lambda d: _set(_prop(d, "DialOutRequest", "to"), "pattern", "^[0-9]+$"),
    ),
    "pattern-removed": Case(
        ENABLEX, "pattern-removed", "compatible", lambda d: _prop(d, "DialOutRequest", "to").pop("pattern")
    ),
    "limit-narrowed-request": Case(
        ENABLEX,
        "limit-narrowed",
        "breaking",
        lambda d: _set(d["components"]["parameters"]["RecordingId"]["schema"], "minLength", 5),
    ),
    "limit-narrowed-response": Case(
        SYMBL,
        "limit-narrowed",
        "compatible",
        lambda d: _set(_prop(d, "GenerateTokenResponse", "expiresIn"), "minimum", 60),
    ),
    "limit-widened-request": Case(
        ENABLEX,
        "limit-widened",
        "compatible",
        lambda d: d["components"]["parameters"]["RecordingId"]["schema"].pop("minLength"),
    ),
    "format-added-request": Case(
        ENABLEX,
        "format-added",
        "breaking",
        lambda d: _set(_prop(d, "DialOutRequest", "name"), "format", "email"),
    ),
    "format-added-response-typed": Case(
        SYMBL,
        "format-added",
        "breaking",
        lambda d: _set(_prop(d, "GenerateTokenResponse", "accessToken"), "format", "uuid"),
        says="uuid",
    ),
    "const-changed": Case(
        SYMBL, "const-changed", "breaking", lambda d: _set(_prop(d, "SipEndpoint", "type"), "const", "sips")
    ),
    "default-changed": Case(
        ENABLEX,
        "default-changed",
        "unknown",
        lambda d: _set(_prop(d, "DialOutRequest", "auto_record"), "default", False),
    ),
    "keyword-changed": Case(
        SYMBL,
        "keyword-changed",
        "unknown",
        lambda d: _set(_prop(d, "GenerateTokenResponse", "expiresIn"), "multipleOf", 60),
    ),
    "schema-deprecated": Case(
        ENABLEX,
        "schema-deprecated",
        "compatible",
        lambda d: _set(_prop(d, "DialOutRequest", "name"), "deprecated", True),
    ),
    # objects and unions
    "additional-properties-closed": Case(
        ENABLEX,
        "additional-properties-closed",
        "breaking",
        lambda d: _set(schemas(d)["HoldCallRequest"], "additionalProperties", False),
    ),
    "additional-properties-opened": Case(
        ENABLEX,
        "additional-properties-opened",
        "compatible",
        lambda d: schemas(d)["StopRecordingRequest"].pop("additionalProperties"),
    ),
    "variant-removed-request": Case(
        SYMBL, "variant-removed", "breaking", _drop_sip, pointer="/components/schemas/Endpoint"
    ),
    "variant-added-webhook-payload": Case(
        ENABLEX, "variant-added", "breaking", _new_call_state_variant, says="cannot parse"
    ),
    "discriminator-changed": Case(
        SYMBL,
        "discriminator-changed",
        "breaking",
        lambda d: _set(schemas(d)["Endpoint"]["discriminator"], "propertyName", "kind"),
    ),
    # request and response bodies
    "request-body-removed": Case(
        ENABLEX, "request-body-removed", "breaking", lambda d: operation(d, HOLD, "post").pop("requestBody")
    ),
    "required-request-body-added": Case(
        ENABLEX,
        "required-request-body-added",
        "breaking",
        lambda d: _set(
            operation(d, CALL, "get"),
            "requestBody",
            {**operation(d, HOLD, "post")["requestBody"], "required": True},
        ),
    ),
    "request-body-became-optional": Case(
        SYMBL,
        "request-body-became-optional",
        "compatible",
        lambda d: _set(operation(d, CONNECT, "post")["requestBody"], "required", False),
    ),
    "request-media-type-removed": Case(ENABLEX, "request-media-type-removed", "breaking", _form_body),
    "request-media-type-added": Case(ENABLEX, "request-media-type-added", "compatible", _form_body),
    "success-status-removed": Case(
        ENABLEX,
        "success-status-removed",
        "breaking",
        lambda d: operation(d, CALL, "get")["responses"].pop("200"),
    ),
    "error-status-removed": Case(
        ENABLEX,
        "error-status-removed",
        "compatible",
        lambda d: operation(d, CALL, "get")["responses"].pop("400"),
    ),
    "success-status-added": Case(
        ENABLEX,
        "success-status-added",
        "unknown",
        lambda d: _set(operation(d, CALL, "get")["responses"], "202", {"description": "Accepted"}),
    ),
    "status-added": Case(
        ENABLEX,
        "status-added",
        "compatible",
        lambda d: _set(operation(d, CALL, "get")["responses"], "429", {"description": "Too many requests"}),
    ),
    "response-body-removed": Case(
        ENABLEX,
        "response-body-removed",
        "breaking",
        lambda d: operation(d, CALL, "get")["responses"]["200"].pop("content"),
    ),
    "response-media-type-added": Case(
        ENABLEX,
        "response-media-type-added",
        "unknown",
        lambda d: _set(
            operation(d, CALL, "get")["responses"]["200"]["content"],
            "text/plain",
            {"schema": {"type": "string"}},
        ),
    ),
    "response-header-added": Case(ENABLEX, "response-header-added", "compatible", _response_header),
    # webhooks: payloads are parsed by the user's handler, replies are sent by it
    "webhook-removed": Case(
        ENABLEX, "webhook-removed", "compatible", lambda d: d["webhooks"].pop("recordingState")
    ),
    "webhook-added": Case(ENABLEX, "webhook-added", "unknown", _new_webhook),
    "webhook-payload-property-removed": Case(
        ENABLEX,
        "property-removed",
        "breaking",
        lambda d: schemas(d)["CallStateEvent"]["properties"].pop("disconnect_reason"),
        pointer="CallStateEvent",
    ),
    "webhook-payload-required-property-added": Case(
        ENABLEX, "property-added", "compatible", lambda d: _add_required(d, "CallStateEvent", "channel")
    ),
    "webhook-reply-required-property-added": Case(
        SINCH,
        "required-property-added",
        "breaking",
        lambda d: _add_required(d, "SvamlRequestBody", "version"),
    ),
    # security and servers
    "security-tightened": Case(
        SYMBL,
        "security-tightened",
        "breaking",
        lambda d: _set(operation(d, TOKEN, "post"), "security", [{"XApiKey": []}]),
    ),
    "security-relaxed": Case(
        SYMBL, "security-relaxed", "compatible", lambda d: _set(operation(d, CONNECT, "post"), "security", [])
    ),
    "security-scheme-changed": Case(
        ENABLEX,
        "security-scheme-changed",
        "breaking",
        lambda d: _set(d["components"]["securitySchemes"]["basicAuth"], "scheme", "bearer"),
    ),
    "servers-changed": Case(
        ENABLEX,
        "servers-changed",
        "unknown",
        lambda d: _set(d, "servers", [{"url": "https://api2.enablex.io"}]),
    ),
}


def _diff(case: Case) -> list[Change]:
    return spec_changes(*edited_docs(case.spec, case.edit, case.old_edit))


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_edit_is_classified(name: str) -> None:
    case = CASES[name]
    changes = _diff(case)
    found = [change for change in changes if change.kind == case.kind]
    assert found, f"{name}: no {case.kind} among {[(c.kind, c.severity) for c in changes]}"
    assert {change.severity for change in found} == {case.severity}, found
    change = found[0]
    assert change.old_pointer or change.new_pointer
    if case.pointer:
        assert any(case.pointer in (pointer or "") for pointer in (change.old_pointer, change.new_pointer)), (
            change
        )
    if case.says:
        assert case.says in change.message, change.message


def test_at_least_thirty_kinds_are_covered() -> None:
    assert len({case.kind for case in CASES.values()}) >= 30
    assert {case.spec for case in CASES.values()} == {SYMBL, ENABLEX, SINCH}


@pytest.mark.parametrize("spec_name", [SYMBL, ENABLEX, SINCH])
def test_identical_specs_give_no_changes(tmp_path: Path, spec_name: str) -> None:
    """Through files and the public API: a copy of a spec compared with the committed one."""
    old, new = edited_pair(tmp_path, spec_name, lambda data: None)
    report = compare(old, new, api=False, traffic=False)
    assert report.provider == spec_name  # inferred from specs/<provider>/ in the path
    assert report.changes == []
    assert report.summary() == {"breaking": 0, "unknown": 0, "compatible": 0}


def test_a_shared_schema_change_is_reported_once_with_every_operation() -> None:
    changes = _diff(CASES["webhook-reply-required-property-added"])
    found = [change for change in changes if change.kind == "required-property-added"]
    assert len(found) == 1
    operations = (found[0].operation or "").split(", ")
    assert "updateCall" in operations
    assert "webhook ice" in operations  # the ICE reply is what the handler sends: judged as a request


def test_direction_decides_the_severity_of_the_same_edit() -> None:
    """A new required field breaks a request the caller builds, and is harmless in a payload it parses."""
    request = _diff(CASES["required-property-added"])
    payload = _diff(CASES["webhook-payload-required-property-added"])
    assert [c.severity for c in request if c.kind == "required-property-added"] == ["breaking"]
    assert [c.severity for c in payload if c.kind == "property-added"] == ["compatible"]


def _call_state_payload(data: dict[str, Any]) -> dict[str, Any]:
    body = data["webhooks"]["callState"]["post"]["requestBody"]
    result: dict[str, Any] = body["content"]["application/json"]
    return result


def _unwrap_call_state(data: dict[str, Any]) -> None:
    _call_state_payload(data)["schema"] = {"$ref": "#/components/schemas/CallStateEvent"}


def _wrap_call_state(data: dict[str, Any]) -> None:
    _call_state_payload(data)["schema"] = {
        "oneOf": [
            {"$ref": "#/components/schemas/CallStateEvent"},
            {"$ref": "#/components/schemas/EncryptedWebhookEnvelope"},
        ]
    }


def test_a_schema_that_became_one_variant_of_a_union() -> None:
    """EnableX's payloads went from the event to oneOf [event, encrypted envelope]: that is one new variant,
    and the event is compared with itself, not reported as every property removed."""
    wrapped = spec_changes(*edited_docs(ENABLEX, _wrap_call_state, _unwrap_call_state))
    assert [(c.kind, c.severity) for c in wrapped] == [("variant-added", "breaking")]
    assert "EncryptedWebhookEnvelope" in wrapped[0].message
    assert (wrapped[0].new_pointer or "").endswith("/schema/oneOf/1")
    unwrapped = spec_changes(*edited_docs(ENABLEX, _unwrap_call_state, _wrap_call_state))
    assert [c.kind for c in unwrapped] == ["variant-removed"]
    assert "EncryptedWebhookEnvelope" in unwrapped[0].message
