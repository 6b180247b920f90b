"""Symbl's evidence corpus (`specs/symbl-telephony/evidence/*.yaml`, format in `specs/EVIDENCE.md`) against
the spec and the generated client: every payload validates, decodes with no key left in
`additional_properties` and, for requests, is sent unchanged by the generated operation (captured with an
httpx MockTransport)."""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from symbl_telephony import AuthenticatedClient, Client, models

from voicespec.providers import get_provider
from voicespec.spec.document import SpecDocument, all_errors, describe_error, load_yaml, pointer

PROVIDER = get_provider("symbl-telephony")
SPEC = SpecDocument.load(PROVIDER.spec_path)
EVIDENCE_DIR = PROVIDER.spec_dir / "evidence"
COMMIT = re.compile(r"^[0-9a-f]{40}$")
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
JSON = "application/json"


@dataclass(frozen=True)
class Payload:
    file: str
    name: str
    target: dict[str, Any]
    body: Any
    divergence: str | None

    @property
    def operation(self) -> str:
        return str(self.target["operation"])

    @property
    def is_request(self) -> bool:
        return bool(self.target.get("part", "request") == "request")


def _load() -> list[Payload]:
    payloads = []
    for path in sorted(EVIDENCE_DIR.glob("*.yaml")):
        for entry in load_yaml(path)["payloads"]:
            payloads.append(
                Payload(path.name, entry["name"], entry["target"], entry["payload"], entry.get("divergence"))
            )
    return payloads


PAYLOADS = _load()
MODELLED = [payload for payload in PAYLOADS if payload.divergence is None]
DIVERGENT = [payload for payload in PAYLOADS if payload.divergence is not None]


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in SPEC.data["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (path, method, operation)
    return found


OPERATIONS = _operations()


def _schema_pointer(payload: Payload) -> str:
    """JSON pointer of the schema the payload's target names (request body or response of one status)."""
    path, method, operation = OPERATIONS[payload.operation]
    if payload.is_request:
        return pointer("paths", path, method, "requestBody", "content", JSON, "schema")
    response = operation["responses"][str(payload.target["status"])]
    if "$ref" in response:
        return str(response["$ref"])[1:] + pointer("content", JSON, "schema")
    status = str(payload.target["status"])
    return pointer("paths", path, method, "responses", status, "content", JSON, "schema")


def _schema_errors(payload: Payload) -> list[str]:
    validator = SPEC.validator(_schema_pointer(payload))
    return [describe_error(error) for error in all_errors(validator, payload.body)]


def _model_for(schema_pointer: str, body: Any) -> Any:
    """The generated model class for the schema (a discriminated union picks its variant by the body)."""
    schema = SPEC.resolve("#" + schema_pointer)
    name = schema["$ref"].rsplit("/", 1)[-1]
    component = SPEC.data["components"]["schemas"][name]
    discriminator = component.get("discriminator")
    if discriminator is not None:
        name = discriminator["mapping"][body[discriminator["propertyName"]]].rsplit("/", 1)[-1]
    return getattr(models, name)


def _is_map(instance: Any) -> bool:
    """A schema that is a name-value map by design (`additionalProperties` holds its entries)."""
    schema = SPEC.data["components"]["schemas"].get(type(instance).__name__, {})
    return isinstance(schema.get("additionalProperties"), dict)


def _leftovers(value: Any, where: str = "") -> list[str]:
    """Every key that landed in an `additional_properties`, anywhere in the decoded tree."""
    found: list[str] = []
    if attrs.has(type(value)):
        extra = getattr(value, "additional_properties", {})
        if extra and not _is_map(value):
            found.extend(f"{where}/{key}" for key in extra)
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found.extend(_leftovers(getattr(value, field.name), f"{where}/{field.name}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_leftovers(item, f"{where}/{index}"))
    return found


def _decode(payload: Payload) -> Any:
    return _model_for(_schema_pointer(payload), payload.body).from_dict(payload.body)


def test_corpus_has_the_payloads_the_issue_asks_for() -> None:
    assert len(MODELLED) >= 12, [payload.name for payload in MODELLED]
    names = [payload.name for payload in PAYLOADS]
    assert len(names) == len(set(names)), "payload names must be unique"
    covered = {(payload.operation, payload.is_request) for payload in MODELLED}
    for operation_id, (_, _, operation) in OPERATIONS.items():
        assert (operation_id, True) in covered, f"no request evidence for {operation_id}"
        success = [status for status in operation["responses"] if status.startswith("2")]
        if any("content" in SPEC.deref(operation["responses"][status]) for status in success):
            assert (operation_id, False) in covered, f"no response evidence for {operation_id}"


@pytest.mark.parametrize("path", sorted(EVIDENCE_DIR.glob("*.yaml")), ids=lambda path: path.name)
def test_every_file_names_checkable_sources(path: Path) -> None:
    document = load_yaml(path)
    assert set(document) == {"sources", "shows", "payloads"}, path.name
    assert document["sources"]
    assert document["shows"].strip()
    assert document["payloads"]
    for source in document["sources"]:
        if "url" in source:
            assert set(source) == {"url"}, source
            assert source["url"].startswith("https://"), source
        else:
            assert set(source) == {"repository", "path", "commit"}, source
            assert re.fullmatch(r"[\w.-]+/[\w.-]+", source["repository"]), source
            assert COMMIT.fullmatch(source["commit"]), source
    for entry in document["payloads"]:
        assert NAME.fullmatch(entry["name"]), entry["name"]
        assert set(entry) <= {"name", "target", "payload", "divergence", "headers"}, entry["name"]
        assert set(entry["target"]) - {"part", "status"} == {"operation"}, entry["name"]
        assert entry["target"]["operation"] in OPERATIONS, entry["name"]


@pytest.mark.parametrize("payload", MODELLED, ids=lambda payload: payload.name)
def test_payload_validates_and_decodes_completely(payload: Payload) -> None:
    assert _schema_errors(payload) == []
    decoded = _decode(payload)
    assert _leftovers(decoded) == []
    assert decoded.to_dict() == payload.body


@pytest.mark.parametrize("payload", DIVERGENT, ids=lambda payload: payload.name)
def test_divergence_is_real(payload: Payload) -> None:
    # A payload marked as a divergence must really be one: rejected by the spec or not fully modelled.
    if _schema_errors(payload):
        return
    assert _leftovers(_decode(payload)), f"{payload.name} is modelled completely: drop its divergence"


def _operation_module(operation_id: str) -> Any:
    _, _, operation = OPERATIONS[operation_id]
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    return importlib.import_module(f"symbl_telephony.api.{operation['tags'][0].lower()}.{snake}")


def _success(operation_id: str) -> httpx.Response:
    """The operation's first documented success answer (its first example, or no body)."""
    _, _, operation = OPERATIONS[operation_id]
    status = min(code for code in operation["responses"] if code.startswith("2"))
    content = SPEC.deref(operation["responses"][status]).get("content")
    if content is None:
        return httpx.Response(int(status))
    example = next(iter(content[JSON]["examples"].values()))
    return httpx.Response(int(status), json=SPEC.deref(example)["value"])


@pytest.mark.parametrize(
    "payload", [payload for payload in MODELLED if payload.is_request], ids=lambda payload: payload.name
)
def test_generated_client_sends_the_request_unchanged(payload: Payload) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _success(payload.operation)

    path, method, operation = OPERATIONS[payload.operation]
    transport = httpx.MockTransport(handler)
    client: Client | AuthenticatedClient
    if operation["security"]:
        client = AuthenticatedClient(
            base_url="https://api.symbl.ai",
            token="evidence-token",
            auth_header_name="X-API-KEY",
            prefix="",
            httpx_args={"transport": transport},
        )
    else:
        client = Client(base_url="https://api.symbl.ai", httpx_args={"transport": transport})
    response = _operation_module(payload.operation).sync_detailed(client=client, body=_decode(payload))
    assert 200 <= response.status_code < 300
    (request,) = sent
    assert (request.method.lower(), request.url.raw_path.decode()) == (method, path)
    body = json.loads(request.content)
    assert body == payload.body
    assert all_errors(SPEC.validator(_schema_pointer(payload)), body) == []
