"""JSON Schema patterns are ECMA 262 regular expressions: every validator voicespec builds judges them so,
where Python's `re` would judge differently, and a pattern ECMA 262 cannot compile is a located problem."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import PROVIDERS
from tests.replay_support import SYMBL, needs_symbl, symbl_start
from voicespec.errors import SpecError
from voicespec.providers import get_provider
from voicespec.replay.server import SOURCE_HEADER, ServerThread, create_app
from voicespec.spec.document import SpecDocument, all_errors, describe_error, first_error
from voicespec.spec.formats import format_checker
from voicespec.spec.validity import spec_problems, validate_spec

ENABLEX = get_provider("enablex-voice")
needs_enablex = pytest.mark.skipif(ENABLEX not in PROVIDERS, reason="enablex-voice not selected")
NEWLINE_PHONE = "14155550100\n"


@needs_symbl
def test_trailing_newline_fails_symbl_phone_number() -> None:
    doc = SpecDocument.load(SYMBL.spec_path)
    schema = doc.data["components"]["schemas"]["PstnEndpoint"]["properties"]["phoneNumber"]
    # Python's `$` also matches before a final newline: this is the value `re` let through.
    assert re.search(schema["pattern"], NEWLINE_PHONE)
    validator = doc.validator("/components/schemas/PstnEndpoint")
    error = first_error(validator, {"type": "pstn", "phoneNumber": NEWLINE_PHONE})
    assert error is not None
    assert describe_error(error) == f"at /phoneNumber: {NEWLINE_PHONE!r} does not match {schema['pattern']!r}"
    assert first_error(validator, {"type": "pstn", "phoneNumber": "14155550100"}) is None


@needs_enablex
def test_enablex_bridge_target_judged_by_ecma_both_ways() -> None:
    doc = SpecDocument.load(ENABLEX.spec_path)
    pattern = doc.data["components"]["schemas"]["BridgeCallRequest"]["properties"]["to"]["pattern"]
    validator = doc.validator("/components/schemas/BridgeCallRequest")
    sip = "sip:a\u001eb"  # U+001E is whitespace to Python's `\s`, not to ECMA 262's
    assert re.search(pattern, NEWLINE_PHONE)
    assert not re.search(pattern, sip)
    assert first_error(validator, {"from": "14155550100", "to": NEWLINE_PHONE}) is not None
    assert first_error(validator, {"from": "14155550100", "to": sip}) is None


@needs_symbl
def test_replay_server_answers_400_to_trailing_newline() -> None:
    from symbl_telephony import AuthenticatedClient  # noqa: PLC0415
    from symbl_telephony.api.telephony import connect_endpoint  # noqa: PLC0415
    from symbl_telephony.models import ErrorResponse  # noqa: PLC0415

    with ServerThread(create_app(SYMBL)) as url:
        client = AuthenticatedClient(base_url=url, token="t0k", auth_header_name="X-API-KEY", prefix="")
        with client:
            answer = connect_endpoint.sync_detailed(client=client, body=symbl_start(NEWLINE_PHONE))
    assert answer.status_code == 400
    assert answer.headers[SOURCE_HEADER] == "rejected"
    assert isinstance(answer.parsed, ErrorResponse)
    assert "request body at /endpoint/phoneNumber: " in answer.parsed.message


def _spec(tmp_path: Path, schemas: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.yaml"
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "components": {"schemas": schemas},
    }
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_pattern_properties_and_additional_properties(tmp_path: Path) -> None:
    # `\d` is ASCII in ECMA 262; Python's also takes ARABIC-INDIC DIGIT THREE.
    schemas = {
        "Counts": {
            "type": "object",
            "patternProperties": {r"^\d+$": {"type": "integer"}},
            "additionalProperties": False,
        }
    }
    doc = SpecDocument.load(_spec(tmp_path, schemas))
    validator = doc.validator("/components/schemas/Counts")
    assert re.search(r"^\d+$", "\u0663")
    assert re.search(r"^\d+$", "7\n")
    assert validator.is_valid({"12": 3})
    messages = [describe_error(error) for error in all_errors(validator, {"12": "x", "\u0663": 1, "7\n": 1})]
    assert messages == [
        "at /: '7\\n', '\u0663' do not match any of the regexes: '^\\\\d+$'",
        "at /12: 'x' is not of type 'integer'",
    ]


def test_invalid_ecma_pattern_is_a_located_problem(tmp_path: Path) -> None:
    # Valid for Python's `re` (named group `(?P<...>)`), not for ECMA 262; an example holding a
    # `pattern` key is data, not a schema, and is not judged as one.
    schemas = {
        "Area": {"type": "string", "pattern": "^(?P<area>[0-9]{3})$"},
        "Rule": {
            "type": "object",
            "properties": {"pattern": {"type": "string"}},
            "examples": [{"pattern": "(("}],
            "patternProperties": {"[": {}},
        },
    }
    path = _spec(tmp_path, schemas)
    # openapi-spec-validator also flags `[` (Python's `re` cannot compile it either); not `(?P<...>)`.
    problems = [problem for problem in spec_problems(path) if "ECMA 262" in problem.message]
    assert [problem.location for problem in problems] == [
        "/components/schemas/Area/pattern",
        "/components/schemas/Rule/patternProperties/[",
    ]
    assert all(problem.file == str(path) for problem in problems)
    assert "'^(?P<area>[0-9]{3})$' is not an ECMA 262 regular expression" in problems[0].message
    with pytest.raises(SpecError):
        validate_spec(path)
    # Met at validation time anyway (a server given such a spec), it is an error, never a traceback.
    error = first_error(SpecDocument.load(path).validator("/components/schemas/Area"), "123")
    assert error is not None
    assert "is not an ECMA 262 regular expression" in error.message


def test_custom_and_regex_formats_use_ecma() -> None:
    checker = format_checker()
    assert not checker.conforms("+14155550100\n", "e164")
    assert checker.conforms("+14155550100", "e164")
    assert checker.conforms("(?<area>[0-9]{3})", "regex")
    assert not checker.conforms("(?P<area>[0-9]{3})", "regex")
