"""The `model-roundtrip` check: for every component schema with a generated model, and every union
(decoded with `decode`, which insists on exactly one variant), a hypothesis-generated valid instance `x`
satisfies `Model.from_dict(x).to_dict() == x` modulo the documented normalisation (`normalise.py`).
"""

from __future__ import annotations

from typing import Any

from hypothesis import given

from voicespec.checks.properties import Counterexample, as_json, max_examples, property_settings, run_property
from voicespec.checks.runner import Check
from voicespec.client.model_codec import DecodeError, decode, encode
from voicespec.client.normalise import normalised
from voicespec.generation.client_map import ClientMap, client_map
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.strategies import strategy_for


def roundtrip_targets(doc: SpecDocument, cmap: ClientMap) -> list[str]:
    """Pointers of the component schemas that have a generated model or are unions of models."""
    targets = []
    for name, schema in (doc.data.get("components") or {}).get("schemas", {}).items():
        target = f"/components/schemas/{name}"
        if cmap.model_class(target) is not None or "oneOf" in schema:
            targets.append(target)
    return targets


def roundtrip_failure(doc: SpecDocument, cmap: ClientMap, schema_pointer: str, examples: int) -> str | None:
    @property_settings(examples)
    @given(strategy_for(doc, schema_pointer))
    def round_trip(value: Any) -> None:
        try:
            back = encode(decode(doc, cmap, schema_pointer, value))
        except DecodeError as exc:
            raise Counterexample(f"{exc}\n    falsifying JSON: {as_json(value)}") from exc
        if normalised(back) != normalised(value):
            raise Counterexample(
                f"from_dict(x).to_dict() != x\n    falsifying JSON: {as_json(value)}\n"
                f"    came back as:    {as_json(back)}"
            )

    return run_property(round_trip)


def model_roundtrip(provider: Provider, examples: int | None = None) -> tuple[int, list[str]]:
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    examples = examples or max_examples()
    targets = roundtrip_targets(doc, cmap)
    failures = []
    for target in targets:
        failure = roundtrip_failure(doc, cmap, target, examples)
        if failure is not None:
            name = target.rsplit("/", 1)[1]
            failures.append(f"{provider.name} {name} ({target}): {failure}")
    return len(targets), failures


MODEL_ROUNDTRIP_CHECK = Check("model-roundtrip", model_roundtrip, uses_hypothesis=True)
