"""`symbl_telephony.dtmf` and `symbl_telephony.pstn`: dial-in strings built as Symbl's documents build them,
checked against the patterns and examples read from the spec itself."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from symbl_telephony.dtmf import DTMF_PATTERN, DtmfError, meeting_dtmf, validate_dtmf, zoom_dtmf
from symbl_telephony.models import PstnEndpoint, StartConnectionRequest
from symbl_telephony.pstn import PHONE_NUMBER_PATTERN, PhoneNumberError, pstn_endpoint, pstn_number

from voicespec.providers import get_provider
from voicespec.spec.document import SpecDocument, all_errors

SPEC = SpecDocument.load(get_provider("symbl-telephony").spec_path)
PSTN = SPEC.data["components"]["schemas"]["PstnEndpoint"]["properties"]
SPEC_DTMF = re.compile(PSTN["dtmf"]["pattern"])
SPEC_PHONE = re.compile(PSTN["phoneNumber"]["pattern"])
# fullmatch, not match: JSON Schema's `$` does not accept a trailing newline, Python's does.
EXAMPLES = SPEC.data["components"]["examples"]
ZOOM_EXAMPLE = EXAMPLES["StartPstnZoom"]["value"]
REFERENCE_EXAMPLE = EXAMPLES["StartPstnReference"]["value"]


def spec_errors(endpoint: PstnEndpoint) -> list[str]:
    """Validation errors of a start request carrying `endpoint`, against the spec's request schema."""
    body = StartConnectionRequest(operation="start", endpoint=endpoint).to_dict()
    validator = SPEC.validator("/components/schemas/ConnectEndpointRequest")
    return [error.message for error in all_errors(validator, body)]


def test_patterns_are_the_specs() -> None:
    assert DTMF_PATTERN.pattern == SPEC_DTMF.pattern
    assert PHONE_NUMBER_PATTERN.pattern == SPEC_PHONE.pattern


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # Straight from the tutorial's code: meeting ID + '#', ',,#' for no participant ID, passcode if any.
        ({"meeting_id": "81234567890"}, "81234567890#,,#"),
        ({"meeting_id": "81234567890", "passcode": "123456"}, "81234567890#,,#,,123456#"),
        (
            {"meeting_id": "81234567890", "participant_id": "42", "passcode": "123456"},
            "81234567890#,,42#,,123456#",
        ),
        ({"meeting_id": "81234567890", "participant_id": "42"}, "81234567890#,,42#"),
        # Empty strings mean "none", as the tutorial's `if (ZOOM_MEETING_PASSCODE)` does.
        ({"meeting_id": "81234567890", "participant_id": "", "passcode": ""}, "81234567890#,,#"),
        # Zoom shows meeting IDs grouped; the groups go.
        ({"meeting_id": "812 3456 7890", "passcode": "123456"}, "81234567890#,,#,,123456#"),
        ({"meeting_id": "812-3456-7890", "participant_id": "4 2"}, "81234567890#,,42#"),
        ({"meeting_id": "81234567890", "passcode": "0042", "pause": 4}, "81234567890#,,,,#,,,,0042#"),
        ({"meeting_id": "81234567890", "passcode": "123456", "lead_pause": 2}, ",,81234567890#,,#,,123456#"),
        ({"meeting_id": "81234567890", "pause": 0}, "81234567890##"),
    ],
)
def test_zoom_dtmf_follows_the_tutorial(kwargs: dict[str, Any], expected: str) -> None:
    assert zoom_dtmf(**kwargs) == expected
    assert SPEC_DTMF.fullmatch(expected)


def test_zoom_dtmf_gives_the_specs_zoom_example() -> None:
    assert zoom_dtmf("812 3456 7890", passcode="123456") == ZOOM_EXAMPLE["endpoint"]["dtmf"]


def test_meeting_dtmf_gives_the_specs_reference_example() -> None:
    assert meeting_dtmf("81234567890", passcode="123456") == REFERENCE_EXAMPLE["endpoint"]["dtmf"]
    assert meeting_dtmf("81234567890") == ",,81234567890#"
    assert meeting_dtmf("81234567890", passcode="1", pause=1, lead_pause=0) == "81234567890#,1#"


digits = st.text(alphabet="0123456789", min_size=1, max_size=20)


@settings(max_examples=60, deadline=None)
@given(
    meeting_id=digits,
    participant_id=st.none() | digits,
    passcode=st.none() | digits,
    pause=st.integers(0, 6),
    lead_pause=st.integers(0, 6),
)
def test_every_zoom_sequence_is_valid_for_the_spec(
    meeting_id: str, participant_id: str | None, passcode: str | None, pause: int, lead_pause: int
) -> None:
    sequence = zoom_dtmf(
        meeting_id, participant_id=participant_id, passcode=passcode, pause=pause, lead_pause=lead_pause
    )
    assert SPEC_DTMF.fullmatch(sequence)
    assert spec_errors(PstnEndpoint(type_="pstn", phone_number="16465588656", dtmf=sequence)) == []
    # Nothing is lost or added: the keys are exactly the inputs, each closed by '#', and the pauses are
    # the lead plus one gap before each group after the meeting ID.
    keys = f"{meeting_id}#{participant_id or ''}#" + (f"{passcode}#" if passcode else "")
    assert sequence.replace(",", "") == keys
    assert sequence.count(",") == lead_pause + pause * (2 if passcode else 1)
    assert sequence.startswith("," * lead_pause + meeting_id)


@pytest.mark.parametrize(
    ("kwargs", "field", "value"),
    [
        ({"meeting_id": ""}, "meeting_id", ""),
        ({"meeting_id": "812.3456.7890"}, "meeting_id", "812.3456.7890"),
        ({"meeting_id": "zoom.us/j/812"}, "meeting_id", "zoom.us/j/812"),
        ({"meeting_id": "\u0668\u0661\u0662"}, "meeting_id", "\u0668\u0661\u0662"),  # Arabic-Indic digits
        ({"meeting_id": "812\n"}, "meeting_id", "812\n"),
        ({"meeting_id": 81234567890}, "meeting_id", 81234567890),
        ({"meeting_id": "812", "participant_id": "p42"}, "participant_id", "p42"),
        ({"meeting_id": "812", "passcode": "Ab3xYz"}, "passcode", "Ab3xYz"),
        ({"meeting_id": "812", "passcode": "123 456"}, "passcode", "123 456"),
        ({"meeting_id": "812", "passcode": 42}, "passcode", 42),
        ({"meeting_id": "812", "pause": -1}, "pause", -1),
        ({"meeting_id": "812", "pause": True}, "pause", True),
        ({"meeting_id": "812", "lead_pause": 1.5}, "lead_pause", 1.5),
    ],
)
def test_zoom_dtmf_refuses_bad_input_naming_the_field(
    kwargs: dict[str, Any], field: str, value: object
) -> None:
    with pytest.raises(DtmfError) as info:
        zoom_dtmf(**kwargs)
    assert isinstance(info.value, ValueError)
    assert (info.value.field, info.value.value) == (field, value)
    assert str(info.value).startswith(f"{field} {value!r}: ")


def test_meeting_dtmf_refuses_a_non_numeric_passcode() -> None:
    with pytest.raises(DtmfError, match="passcode 'secret'"):
        meeting_dtmf("81234567890", passcode="secret")


@pytest.mark.parametrize("sequence", ["939293#", ",,81234567890#,,123456#", "*6", ","])
def test_validate_dtmf_accepts_what_the_spec_accepts(sequence: str) -> None:
    assert SPEC_DTMF.fullmatch(sequence)
    assert validate_dtmf(sequence) == sequence


@pytest.mark.parametrize(
    ("sequence", "says"),
    [
        ("", "must not be empty"),
        ("123a#", "'a' at position 3"),
        ("12w3#", "'w' at position 2"),  # a pause elsewhere, not in Symbl's pattern
        ("123#\n", "'\\n' at position 4"),
        ("12 3#", "' ' at position 2"),
    ],
)
def test_validate_dtmf_refuses_what_the_spec_refuses(sequence: str, says: str) -> None:
    assert not SPEC_DTMF.fullmatch(sequence)
    with pytest.raises(DtmfError) as info:
        validate_dtmf(sequence)
    assert info.value.field == "dtmf"
    assert says in str(info.value)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+1 201 555 0123", "12015550123"),
        ("+1 (201) 555-0123", "12015550123"),
        ("+1.201.555.0123", "12015550123"),
        ("  +44 20 7946 0958 ", "442079460958"),
        ("+16465588656", "16465588656"),
        ("14082924837", "14082924837"),  # already Symbl's form
        ("447082924837", "447082924837"),
    ],
)
def test_pstn_number_drops_the_plus_and_separators(number: str, expected: str) -> None:
    assert pstn_number(number) == expected
    assert SPEC_PHONE.fullmatch(expected)


@pytest.mark.parametrize(
    ("number", "says"),
    [
        ("(201) 555-0123", "'+' and the country code"),  # national or international? Not guessed.
        ("1 201 555 0123", "'+' and the country code"),
        ("001 201 555 0123", "'+' and the country code"),
        ("0012015550123", "starts with 0"),
        ("+0044 20 7946 0958", "starts with 0"),
        ("+1 201 555 0123 ext 12", "after the '+'"),
        ("tel:+12015550123", "'+' and the country code"),
        ("++12015550123", "after the '+'"),
        ("+", "2 to 15 digits"),
        ("1", "2 to 15 digits"),
        ("+1234567890123456", "2 to 15 digits"),
        ("", "'+' and the country code"),
        (12015550123, "must be a string"),
    ],
)
def test_pstn_number_refuses_what_it_cannot_normalise(number: Any, says: str) -> None:
    with pytest.raises(PhoneNumberError) as info:
        pstn_number(number)
    assert isinstance(info.value, ValueError)
    assert info.value.field == "phone_number"
    assert info.value.value == number
    assert says in str(info.value)


def test_pstn_endpoint_builds_the_specs_zoom_example() -> None:
    endpoint = pstn_endpoint("+1 646 558 8656", zoom_dtmf("812 3456 7890", passcode="123456"))
    assert endpoint.to_dict() == ZOOM_EXAMPLE["endpoint"]
    assert spec_errors(endpoint) == []


def test_pstn_endpoint_without_dtmf_and_with_a_bad_one() -> None:
    assert pstn_endpoint("+1 408 292 4837").to_dict() == {"type": "pstn", "phoneNumber": "14082924837"}
    with pytest.raises(DtmfError, match="'x' at position 0"):
        pstn_endpoint("+1 408 292 4837", "x")
    with pytest.raises(PhoneNumberError):
        pstn_endpoint("408-292-4837", "123#")


def test_the_spec_rejects_what_the_helpers_refuse() -> None:
    # The guard rails matter: a grouped number, an access code and a letter in the DTMF all fail the spec.
    assert spec_errors(PstnEndpoint(type_="pstn", phone_number="+1 201 555 0123"))
    assert spec_errors(PstnEndpoint(type_="pstn", phone_number="0012015550123"))
    assert spec_errors(PstnEndpoint(type_="pstn", phone_number="12015550123", dtmf="123a#"))


def test_the_spec_accepts_both_forms_symbl_documents() -> None:
    # The reference's digits-only form (what pstn_number writes) and the SDK docs' `+` form.
    assert spec_errors(PstnEndpoint(type_="pstn", phone_number=pstn_number("+1 201 555 0123"))) == []
    assert spec_errors(PstnEndpoint(type_="pstn", phone_number="+12015550123")) == []
