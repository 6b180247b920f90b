"""The evidence cassettes: rebuilt identically, every interaction traced to a corpus payload."""

from __future__ import annotations

import importlib
from pathlib import Path

from voicespec.cassettes.evidence_build import CASSETTE_NAME, ORIGIN, build_evidence_cassette
from voicespec.cassettes.model import Cassette
from voicespec.client.example_calls import OperationCall, operation_calls
from voicespec.client.model_codec import decode
from voicespec.generation.client_map import client_map
from voicespec.providers import Provider
from voicespec.replay.transport import ReplayTransport
from voicespec.spec.document import SpecDocument
from voicespec.spec.evidence import load_corpus, target_schema


def test_committed_evidence_cassette_is_what_a_rebuild_gives(provider: Provider, tmp_path: Path) -> None:
    built = build_evidence_cassette(provider, tmp_path)
    assert built is not None
    committed = provider.cassettes_dir / CASSETTE_NAME
    assert committed.read_text(encoding="utf-8") == built.read_text(encoding="utf-8")


def test_every_interaction_names_the_payloads_it_came_from(provider: Provider) -> None:
    items, _ = load_corpus(provider.spec_dir)
    names = {f"evidence/{item.file.name}#{item.name}": item for item in items}
    cassette = Cassette.load(provider.cassettes_dir / CASSETTE_NAME)
    assert cassette.metadata["voicespec"]["origin"] == ORIGIN
    wanted = [
        i for i in items if i.target.kind == "operation" and i.target.part == "request" and not i.divergence
    ]
    assert len(cassette.interactions) == len(wanted)
    for interaction in cassette.interactions:
        request_item = names[interaction.source["request_evidence"]]
        assert request_item.target.part == "request"
        assert request_item.divergence is None
        assert request_item.sources
        response_ref = interaction.source["response_evidence"]
        if response_ref in names:
            assert names[response_ref].target.name == request_item.target.name


def test_evidence_requests_replay_through_the_generated_client(provider: Provider) -> None:
    """Each evidence request body, sent by the generated client, gets its recorded answer, parsed."""
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    first_calls: dict[str, OperationCall] = {}
    for operation_call in operation_calls(provider):
        first_calls.setdefault(operation_call.operation_id, operation_call)
    items, _ = load_corpus(provider.spec_dir)
    wanted = [
        i for i in items if i.target.kind == "operation" and i.target.part == "request" and not i.divergence
    ]
    transport = ReplayTransport(provider.cassettes_dir / CASSETTE_NAME)
    package = importlib.import_module(provider.package)
    with package.Client(base_url="https://replay.invalid", httpx_args={"transport": transport}) as client:
        for item in wanted:
            base = first_calls[item.target.name]
            body = decode(doc, cmap, target_schema(doc, item.target), item.payload)
            result = base.binding.module().sync_detailed(client=client, **{**base.kwargs, "body": body})
            assert 200 <= result.status_code < 300, item.name
            if result.content:
                assert result.parsed is not None, item.name
    assert transport.unplayed() == []
