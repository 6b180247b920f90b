"""Sinch's evidence corpus (`specs/sinch-voice/evidence/*.yaml`, format in `specs/EVIDENCE.md`) against the
spec, the generated client and the README's callback handler: every payload validates and decodes with no
key left in `additional_properties`; every callback body goes through `sinch_voice.callbacks.parse`; and
every one, signed the way Sinch signs, is accepted by the README handler served over HTTP on loopback."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import pytest
from sinch_voice import models
from sinch_voice.callbacks import parse
from sinch_voice.types import Unset

from tests.conftest import PROVIDERS
from tests.test_sinch_callbacks import SinchSender, app, svaml_errors, webhook_response_schema
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread
from voicespec.spec.document import SpecDocument, all_errors, describe_error, load_yaml, pointer

SINCH = get_provider("sinch-voice")
pytestmark = pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")

SPEC = SpecDocument.load(SINCH.spec_path)
EVIDENCE = SINCH.spec_dir / "evidence"
JSON = "application/json"
CALLBACK_MODELS = {
    "ice": "IceRequest",
    "ace": "AceRequest",
    "dice": "DiceRequest",
    "pie": "PieRequest",
    "notify": "NotifyRequest",
}


@dataclass(frozen=True)
class Evidence:
    file: str
    name: str
    target: dict[str, Any]
    body: Any
    divergence: str | None

    @property
    def part(self) -> str:
        return str(self.target.get("part", "request"))

    @property
    def callback(self) -> str | None:
        """The webhook whose event body this is (None for answers, operations and schemas)."""
        webhook = self.target.get("webhook")
        return str(webhook) if webhook is not None and self.part == "request" else None


def _corpus() -> list[Evidence]:
    return [
        Evidence(path.name, entry["name"], entry["target"], entry["payload"], entry.get("divergence"))
        for path in sorted(EVIDENCE.glob("*.yaml"))
        for entry in load_yaml(path)["payloads"]
    ]


CORPUS = _corpus()
MODELLED = [item for item in CORPUS if item.divergence is None]
DIVERGENT = [item for item in CORPUS if item.divergence is not None]
OPERATIONS = {
    operation["operationId"]: (path, method, operation)
    for path, item in SPEC.data["paths"].items()
    for method, operation in item.items()
    if isinstance(operation, dict) and "operationId" in operation
}


def _media_pointer(item: Evidence) -> str:
    """JSON pointer of the `application/json` media object the target names."""
    if "schema" in item.target:
        raise ValueError("a schema target has no media object")
    if "webhook" in item.target:
        base = pointer("webhooks", item.target["webhook"], "post")
        operation = SPEC.data["webhooks"][item.target["webhook"]]["post"]
    else:
        path, method, operation = OPERATIONS[item.target["operation"]]
        base = pointer("paths", path, method)
    if item.part == "request":
        return base + pointer("requestBody", "content", JSON)
    status = str(item.target.get("status", 200))
    response = operation["responses"][status]
    if "$ref" in response:  # a shared response under components
        return str(response["$ref"])[1:] + pointer("content", JSON)
    return base + pointer("responses", status, "content", JSON)


def _schema_name(item: Evidence) -> str:
    if "schema" in item.target:
        return str(item.target["schema"])
    return str(SPEC.resolve("#" + _media_pointer(item))["schema"]["$ref"].rsplit("/", 1)[-1])


def _schema_errors(item: Evidence) -> list[str]:
    validator = SPEC.validator(pointer("components", "schemas", _schema_name(item)))
    return [describe_error(error) for error in all_errors(validator, item.body)]


def _decode(item: Evidence) -> Any:
    """The generated model of the payload: callbacks through `callbacks.parse`, the rest via `from_dict`."""
    if item.callback is not None:
        return parse(json.dumps(item.body).encode())
    name = _schema_name(item)
    discriminator = SPEC.data["components"]["schemas"][name].get("discriminator")
    if discriminator is not None:  # a union: the variant its mapping names for this body
        name = discriminator["mapping"][item.body[discriminator["propertyName"]]].rsplit("/", 1)[-1]
    return getattr(models, name).from_dict(item.body)


def _unmodelled_keys(node: Any, at: str = "") -> Iterator[str]:
    """The path of every key that a model in the decoded tree kept in `additional_properties`."""
    if isinstance(node, list):
        for index, child in enumerate(node):
            yield from _unmodelled_keys(child, f"{at}/{index}")
        return
    if not attrs.has(type(node)):
        return
    yield from (f"{at}/{key}" for key in node.additional_properties)
    for attribute in attrs.fields(type(node)):
        value = getattr(node, attribute.name)
        if attribute.name != "additional_properties" and not isinstance(value, Unset):
            yield from _unmodelled_keys(value, f"{at}/{attribute.name}")


# --- the corpus itself ---------------------------------------------------------------------------------


def test_the_corpus_covers_every_callback_svaml_and_operation() -> None:
    assert len(CORPUS) >= 30
    assert len({item.name for item in CORPUS}) == len(CORPUS), "payload names must be unique"
    kinds = {item.body["event"] for item in MODELLED if item.callback is not None}
    assert kinds == set(CALLBACK_MODELS)
    notify_types = {item.body["type"] for item in MODELLED if item.callback == "notify"}
    assert {"transcription_available", "recording_available", "amd", "callingerror"} <= notify_types
    svaml = [item for item in MODELLED if _schema_name(item) == "SvamlRequestBody"]
    actions = {item.body["action"]["name"] for item in svaml}
    assert {"connectStream", "runMenu", "connectPstn", "connectSip", "connectConf", "park"} <= actions
    play_files = [i for item in svaml for i in item.body.get("instructions", []) if i["name"] == "playFiles"]
    assert any("locale" not in instruction for instruction in play_files)
    covered = {(item.target.get("operation"), item.part) for item in MODELLED}
    for operation_id, (_, _, operation) in OPERATIONS.items():
        if "requestBody" in operation:
            assert (operation_id, "request") in covered, f"no request evidence for {operation_id}"
        successes = [answer for status, answer in operation["responses"].items() if status.startswith("2")]
        if any("content" in SPEC.deref(answer) for answer in successes):
            assert (operation_id, "response") in covered, f"no response evidence for {operation_id}"


@pytest.mark.parametrize("path", sorted(EVIDENCE.glob("*.yaml")), ids=lambda path: path.name)
def test_every_source_can_be_opened_by_a_reader(path: Path) -> None:
    document = load_yaml(path)
    assert sorted(document) == ["payloads", "shows", "sources"]
    assert document["shows"].strip()
    assert document["payloads"]
    assert document["sources"]
    for source in document["sources"]:
        keys = sorted(source)
        if keys == ["url"]:
            assert source["url"].startswith("https://"), source
        else:
            assert keys == ["commit", "path", "repository"], source
            assert re.fullmatch(r"[0-9a-f]{40}", source["commit"]), source
    for entry in document["payloads"]:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry["name"]), entry["name"]
        assert len(set(entry["target"]) & {"webhook", "operation", "schema"}) == 1, entry["name"]


# --- every payload against the spec and the generated client ------------------------------------------


@pytest.mark.parametrize("item", MODELLED, ids=lambda item: item.name)
def test_payload_validates_and_decodes_with_nothing_left_over(item: Evidence) -> None:
    assert _schema_errors(item) == []
    decoded = _decode(item)
    if item.callback is not None:
        assert type(decoded).__name__ == CALLBACK_MODELS[item.callback]
    assert list(_unmodelled_keys(decoded)) == []
    assert decoded.to_dict() == item.body


@pytest.mark.parametrize("item", DIVERGENT, ids=lambda item: item.name)
def test_a_divergence_is_still_one(item: Evidence) -> None:
    # Marked as not modelled: the spec must reject it or leave part of it undecoded, else drop the mark.
    assert _schema_errors(item) or list(_unmodelled_keys(_decode(item))), item.name


def test_real_callbacks_land_in_typed_attributes() -> None:
    pie = next(item.body for item in MODELLED if item.callback == "pie" and "menuResult" in item.body)
    parsed = parse(pie)
    assert isinstance(parsed, models.PieRequest)
    assert parsed.callid == pie["callid"]
    assert isinstance(parsed.menu_result, models.MenuResult)
    assert isinstance(parsed.menu_result.type_, models.MenuResultType)
    assert parsed.menu_result.type_ == pie["menuResult"]["type"]
    assert parsed.menu_result.type_.is_known
    notify = next(item.body for item in MODELLED if item.body.get("type") == "transcription_available")
    parsed_notify = parse(notify)
    assert isinstance(parsed_notify, models.NotifyRequest)
    assert parsed_notify.type_ == models.NotifyType.TRANSCRIPTION_AVAILABLE
    assert parsed_notify.destination == notify["destination"]


# --- the README's callback handler, over HTTP ----------------------------------------------------------

CALLBACKS = [item for item in CORPUS if item.callback is not None]


@pytest.fixture(scope="module")
def handler_url() -> Iterator[str]:
    with ServerThread(app) as url:
        yield url


@pytest.mark.parametrize("item", CALLBACKS, ids=lambda item: item.name)
def test_the_readme_handler_accepts_every_real_callback(handler_url: str, item: Evidence) -> None:
    reply = SinchSender(handler_url).post(item.body)
    assert reply.status_code == 200, reply.text
    schema = webhook_response_schema(item.body["event"])
    if item.body["event"] in {"ice", "ace"}:
        assert schema is not None
        assert svaml_errors(reply.json(), schema) == []
    else:
        assert reply.content == b""
