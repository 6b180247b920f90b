"""Hypothesis strategies for the custom string formats of the specs (see specs/CONVENTIONS.md).

Without them schemathesis would draw arbitrary text for `format: e164` and rely on the `pattern` next to
it; with them the fuzzer sends values shaped like real phone numbers, keypad sequences and time zones, so
positive cases get past the server's validation and reach the interesting code. Every value drawn here
satisfies both the format check of `voicespec.specdoc.format_checker()` and the CONVENTIONS pattern.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from functools import cache

import schemathesis
from hypothesis import strategies as st

# The patterns the conventions pair with each format.
E164_DIGITS_PATTERN = re.compile(r"^[1-9][0-9]{1,14}$")
E164_PATTERN = re.compile(r"^\+[1-9][0-9]{1,14}$")
DTMF_PATTERN = re.compile(r"^[0-9#*,wW]+$")
IANA_TIMEZONE_PATTERN = re.compile(r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$")

_DTMF_KEYS = "0123456789#*,wW"
_MAX_DTMF = 32  # a meeting ID, participant ID and passcode with pauses fit well inside


def e164_digits() -> st.SearchStrategy[str]:
    """E.164 without the `+` (Symbl, EnableX): a non-zero first digit, 2 to 15 digits in all."""
    first = st.sampled_from("123456789")
    rest = st.text(alphabet="0123456789", min_size=1, max_size=14)
    return st.builds(str.__add__, first, rest)


def e164() -> st.SearchStrategy[str]:
    """E.164 with its leading `+` (Sinch)."""
    return e164_digits().map("+".__add__)


def dtmf() -> st.SearchStrategy[str]:
    """Keypad digits, `#`, `*` and the `,`/`w` pauses; a spec's own pattern narrows it further."""
    return st.text(alphabet=_DTMF_KEYS, min_size=1, max_size=_MAX_DTMF)


@cache
def _zones() -> tuple[str, ...]:
    # Names like `EST5EDT` are in the tz database but outside the conventions' pattern: leave them out
    # so a drawn zone is valid under both the format and the pattern.
    return tuple(sorted(zone for zone in zoneinfo.available_timezones() if IANA_TIMEZONE_PATTERN.match(zone)))


def iana_timezone() -> st.SearchStrategy[str]:
    """A zone name from this machine's tz database (`zoneinfo`), as the spec checker knows it."""
    return st.sampled_from(_zones())


STRATEGIES: dict[str, Callable[[], st.SearchStrategy[str]]] = {
    "e164": e164,
    "e164-digits": e164_digits,
    "dtmf": dtmf,
    "iana-timezone": iana_timezone,
}


@cache
def register_formats() -> None:
    """Register every custom format with schemathesis (process-wide; repeated calls do nothing)."""
    for name, strategy in STRATEGIES.items():
        schemathesis.openapi.format(name, strategy())
