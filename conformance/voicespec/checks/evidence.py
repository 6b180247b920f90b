"""The `evidence` check: real-world payloads agree with the spec and parse fully through the client.

For each payload of `specs/<provider>/evidence/`: it validates against its target schema, decodes into the
generated model (a union into exactly one variant), and leaves no key in any `additional_properties` (an
undocumented key means the spec is narrower than what the provider sends). A payload listed as a known
divergence must still fail one of those steps: one that conforms is reported, so the list stays honest.
"""

from __future__ import annotations

from typing import Any

import attrs

from voicespec.checks.runner import Check, CheckResult
from voicespec.client.model_codec import DecodeError, decode
from voicespec.generation.client_map import ClientMap, client_map
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument, all_errors, describe_error
from voicespec.spec.evidence import EvidencePayload, load_corpus, target_schema


def documented_maps(doc: SpecDocument, cmap: ClientMap) -> frozenset[type[Any]]:
    """Models whose schema declares `additionalProperties` as a schema: their extra keys are a documented
    map (Symbl's `headers`), not undocumented fields."""
    maps = set()
    for schema_pointer in cmap.models:
        schema = doc.resolve("#" + schema_pointer)
        extra = schema.get("additionalProperties") if isinstance(schema, dict) else None
        if isinstance(extra, dict) and (model := cmap.model_class(schema_pointer)) is not None:
            maps.add(model)
    return frozenset(maps)


def leftover_keys(value: Any, maps: frozenset[type[Any]] = frozenset(), where: str = "") -> list[str]:
    """JSON pointers of keys the decoded tree kept in `additional_properties` (undocumented keys)."""
    found: list[str] = []
    if attrs.has(type(value)):
        extra = getattr(value, "additional_properties", None)
        if extra and type(value) not in maps:
            found.extend(f"{where}/{key}" for key in sorted(extra))
        for attribute in attrs.fields(type(value)):
            if attribute.name != "additional_properties":
                found.extend(leftover_keys(getattr(value, attribute.name), maps, f"{where}/{attribute.name}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(leftover_keys(item, maps, f"{where}/{index}"))
    return found


def payload_problems(
    doc: SpecDocument, cmap: ClientMap, item: EvidencePayload, maps: frozenset[type[Any]]
) -> list[str]:
    """What is wrong with one payload, as messages; empty when it conforms. `maps` is `documented_maps`'
    answer, computed once per corpus rather than once per payload."""
    try:
        schema = target_schema(doc, item.target)
    except LookupError as exc:
        return [f"{item.target}: {exc.args[0]}"]
    errors = all_errors(doc.validator(schema), item.payload)
    if errors:
        return [f"does not validate against {schema}: {describe_error(error)}" for error in errors[:5]]
    try:
        decoded = decode(doc, cmap, schema, item.payload)
    except DecodeError as exc:
        return [f"the generated client cannot parse it: {exc}"]
    return [
        f"undocumented key kept in additional_properties at {key}" for key in leftover_keys(decoded, maps)
    ]


def run_evidence(provider: Provider) -> CheckResult:
    """(cases, failures, known divergences) for the provider's corpus. An empty corpus is a failure."""
    items, envelope = load_corpus(provider.spec_dir)
    failures = [str(problem) for problem in envelope]
    if not items and not envelope:
        failures.append(f"{provider.spec_dir / 'evidence'}: no evidence payloads")
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    maps = documented_maps(doc, cmap)
    divergences = 0
    for item in items:
        where = f"{item.file}:{item.location} ({item.name}, {item.target})"
        problems = payload_problems(doc, cmap, item, maps)
        if item.divergence is None:
            failures.extend(f"{where}: {problem}" for problem in problems)
        elif problems:
            divergences += 1
        else:
            failures.append(f"{where}: listed as a divergence ({item.divergence.strip()}) but it conforms")
    return CheckResult(len(items) + len(envelope), failures, divergences)


EVIDENCE_CHECK = Check("evidence", run_evidence)
