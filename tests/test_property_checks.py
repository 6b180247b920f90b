"""Checks 5 and 6 (model round-trip, client requests) and the strategies under them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from voicespec.checks.client_requests import CLIENT_REQUEST_CHECK, client_requests
from voicespec.checks.model_roundtrip import MODEL_ROUNDTRIP_CHECK, model_roundtrip
from voicespec.checks.properties import MAX_EXAMPLES_ENV, max_examples, property_settings
from voicespec.client.model_codec import DecodeError, decode
from voicespec.errors import VoicespecError
from voicespec.generation.client_map import client_map
from voicespec.providers import Provider, get_provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.formats import CUSTOM_FORMATS, format_checker, format_strategy
from voicespec.spec.strategies import UnsupportedSchema, build, inline_refs

FEW = 2  # examples per schema or operation here: the full budget runs in `voicespec check`


def _values(strategy: st.SearchStrategy[Any], count: int = 30) -> list[Any]:
    seen: list[Any] = []

    @property_settings(count)
    @given(strategy)
    def collect(value: Any) -> None:
        seen.append(value)

    collect()
    return seen


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("e164", None),
        ("e164-digits", None),
        ("dtmf", None),
        ("iana-timezone", None),
        ("dtmf", "^[0-9#*]$"),  # Sinch's single keypress: the narrow pattern drives generation
        ("dtmf", "^[0-9#w]+$"),
        ("e164-digits", "^[1-9][0-9]{1,14}$"),
    ],
)
def test_custom_format_values_satisfy_format_and_pattern(name: str, pattern: str | None) -> None:
    checker = format_checker()
    values = _values(format_strategy(name, pattern))
    assert len(set(values)) > 3
    for value in values:
        assert checker.conforms(value, name), value
        assert re.fullmatch(CUSTOM_FORMATS[name].pattern.strip("^$"), value), value
        assert pattern is None or re.fullmatch(pattern.strip("^$"), value), value


def test_unknown_format_is_a_typed_error() -> None:
    with pytest.raises(VoicespecError, match="no strategy for string format 'phone'"):
        format_strategy("phone")


def _doc(schemas: dict[str, Any]) -> SpecDocument:
    return SpecDocument(Path("inline.yaml"), {"openapi": "3.1.0", "components": {"schemas": schemas}})


def test_recursive_refs_are_cut_and_values_stay_valid() -> None:
    doc = _doc(
        {
            "Menu": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "format": "dtmf", "pattern": "^[0-9]$"},
                    "submenu": {"$ref": "#/components/schemas/Menu"},
                },
            }
        }
    )
    inlined = inline_refs(doc, {"$ref": "#/components/schemas/Menu"})
    assert inlined["properties"]["submenu"]["properties"]["submenu"] is False
    validator = doc.validator("/components/schemas/Menu")
    values = _values(build(inlined))
    assert any("submenu" in value for value in values)
    for value in values:
        assert validator.is_valid(value), value


def test_unsupported_keyword_is_named() -> None:
    with pytest.raises(UnsupportedSchema, match="'patternProperties'"):
        build({"type": "object", "patternProperties": {"^x-": {"type": "string"}}})


def test_max_examples_knob(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_EXAMPLES_ENV, "7")
    assert max_examples() == 7
    monkeypatch.setenv(MAX_EXAMPLES_ENV, "lots")
    with pytest.raises(VoicespecError, match=f"{MAX_EXAMPLES_ENV} must be a positive integer, got 'lots'"):
        max_examples()


def test_checks_are_named_for_the_runner() -> None:
    assert (MODEL_ROUNDTRIP_CHECK.name, CLIENT_REQUEST_CHECK.name) == ("model-roundtrip", "client-requests")


def test_every_model_round_trips(provider: Provider) -> None:
    cases, failures = model_roundtrip(provider, FEW)
    assert cases >= 10
    assert failures == []


def test_every_operation_sends_conforming_requests(provider: Provider) -> None:
    cases, failures = client_requests(provider, FEW)
    assert cases >= 2
    assert failures == []


def _edited_copy(tmp_path: Path, name: str, old: str, new: str, count: int = -1) -> Provider:
    """The provider with its spec copied under tmp_path and `old` replaced by `new`: the generated
    client (from the real spec) no longer matches it."""
    real = get_provider(name)
    shutil.copytree(real.spec_dir, tmp_path / name)
    spec = tmp_path / name / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, count), encoding="utf-8")
    return Provider(real.name, real.package, real.title, specs_root=tmp_path)


def test_generation_is_reproducible() -> None:
    strategy = build({"type": "object", "properties": {"to": {"type": "string", "format": "e164"}}})
    assert _values(strategy) == _values(strategy)


def test_roundtrip_failure_names_provider_schema_and_falsifying_json(tmp_path: Path) -> None:
    # The spec now allows any text where the model parses a date-time (BridgeCallResponse.timestamp).
    bridged = "The destination the call is bridged to.\n        timestamp:\n          type: string\n"
    edited = _edited_copy(tmp_path, "enablex-voice", bridged + "          format: date-time", bridged)
    cases, failures = model_roundtrip(edited, FEW)
    assert cases >= 10
    (failure,) = failures
    assert failure.startswith("enablex-voice BridgeCallResponse (/components/schemas/BridgeCallResponse): ")
    falsifying = json.loads(re.search(r"falsifying JSON: (.*)", failure).group(1))  # type: ignore[union-attr]
    doc = SpecDocument.load(edited.spec_path)
    assert doc.validator("/components/schemas/BridgeCallResponse").is_valid(falsifying)
    with pytest.raises(DecodeError):
        decode(doc, client_map(edited), "/components/schemas/BridgeCallResponse", falsifying)


def test_request_failure_names_operation_and_falsifying_arguments(tmp_path: Path) -> None:
    # generateToken's body now wants a vendor media type; the generated client still sends
    # application/json.
    token_body = "required: true\n        content:\n          application/json:"
    edited = _edited_copy(
        tmp_path, "symbl-telephony", token_body, token_body.replace("json:", "vnd.symbl+json:"), count=1
    )
    cases, failures = client_requests(edited, FEW)
    assert cases == 4  # one per Symbl operation
    (failure,) = failures
    assert failure.startswith("symbl-telephony generateToken (POST /oauth2/token:generate): ")
    assert "content type 'application/json' not accepted" in failure
    arguments = json.loads(re.search(r"falsifying arguments: (.*)", failure).group(1))  # type: ignore[union-attr]
    assert set(arguments["body"]) >= {"type", "appId", "appSecret"}


def test_all_of_parts_are_merged_and_the_whole_schema_holds() -> None:
    schema = {
        "allOf": [
            {
                "type": "object",
                "required": ["from"],
                "properties": {"from": {"type": "string", "minLength": 2}},
            },
            {"type": "object", "required": ["to"], "properties": {"to": {"type": "integer", "minimum": 3}}},
        ]
    }
    values = _values(build(schema), 20)
    validator = jsonschema.Draft202012Validator(schema)
    assert values
    for value in values:
        assert validator.is_valid(value), value
        assert {"from", "to"} <= set(value)


def test_all_of_parts_that_disagree_are_named() -> None:
    with pytest.raises(UnsupportedSchema, match="allOf parts with different 'type'"):
        build({"allOf": [{"type": "object"}, {"type": "array"}]})


def test_format_on_an_object_constrains_nothing() -> None:
    values = _values(
        build({"type": "object", "format": "json", "properties": {"a": {"type": "integer"}}}), 10
    )
    assert all(isinstance(value, dict) for value in values)
