"""A provider's evidence corpus for the tests, judged by the `evidence` check's own functions.

The per-provider test modules add what only that provider has (callback parsing, the README handlers,
encrypted envelopes, requests sent through the client); none of them judges a payload a second way.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from voicespec.checks.evidence import documented_maps, payload_problems
from voicespec.client.model_codec import decode
from voicespec.generation.client_map import ClientMap, client_map
from voicespec.providers import Provider, get_provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.evidence import EvidencePayload, load_corpus, target_schema


@dataclass(frozen=True)
class Corpus:
    provider: Provider
    doc: SpecDocument
    cmap: ClientMap
    maps: frozenset[type[Any]]
    items: tuple[EvidencePayload, ...]

    @property
    def modelled(self) -> list[EvidencePayload]:
        return [item for item in self.items if item.divergence is None]

    @property
    def divergent(self) -> list[EvidencePayload]:
        return [item for item in self.items if item.divergence is not None]

    def named(self, name: str) -> EvidencePayload:
        (item,) = (item for item in self.items if item.name == name)
        return item

    def schema(self, item: EvidencePayload) -> str:
        """JSON pointer of the schema the payload's target names."""
        return target_schema(self.doc, item.target)

    def problems(self, item: EvidencePayload) -> list[str]:
        return payload_problems(self.doc, self.cmap, item, self.maps)

    def decoded(self, item: EvidencePayload) -> Any:
        return decode(self.doc, self.cmap, self.schema(item), item.payload)


@functools.cache
def corpus(name: str) -> Corpus:
    """The provider's corpus; a problem in its envelope (sources, names, targets) fails loudly here."""
    provider = get_provider(name)
    items, problems = load_corpus(provider.spec_dir)
    if problems:
        raise AssertionError("\n".join(map(str, problems)))
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    return Corpus(provider, doc, cmap, documented_maps(doc, cmap), tuple(items))
