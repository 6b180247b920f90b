"""Phone numbers for `PstnEndpoint.phoneNumber` (hand-written runtime).

The API reference asks for the E.164 number as digits only, country code first, with no `+`, no
international access code (`00`, `011`) and no separators: `+1 (201) 555-0123` is sent as `12015550123`.
Symbl's SDK documentation passes the same number with its `+` (`+12015550123`) and the SDKs send it as
given, so the spec accepts both (`PHONE_NUMBER_PATTERN`: an optional `+`, then 2 to 15 digits, the first
not 0). `pstn_number` always writes the reference's digits-only form, and refuses what it cannot convert
safely:

- `+` then digits, optionally grouped with spaces, `-`, `.`, `/` or parentheses: the `+` and the
  separators are dropped;
- digits alone are taken as already in Symbl's form;
- anything else is refused with `PhoneNumberError` (a `ValueError`). In particular a grouped number without
  `+` (`(201) 555-0123`) is ambiguous — national or international? — and a number starting with `0` carries
  an access code or a trunk prefix; guessing either would dial the wrong number.

`pstn_endpoint` builds a `PstnEndpoint` from a number in any of those forms and an optional DTMF sequence
(checked with `dtmf.validate_dtmf`).
"""

from __future__ import annotations

import re

from .dtmf import validate_dtmf
from .errors import SymblTelephonyError
from .models import PstnEndpoint
from .types import UNSET

__all__ = ["PHONE_NUMBER_PATTERN", "PhoneNumberError", "pstn_endpoint", "pstn_number"]

# Must stay equal to the `pattern` of PstnEndpoint.phoneNumber in specs/symbl-telephony/openapi.yaml (tested).
PHONE_NUMBER_PATTERN = re.compile(r"^\+?[1-9][0-9]{1,14}$")
_SEPARATORS = re.compile(r"[ \-./()]")
_DIGITS = re.compile(r"[0-9]+")
_MAX_DIGITS = 15


class PhoneNumberError(SymblTelephonyError, ValueError):
    """A phone number Symbl cannot dial as given; `value` is what was passed, `problem` says why."""

    field = "phone_number"

    def __init__(self, value: object, problem: str) -> None:
        super().__init__(f"{self.field} {value!r}: {problem}")
        self.value = value
        self.problem = problem


def pstn_number(number: str) -> str:
    """`+1 201 555 0123` → `12015550123`: the reference's digits-only form of Symbl's `phoneNumber`."""
    if not isinstance(number, str):
        raise PhoneNumberError(number, f"must be a string, not {type(number).__name__}")
    text = number.strip()
    if text.startswith("+"):
        digits = _SEPARATORS.sub("", text[1:])
        if digits and not _DIGITS.fullmatch(digits):  # none at all is reported as a length below
            raise PhoneNumberError(
                number, "after the '+' only digits, spaces, '-', '.', '/' and '()' may follow"
            )
    elif _DIGITS.fullmatch(text):
        digits = text
    else:
        raise PhoneNumberError(
            number, "write it as '+' and the country code (e.g. '+1 201 555 0123') or as digits only"
        )
    if digits.startswith("0"):
        raise PhoneNumberError(
            number, "starts with 0: leave out access codes such as 00 or 011 and start with the country code"
        )
    if not 2 <= len(digits) <= _MAX_DIGITS:
        raise PhoneNumberError(
            number, f"an E.164 number has 2 to {_MAX_DIGITS} digits, this has {len(digits)}"
        )
    return digits


def pstn_endpoint(phone_number: str, dtmf: str | None = None) -> PstnEndpoint:
    """A `PstnEndpoint` dialling `phone_number` (normalised by `pstn_number`), then sending `dtmf` if any."""
    return PstnEndpoint(
        type_="pstn",
        phone_number=pstn_number(phone_number),
        dtmf=UNSET if dtmf is None else validate_dtmf(dtmf),
    )
