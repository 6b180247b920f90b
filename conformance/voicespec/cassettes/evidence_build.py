"""Cassette interactions modelled on the evidence corpus: real request shapes with real answers.

The cassettes built from the spec's examples replay what the spec documents; this one, `evidence.yaml`
beside them, replays what the providers' own SDKs, samples and pages put on the wire
(`specs/<provider>/evidence/`). For every evidence request body of an operation (known divergences left
out), it holds the request the generated client sends for that body, answered with the operation's
evidence success when the corpus has one, else the spec's documented success. Each interaction names the
evidence payloads it was built from (their files name the sources; commit hashes are kept out of the
cassette, where the secret scanner would rightly flag long hex strings).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from voicespec.cassettes.build import operation_origin, recorded_request, recorded_success
from voicespec.cassettes.model import Cassette, Interaction, RecordedResponse
from voicespec.cassettes.redact import Redactor
from voicespec.client.example_calls import OperationCall, operation_calls
from voicespec.client.model_codec import decode
from voicespec.generation.client_map import client_map
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.evidence import EvidencePayload, load_corpus, target_schema

ORIGIN = "evidence"
CASSETTE_NAME = "evidence.yaml"


def _reference(item: EvidencePayload) -> str:
    return f"{item.file.parent.name}/{item.file.name}#{item.name}"


def _evidence_answer(item: EvidencePayload) -> RecordedResponse:
    body = json.dumps(item.payload, ensure_ascii=False, separators=(",", ":"))
    return RecordedResponse(int(item.target.status or 200), body, {"Content-Type": ["application/json"]})


def _answers(items: list[EvidencePayload]) -> dict[str, EvidencePayload]:
    """The first evidence success answer per operation."""
    answers: dict[str, EvidencePayload] = {}
    for item in items:
        if item.target.part == "response" and (item.target.status or "").startswith("2"):
            answers.setdefault(item.target.name, item)
    return answers


def evidence_cassette(provider: Provider) -> Cassette | None:
    """The provider's evidence cassette, or None when its corpus holds no operation request bodies."""
    items, _ = load_corpus(provider.spec_dir)
    usable = [item for item in items if item.divergence is None and item.target.kind == "operation"]
    requests = [item for item in usable if item.target.part == "request"]
    if not requests:
        return None
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    first_calls: dict[str, OperationCall] = {}
    for operation_call in operation_calls(provider):
        first_calls.setdefault(operation_call.operation_id, operation_call)
    answers = _answers(usable)
    interactions = []
    for item in requests:
        base = first_calls.get(item.target.name)
        if base is None:
            continue
        body = decode(doc, cmap, target_schema(doc, item.target), item.payload)
        sent = dataclasses.replace(base, kwargs={**base.kwargs, "body": body}, label=f"{base.operation_id}")
        request = recorded_request(doc, operation_origin(doc, base), sent)
        answer = answers.get(item.target.name)
        response = _evidence_answer(answer) if answer else recorded_success(doc, base)
        if response is None:
            continue
        # Evidence answers are written with our own values, but a token is still a token on disk.
        response = Redactor.for_spec(doc.data).exchange(request, response).response
        source = {
            "source": ORIGIN,
            "outcome": "success",
            "request_evidence": _reference(item),
            "response_evidence": _reference(answer) if answer else "the spec's documented success",
        }
        interactions.append(Interaction(request, response, source))
    metadata = {
        "voicespec": {
            "provider": provider.name,
            "origin": ORIGIN,
            "note": (
                "Built by `voicespec cassettes build` from the evidence corpus in "
                f"specs/{provider.name}/evidence/: request and answer shapes seen in the provider's own "
                "SDKs, samples and reference pages, written with our own values. Not recorded traffic."
            ),
        }
    }
    return Cassette(interactions, metadata) if interactions else None


def build_evidence_cassette(provider: Provider, directory: Path | None = None) -> Path | None:
    """Write `evidence.yaml` for the provider, or remove a built one the corpus no longer gives."""
    path = (directory or provider.cassettes_dir) / CASSETTE_NAME
    cassette = evidence_cassette(provider)
    if cassette is None:
        if path.is_file() and Cassette.load(path).metadata.get("voicespec", {}).get("origin") == ORIGIN:
            path.unlink()
        return None
    comment = (
        f"Built by `voicespec cassettes build --provider {provider.name}` from the evidence corpus.\n"
        "Change the corpus and rebuild rather than editing this file."
    )
    return cassette.save(path, comment)
