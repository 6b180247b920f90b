"""DTMF dial-in sequences for `PstnEndpoint.dtmf` (hand-written runtime).

After Symbl's call is answered it plays the `dtmf` string: keypad digits, `#` and `*`, and `,` for a
500 ms pause. Symbl's spec allows exactly `^[0-9#*,]+$` (`DTMF_PATTERN`).

Two layouts come from Symbl's documents:

- `zoom_dtmf` — the "connect to Zoom" tutorial, step for step::

      {meeting_id}#                         the meeting ID, confirmed with #
      ,,{participant_id}#   or   ,,#        the participant ID, or # alone to skip that prompt
      ,,{passcode}#                         only when the meeting has a passcode

  e.g. `zoom_dtmf("812 3456 7890", passcode="123456") == "81234567890#,,#,,123456#"`.
- `meeting_dtmf` — the Telephony API reference: `,,{meeting_id}#,,{passcode}#` (pauses first, then the
  meeting ID, then the passcode if any).

`pause` is the number of `,` put between groups (2, i.e. 1 s, as in both documents: it gives the conference
time to process the keys after a `#`). Input rules, decided here:

- meeting and participant IDs are digits; the spaces and dashes Zoom shows them with (`812 3456 7890`,
  `812-3456-7890`) are removed;
- a passcode must be digits only, with nothing removed: Zoom only takes a numeric passcode by phone, and a
  passcode with other characters cannot be keyed in at all;
- an empty participant ID or passcode means "none", as in the tutorial; IDs and passcodes are strings,
  because an int would silently lose a passcode's leading zeros.

Invalid input raises `DtmfError` (a `ValueError` and a `SymblTelephonyError`) naming the field and the value.
"""

from __future__ import annotations

import re

from .errors import SymblTelephonyError

__all__ = [
    "DEFAULT_PAUSE",
    "DTMF_PATTERN",
    "PAUSE",
    "DtmfError",
    "meeting_dtmf",
    "validate_dtmf",
    "zoom_dtmf",
]

# Must stay equal to the `pattern` of PstnEndpoint.dtmf in specs/symbl-telephony/openapi.yaml (tested).
DTMF_PATTERN = re.compile(r"^[0-9#*,]+$")
PAUSE = ","  # one comma is a 500 ms pause
DEFAULT_PAUSE = 2
_ID_SEPARATORS = re.compile(r"[ \-]")
_DIGITS = re.compile(r"[0-9]+")  # used with fullmatch: `$` would let a trailing newline through
_INVALID_KEY = re.compile(r"[^0-9#*,]")


class DtmfError(SymblTelephonyError, ValueError):
    """A value that cannot go into a DTMF sequence; `field` names the argument, `value` is what was given."""

    def __init__(self, field: str, value: object, problem: str) -> None:
        super().__init__(f"{field} {value!r}: {problem}")
        self.field = field
        self.value = value
        self.problem = problem


def validate_dtmf(sequence: str, *, field: str = "dtmf") -> str:
    """Return `sequence` unchanged if the spec's DTMF pattern allows it; raise `DtmfError` otherwise."""
    if not isinstance(sequence, str):
        raise DtmfError(field, sequence, f"must be a string, not {type(sequence).__name__}")
    if not sequence:
        raise DtmfError(field, sequence, "must not be empty")
    bad = _INVALID_KEY.search(sequence)
    if bad is not None:
        raise DtmfError(
            field,
            sequence,
            f"{bad.group()!r} at position {bad.start()} is not a keypad key (0-9, #, *) or a ',' pause",
        )
    return sequence


def zoom_dtmf(
    meeting_id: str,
    *,
    participant_id: str | None = None,
    passcode: str | None = None,
    pause: int = DEFAULT_PAUSE,
    lead_pause: int = 0,
) -> str:
    """The sequence that joins a Zoom meeting by phone, built as the Symbl tutorial builds it.

    `lead_pause` commas go first (the tutorial has none; 2 waits a second for Zoom's greeting, as the API
    reference's layout does).
    """
    gap = _pauses("pause", pause)
    sequence = _pauses("lead_pause", lead_pause) + _id("meeting_id", meeting_id) + "#"
    participant = _optional_id("participant_id", participant_id)
    # Zoom always asks for a participant ID; a bare # answers "I have none".
    sequence += f"{gap}{participant}#" if participant else f"{gap}#"
    code = _passcode(passcode)
    if code:
        sequence += f"{gap}{code}#"
    return validate_dtmf(sequence)


def meeting_dtmf(
    meeting_id: str,
    *,
    passcode: str | None = None,
    pause: int = DEFAULT_PAUSE,
    lead_pause: int = DEFAULT_PAUSE,
) -> str:
    """The Telephony API reference's layout: `,,{meeting_id}#,,{passcode}#`, the passcode part if given."""
    gap = _pauses("pause", pause)
    sequence = _pauses("lead_pause", lead_pause) + _id("meeting_id", meeting_id) + "#"
    code = _passcode(passcode)
    if code:
        sequence += f"{gap}{code}#"
    return validate_dtmf(sequence)


def _pauses(field: str, count: int) -> str:
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise DtmfError(field, count, "must be a whole number of ',' pauses (500 ms each), 0 or more")
    return PAUSE * count


def _id(field: str, value: str) -> str:
    if not isinstance(value, str):
        raise DtmfError(field, value, f"must be a string of digits, not {type(value).__name__}")
    digits = _ID_SEPARATORS.sub("", value)
    if not _DIGITS.fullmatch(digits):
        raise DtmfError(field, value, "must be digits (spaces and dashes between them are allowed)")
    return digits


def _optional_id(field: str, value: str | None) -> str:
    return "" if value is None or value == "" else _id(field, value)


def _passcode(value: str | None) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise DtmfError("passcode", value, f"must be a string of digits, not {type(value).__name__}")
    if not _DIGITS.fullmatch(value):
        raise DtmfError("passcode", value, "must be digits only: a passcode is keyed in on the phone keypad")
    return value
