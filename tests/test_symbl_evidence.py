"""Symbl's evidence corpus (`specs/symbl-telephony/evidence/*.yaml`) beyond what the `evidence` check judges
(tests/test_evidence_check.py): the corpus covers every operation, and every request payload is sent
unchanged by the generated operation (captured with an httpx MockTransport)."""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import httpx
import pytest
from symbl_telephony import AuthenticatedClient, Client

from tests.evidence_support import corpus
from voicespec.spec.document import all_errors
from voicespec.spec.evidence import EvidencePayload

SYMBL_CORPUS = corpus("symbl-telephony")
SPEC = SYMBL_CORPUS.doc
MODELLED = SYMBL_CORPUS.modelled
JSON = "application/json"
OPERATIONS = {
    operation["operationId"]: (path, method, operation)
    for path, item in SPEC.data["paths"].items()
    for method, operation in item.items()
    if isinstance(operation, dict) and "operationId" in operation
}


def test_corpus_has_the_payloads_the_issue_asks_for() -> None:
    assert len(MODELLED) >= 12, [payload.name for payload in MODELLED]
    assert {payload.target.kind for payload in SYMBL_CORPUS.items} == {"operation"}
    covered = {(payload.target.name, payload.target.part) for payload in MODELLED}
    for operation_id, (_, _, operation) in OPERATIONS.items():
        assert (operation_id, "request") in covered, f"no request evidence for {operation_id}"
        success = [status for status in operation["responses"] if status.startswith("2")]
        if any("content" in SPEC.deref(operation["responses"][status]) for status in success):
            assert (operation_id, "response") in covered, f"no response evidence for {operation_id}"


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
    "payload",
    [payload for payload in MODELLED if payload.target.part == "request"],
    ids=lambda payload: payload.name,
)
def test_generated_client_sends_the_request_unchanged(payload: EvidencePayload) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _success(payload.target.name)

    path, method, operation = OPERATIONS[payload.target.name]
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
    module = _operation_module(payload.target.name)
    response = module.sync_detailed(client=client, body=SYMBL_CORPUS.decoded(payload))
    assert 200 <= response.status_code < 300
    (request,) = sent
    assert (request.method.lower(), request.url.raw_path.decode()) == (method, path)
    body = json.loads(request.content)
    assert body == payload.payload
    assert all_errors(SPEC.validator(SYMBL_CORPUS.schema(payload)), body) == []
