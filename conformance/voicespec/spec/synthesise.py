"""Values for a spec that documents none: the simplest instance of a schema, found by hypothesis.

A spec without examples still gets cassettes, replayed answers and example calls; every value made here is
marked as synthesised where it is used (cassette provenance, the replay server's detail header), so it is
never mistaken for something the provider documented. `derandomize` makes it the same value every run.
"""

from __future__ import annotations

import copy
from typing import Any

import hypothesis
from hypothesis import HealthCheck, Phase

from voicespec.errors import Problem, SpecError
from voicespec.spec.document import SpecDocument
from voicespec.spec.strategies import strategy_for

SYNTHESISED = "synthesised"  # the provenance label of a value made here

_SETTINGS = hypothesis.settings(
    database=None,
    derandomize=True,
    max_examples=50,
    deadline=None,
    phases=[Phase.generate, Phase.shrink],
    suppress_health_check=list(HealthCheck),
)


def synthesised_value(doc: SpecDocument, schema_pointer: str) -> Any:
    """The simplest value the schema at `schema_pointer` accepts; `SpecError` naming the schema when
    there is none to be found (or the schema uses a keyword the strategies cannot generate). Found once
    per document and schema: the replay server asks for the same answers on every request."""
    key = (id(doc), schema_pointer)
    if key not in _FOUND:
        _FOUND[key] = (doc, _find(doc, schema_pointer))
    return copy.deepcopy(_FOUND[key][1])


# Holding the document keeps its id from being reused by another one.
_FOUND: dict[tuple[int, str], tuple[SpecDocument, Any]] = {}


def _find(doc: SpecDocument, schema_pointer: str) -> Any:
    try:
        return hypothesis.find(strategy_for(doc, schema_pointer), lambda _: True, settings=_SETTINGS)
    except SpecError as exc:
        raise SpecError(
            f"cannot synthesise an example for {schema_pointer}",
            [Problem(str(doc.path), schema_pointer, str(exc.summary))],
        ) from exc
    except hypothesis.errors.NoSuchExample as exc:
        raise SpecError(
            f"cannot synthesise an example for {schema_pointer}",
            [Problem(str(doc.path), schema_pointer, "no value satisfies the schema")],
        ) from exc
