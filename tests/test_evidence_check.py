"""The `evidence` check: the committed corpora pass, and the check fails on what it is there to catch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROVIDERS
from tests.evidence_support import corpus
from voicespec.checks.evidence import run_evidence
from voicespec.client.model_codec import encode
from voicespec.client.normalise import normalised
from voicespec.providers import Provider, load_provider
from voicespec.spec.evidence import EvidencePayload, load_corpus

# The floor: payloads with provenance per provider.
MINIMUM_PAYLOADS = {"sinch-voice": 25, "symbl-telephony": 8, "enablex-voice": 10}
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def test_every_corpus_passes(provider: Provider) -> None:
    result = run_evidence(provider)
    cases, failures = result.cases, result.failures
    assert failures == []
    assert cases >= MINIMUM_PAYLOADS[provider.name]


def test_every_payload_names_a_source(provider: Provider) -> None:
    items, problems = load_corpus(provider.spec_dir)
    assert problems == []
    assert all(item.sources for item in items)
    assert len({item.name for item in items}) == len(items), "payload names must be unique"


PAYLOADS = [(provider.name, item) for provider in PROVIDERS for item in corpus(provider.name).items]


@pytest.mark.parametrize(("name", "item"), PAYLOADS, ids=[f"{name}/{item.name}" for name, item in PAYLOADS])
def test_each_payload_one_by_one(name: str, item: EvidencePayload) -> None:
    """The check's verdict per payload (a failing one is named by the test id); a modelled payload also
    comes back unchanged from the generated model (date-times as instants); a divergence is still one."""
    judged = corpus(name)
    problems = judged.problems(item)
    if item.divergence is None:
        assert problems == []
        assert normalised(encode(judged.decoded(item))) == normalised(item.payload)
    else:
        assert len(item.divergence.strip()) > 20, "say why it is a divergence"
        assert problems, f"{item.name} conforms: drop its divergence"


def test_sinch_corpus_covers_every_callback_kind() -> None:
    items, _ = load_corpus(
        load_provider(Path(__file__).resolve().parents[1] / "specs" / "sinch-voice").spec_dir
    )
    webhooks = {item.target.name for item in items if item.target.kind == "webhook"}
    assert {"ice", "ace", "dice", "pie", "notify"} <= webhooks


@pytest.fixture
def symbl_copy(tmp_path: Path) -> Provider:
    """A copy of the Symbl spec directory with an empty corpus, to plant payloads in."""
    source = Path(__file__).resolve().parents[1] / "specs" / "symbl-telephony"
    target = tmp_path / "symbl-telephony"
    shutil.copytree(source, target)
    shutil.rmtree(target / "evidence")
    (target / "evidence").mkdir()
    return load_provider(target)


def _plant(provider: Provider, payloads: list[dict[str, object]], **extra: object) -> None:
    document: dict[str, object] = {
        "sources": [{"url": "https://example.com/page"}],
        "shows": "planted",
        "payloads": payloads,
    }
    document.update(extra)
    (provider.spec_dir / "evidence" / "planted.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")


def test_an_empty_corpus_fails(symbl_copy: Provider) -> None:
    failures = run_evidence(symbl_copy).failures
    assert any("no evidence payloads" in failure for failure in failures)


def test_an_undocumented_key_fails(symbl_copy: Provider) -> None:
    body = {"connectionId": "a1b2", "conversationId": "c3d4", "brandNewField": 1}
    _plant(
        symbl_copy,
        [
            {
                "name": "x",
                "target": {"operation": "connectEndpoint", "part": "response", "status": 201},
                "payload": body,
            }
        ],
    )
    failures = run_evidence(symbl_copy).failures
    assert len(failures) == 1
    assert "/brandNewField" in failures[0]
    assert "planted.yaml:/payloads/0" in failures[0]


def test_an_invalid_payload_fails_with_its_pointer(symbl_copy: Provider) -> None:
    _plant(
        symbl_copy, [{"name": "x", "target": {"operation": "connectEndpoint"}, "payload": {"operation": 7}}]
    )
    failures = run_evidence(symbl_copy).failures
    assert failures
    assert all("does not validate" in failure for failure in failures)


def test_a_divergence_that_conforms_is_reported(symbl_copy: Provider) -> None:
    body = {"connectionId": "a1b2"}
    target = {"operation": "connectEndpoint", "part": "response", "status": 201}
    _plant(
        symbl_copy,
        [
            {"name": "x", "target": target, "payload": body, "divergence": "thought to differ"},
            {"name": "y", "target": target, "payload": {"connectionId": 5}, "divergence": "bad id"},
        ],
    )
    result = run_evidence(symbl_copy)
    cases, failures, divergences = result.cases, result.failures, result.known_divergences
    assert cases == 2
    assert divergences == 1
    assert len(failures) == 1
    assert "listed as a divergence" in failures[0]


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ({"repository": "symblai/docs", "path": "a.md", "commit": "main"}, "40 lower-case hex"),
        ({"repository": "nope", "path": "a.md", "commit": COMMIT}, "not owner/name"),
        ({"url": "http://example.com"}, "not an https URL"),
    ],
)
def test_a_source_that_cannot_be_checked_fails(
    symbl_copy: Provider, source: dict[str, str], fragment: str
) -> None:
    _plant(symbl_copy, [{"name": "x", "target": {"schema": "Error"}, "payload": {}}], sources=[source])
    failures = run_evidence(symbl_copy).failures
    assert any(fragment in failure for failure in failures), failures


def test_unknown_targets_are_named(symbl_copy: Provider) -> None:
    _plant(
        symbl_copy,
        [
            {"name": "a", "target": {"operation": "noSuchOperation"}, "payload": {}},
            {"name": "b", "target": {"webhook": "ice"}, "payload": {}},
            {"name": "c", "target": {"schema": "NoSuchSchema"}, "payload": {}},
            {"name": "a", "target": {"schema": "NoSuchSchema"}, "payload": {}},
        ],
    )
    failures = run_evidence(symbl_copy).failures
    text = "\n".join(failures)
    for fragment in ("noSuchOperation", "no webhook 'ice'", "NoSuchSchema", "already used"):
        assert fragment in text
