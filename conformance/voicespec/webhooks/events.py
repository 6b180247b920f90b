"""Events to send: the spec's examples, the evidence corpus's real shapes, hypothesis-generated events,
and tolerant variants of the real ones (enum values the spec does not list yet, fields it does not know).

Only events the provider's runtime reads as that webhook are kept: what is sent is always a well-formed
event, so a refusal is the handler's fault. Generation is seeded, so a seed repeats the same events.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from voicespec.spec.evidence import load_corpus
from voicespec.spec.strategies import inline_refs, strategy_for
from voicespec.webhooks.profile import Profile

NEW_VALUE = "voicespec-new-value"
EXTRA_FIELD = "voicespecAddedField"


@dataclass(frozen=True)
class Event:
    webhook: str
    name: str  # unique within the run: `<kind>/<webhook>/<label>`
    kind: str  # example | evidence | generated | tolerant
    body: Any


def _examples(profile: Profile) -> list[Event]:
    return [
        Event(hook.name, f"example/{hook.name}/{label}", "example", body)
        for hook in profile.webhooks.values()
        for label, body in hook.examples
    ]


def _evidence(profile: Profile) -> list[Event]:
    payloads, _problems = load_corpus(profile.provider.spec_dir)  # the evidence check reports problems
    return [
        Event(item.target.name, f"evidence/{item.target.name}/{item.name}", "evidence", item.payload)
        for item in payloads
        if item.target.kind == "webhook"
        and item.target.part == "request"
        and item.divergence is None
        and item.target.name in profile.webhooks
    ]


def collect(strategy: st.SearchStrategy[Any], count: int, seed_value: int) -> list[Any]:
    """`count` values of `strategy`, the same ones for the same seed."""
    found: list[Any] = []

    @seed(seed_value)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def gather(value: Any) -> None:
        found.append(value)

    gather()
    return found


def _generated(profile: Profile, count: int, seed_value: int) -> list[Event]:
    events = []
    for hook in profile.webhooks.values():
        values = collect(strategy_for(profile.doc, hook.event_schema), count, seed_value)
        events += [
            Event(hook.name, f"generated/{hook.name}/{index}", "generated", value)
            for index, value in enumerate(values)
        ]
    return events


def _mutate_enums(schema: Any, value: Any, skip: frozenset[str]) -> None:
    """Replace, in place, every string that a closed `enum` of `schema` constrains with a new value."""
    if not isinstance(schema, dict):
        return
    if isinstance(value, dict):
        for key, sub in (schema.get("properties") or {}).items():
            if key in skip or key not in value:
                continue
            options = sub.get("enum") if isinstance(sub, dict) else None
            if options and all(isinstance(option, str) for option in options) and isinstance(value[key], str):
                value[key] = NEW_VALUE
            else:
                _mutate_enums(sub, value[key], frozenset())
    elif isinstance(value, list):
        for item in value:
            _mutate_enums(schema.get("items"), item, frozenset())


def tolerant_variant(profile: Profile, webhook: str, body: Any) -> Any | None:
    """`body` with new enum values and an added field, as a provider's later events may be; or with only
    the added field if the spec is not open to new values there; None if neither parses."""
    if not isinstance(body, dict):
        return None
    schema = inline_refs(profile.doc, profile.doc.resolve("#" + profile.webhook(webhook).event_schema))
    skip = profile.deciding_keys - profile.open_deciding.get(webhook, frozenset())
    mutated = copy.deepcopy(body)
    _mutate_enums(schema, mutated, skip)
    extra = {EXTRA_FIELD: {"added": True, "note": "a field a later API version sends"}}
    for candidate in ({**mutated, **extra}, {**body, **extra}):
        if profile.parses_as(webhook, candidate):
            return candidate
    return None


def events(profile: Profile, count: int, seed_value: int) -> list[Event]:
    """Every event of the run, deduplicated, each one the runtime reads as its webhook."""
    real = _examples(profile) + _evidence(profile)
    tolerant = []
    for event in real:
        variant = tolerant_variant(profile, event.webhook, event.body)
        if variant is not None:
            tolerant.append(Event(event.webhook, "tolerant/" + event.name, "tolerant", variant))
    chosen: list[Event] = []
    seen: set[str] = set()
    for event in real + tolerant + _generated(profile, count, seed_value):
        fingerprint = repr(event.body)
        if fingerprint not in seen and profile.parses_as(event.webhook, event.body):
            seen.add(fingerprint)
            chosen.append(event)
    return chosen
