"""Sinch's evidence corpus (`specs/sinch-voice/evidence/*.yaml`) beyond what the `evidence` check judges
(tests/test_evidence_check.py): the corpus covers every callback, SVAML action and operation; every
callback body goes through `sinch_voice.callbacks.parse`; and every one, signed the way Sinch signs, is
accepted by the README handler served over HTTP on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sinch_voice import models
from sinch_voice.callbacks import parse

from tests.conftest import PROVIDERS
from tests.evidence_support import corpus
from tests.test_sinch_callbacks import SinchSender, app, svaml_errors, webhook_response_schema
from voicespec.client.model_codec import component_pointer
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread
from voicespec.spec.evidence import EvidencePayload

SINCH = get_provider("sinch-voice")
pytestmark = pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")

CALLBACK_MODELS = {
    "ice": "IceRequest",
    "ace": "AceRequest",
    "dice": "DiceRequest",
    "pie": "PieRequest",
    "notify": "NotifyRequest",
}


def _is_callback(item: EvidencePayload) -> bool:
    """An event body Sinch posts (not the SVAML answer to one, an operation or a schema)."""
    return item.target.kind == "webhook" and item.target.part == "request"


SINCH_CORPUS = corpus("sinch-voice")
SPEC = SINCH_CORPUS.doc
MODELLED = SINCH_CORPUS.modelled
CALLBACKS = [item for item in SINCH_CORPUS.items if _is_callback(item)]


def _schema_name(item: EvidencePayload) -> str:
    return component_pointer(SPEC, SINCH_CORPUS.schema(item)).rsplit("/", 1)[-1]


# --- the corpus itself ---------------------------------------------------------------------------------


def test_the_corpus_covers_every_callback_svaml_and_operation() -> None:
    assert len(SINCH_CORPUS.items) >= 30
    kinds = {item.payload["event"] for item in MODELLED if _is_callback(item)}
    assert kinds == set(CALLBACK_MODELS)
    notify_types = {item.payload["type"] for item in MODELLED if item.target.name == "notify"}
    assert {"transcription_available", "recording_available", "amd", "callingerror"} <= notify_types
    svaml = [item for item in MODELLED if _schema_name(item) == "SvamlRequestBody"]
    actions = {item.payload["action"]["name"] for item in svaml}
    assert {"connectStream", "runMenu", "connectPstn", "connectSip", "connectConf", "park"} <= actions
    play_files = [
        i for item in svaml for i in item.payload.get("instructions", []) if i["name"] == "playFiles"
    ]
    assert any("locale" not in instruction for instruction in play_files)
    covered = {(item.target.name, item.target.part) for item in MODELLED if item.target.kind == "operation"}
    for path_item in SPEC.data["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            operation_id = operation["operationId"]
            if "requestBody" in operation:
                assert (operation_id, "request") in covered, f"no request evidence for {operation_id}"
            successes = [
                answer for status, answer in operation["responses"].items() if status.startswith("2")
            ]
            if any("content" in SPEC.deref(answer) for answer in successes):
                assert (operation_id, "response") in covered, f"no response evidence for {operation_id}"


@pytest.mark.parametrize("item", CALLBACKS, ids=lambda item: item.name)
def test_every_real_callback_parses_into_its_model(item: EvidencePayload) -> None:
    parsed = parse(json.dumps(item.payload).encode())
    assert type(parsed).__name__ == CALLBACK_MODELS[item.target.name]
    if item.divergence is None:
        assert parsed.to_dict() == item.payload


def test_real_callbacks_land_in_typed_attributes() -> None:
    pie = next(
        item.payload for item in MODELLED if item.target.name == "pie" and "menuResult" in item.payload
    )
    parsed = parse(pie)
    assert isinstance(parsed, models.PieRequest)
    assert parsed.callid == pie["callid"]
    assert isinstance(parsed.menu_result, models.MenuResult)
    assert isinstance(parsed.menu_result.type_, models.MenuResultType)
    assert parsed.menu_result.type_ == pie["menuResult"]["type"]
    assert parsed.menu_result.type_.is_known
    notify = next(
        item.payload
        for item in MODELLED
        if _is_callback(item) and item.payload.get("type") == "transcription_available"
    )
    parsed_notify = parse(notify)
    assert isinstance(parsed_notify, models.NotifyRequest)
    assert parsed_notify.type_ == models.NotifyType.TRANSCRIPTION_AVAILABLE
    assert parsed_notify.destination == notify["destination"]


# --- the README's callback handler, over HTTP ----------------------------------------------------------


@pytest.fixture(scope="module")
def handler_url() -> Iterator[str]:
    with ServerThread(app) as url:
        yield url


@pytest.mark.parametrize("item", CALLBACKS, ids=lambda item: item.name)
def test_the_readme_handler_accepts_every_real_callback(handler_url: str, item: EvidencePayload) -> None:
    reply = SinchSender(handler_url).post(item.payload)
    assert reply.status_code == 200, reply.text
    schema = webhook_response_schema(item.payload["event"])
    if item.payload["event"] in {"ice", "ace"}:
        assert schema is not None
        assert svaml_errors(reply.json(), schema) == []
    else:
        assert reply.content == b""
