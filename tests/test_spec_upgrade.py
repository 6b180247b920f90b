"""OpenAPI 3.0 documents are read as 3.1 (spec/upgrade.py), where the two differ in what a value may be."""

from __future__ import annotations

from pathlib import Path

import yaml

from voicespec.spec.document import SpecDocument
from voicespec.spec.upgrade import upgrade_to_31

FIXTURE = Path(__file__).parent / "fixtures" / "acme-voice" / "openapi.yaml"


def _schemas(document: dict[str, object]) -> dict[str, dict[str, object]]:
    upgraded = upgrade_to_31(document)
    assert upgraded["openapi"] == "3.1.0"
    components = upgraded["components"]
    assert isinstance(components, dict)
    schemas: dict[str, dict[str, object]] = components["schemas"]
    return schemas


def test_nullable_exclusive_bounds_and_schema_example_are_rewritten() -> None:
    schemas = _schemas(
        {
            "openapi": "3.0.3",
            "components": {
                "schemas": {
                    "A": {"type": "string", "nullable": True, "example": "x"},
                    "B": {"type": "string", "enum": ["on", "off"], "nullable": True},
                    "C": {"type": "integer", "minimum": 0, "exclusiveMinimum": True, "maximum": 9},
                    "D": {"type": "number", "maximum": 5, "exclusiveMaximum": False},
                    "E": {
                        "type": "object",
                        "properties": {"n": {"oneOf": [{"type": "string"}], "nullable": True}},
                    },
                }
            },
        }
    )
    assert schemas["A"] == {"type": ["string", "null"], "examples": ["x"]}
    assert schemas["B"] == {"type": ["string", "null"], "enum": ["on", "off", None]}
    assert schemas["C"] == {"type": "integer", "exclusiveMinimum": 0, "maximum": 9}
    assert schemas["D"] == {"type": "number", "maximum": 5}
    assert schemas["E"] == {
        "type": "object",
        "properties": {"n": {"oneOf": [{"type": "string"}, {"type": "null"}]}},
    }


def test_a_31_document_is_left_alone() -> None:
    document = {"openapi": "3.1.0", "components": {"schemas": {"A": {"type": "string", "nullable": True}}}}
    assert upgrade_to_31(document) == {
        "openapi": "3.1.0",
        "components": {"schemas": {"A": {"type": "string", "nullable": True}}},
    }


def test_a_30_spec_validates_null_where_it_says_nullable() -> None:
    doc = SpecDocument.load(FIXTURE)
    assert doc.data["openapi"] == "3.1.0"
    assert yaml.safe_load(FIXTURE.read_text())["openapi"] == "3.0.3"  # the file itself is untouched
    validator = doc.validator("/components/schemas/Call")
    assert validator.is_valid({"id": "abcd1234", "state": "ended", "endedAt": None})
    assert not validator.is_valid({"id": "abcd1234", "state": "ended", "endedAt": 5})
    duration = doc.validator("/components/schemas/CallRequest")
    assert not duration.is_valid({"from": "+14155550100", "to": "+14155550101", "maxDuration": 0})
    assert duration.is_valid({"from": "+14155550100", "to": "+14155550101", "maxDuration": 1})
