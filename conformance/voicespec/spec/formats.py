"""The custom string formats of the specs (see specs/CONVENTIONS.md), each defined once: its pattern, the
check jsonschema runs for it, and the hypothesis strategy that draws its values.

Everything that knows a custom format gets it from `CUSTOM_FORMATS`: spec validation (`format_checker`),
the property checks (`format_strategy`, narrowed to a schema's own pattern) and the fuzzer
(`register_formats`, so schemathesis sends phone numbers shaped like phone numbers and gets past the
server's validation to the interesting code).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import jsonschema
from hypothesis import strategies as st

from voicespec.errors import Problem, SpecError
from voicespec.spec.ecma_regex import ecma_search, pattern_error

_DTMF_KEYS = "0123456789#*,wW"
_MAX_DTMF = 32  # a meeting ID, participant ID and passcode with pauses fit well inside


def full_regex(pattern: str) -> st.SearchStrategy[str]:
    """Strings matching an anchored JSON Schema pattern. `fullmatch` instead of `^...$`: Python's `$`
    also matches before a final newline, which JSON Schema's does not."""
    if pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith(r"\$"):
        return st.from_regex(pattern[1:-1], fullmatch=True)
    return st.from_regex(pattern)


def _e164_digits() -> st.SearchStrategy[str]:
    """E.164 without the `+` (Symbl, EnableX): a non-zero first digit, 2 to 15 digits in all."""
    first = st.sampled_from("123456789")
    rest = st.text(alphabet="0123456789", min_size=1, max_size=14)
    return st.builds(str.__add__, first, rest)


def _e164() -> st.SearchStrategy[str]:
    return _e164_digits().map("+".__add__)


def _dtmf() -> st.SearchStrategy[str]:
    return st.text(alphabet=_DTMF_KEYS, min_size=1, max_size=_MAX_DTMF)


@cache
def _zones() -> tuple[str, ...]:
    # Only zones the checker knows (zoneinfo) and the pattern accepts: names like `EST5EDT` or `Etc/GMT+1`
    # are in the tz database but outside the conventions' pattern.
    return tuple(
        sorted(zone for zone in zoneinfo.available_timezones() if ecma_search(IANA_TIMEZONE_PATTERN, zone))
    )


def _iana_timezone() -> st.SearchStrategy[str]:
    return st.sampled_from(_zones())


def _in_tz_database(value: str) -> bool:
    return value in _zones() or value in zoneinfo.available_timezones()


@dataclass(frozen=True)
class CustomFormat:
    """One custom format: the pattern the conventions pair with it, an extra check beyond the pattern
    (the tz database for `iana-timezone`), and a strategy for its values."""

    name: str
    pattern: str
    values: Callable[[], st.SearchStrategy[str]]
    extra_check: Callable[[str], bool] | None = None

    def check(self, value: object) -> bool:
        """jsonschema's format check: non-strings pass (the `type` keyword judges those)."""
        if not isinstance(value, str):
            return True
        if self.extra_check is not None:
            return self.extra_check(value)
        # The pattern is anchored, and ECMA 262's `$` does not match before a final newline.
        return ecma_search(self.pattern, value)


E164_PATTERN = r"^\+[1-9][0-9]{1,14}$"
E164_DIGITS_PATTERN = r"^[1-9][0-9]{1,14}$"
DTMF_PATTERN = r"^[0-9#*,wW]+$"
IANA_TIMEZONE_PATTERN = r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"

CUSTOM_FORMATS: dict[str, CustomFormat] = {
    custom.name: custom
    for custom in (
        CustomFormat("e164", E164_PATTERN, _e164),
        CustomFormat("e164-digits", E164_DIGITS_PATTERN, _e164_digits),
        CustomFormat("dtmf", DTMF_PATTERN, _dtmf),
        # The checker accepts any zone the tz database knows; the strategy draws only pattern-valid ones.
        CustomFormat("iana-timezone", IANA_TIMEZONE_PATTERN, _iana_timezone, _in_tz_database),
    )
}
# Formats hypothesis-jsonschema does not generate itself (it would produce arbitrary text for them).
GENERATED_FORMATS = (*CUSTOM_FORMATS, "uuid")


def format_checker() -> jsonschema.FormatChecker:
    """The standard formats plus the custom ones; `regex` means an ECMA 262 regular expression."""
    checker = jsonschema.FormatChecker()
    checker.checks("regex")(lambda value: not isinstance(value, str) or pattern_error(value) is None)
    for custom in CUSTOM_FORMATS.values():
        checker.checks(custom.name)(custom.check)
    return checker


def format_strategy(name: str, pattern: str | None = None) -> st.SearchStrategy[str]:
    """Values of a custom format (or `uuid`), narrowed to a schema's own `pattern` when it has one. A
    narrowed pattern (`^[0-9#*]$` for one DTMF key) drives the generation and the format filters it,
    rather than the other way round, which would throw away almost every value."""
    if name == "uuid":
        uuids = st.uuids().map(str)
        return uuids if pattern is None else uuids.filter(lambda value: ecma_search(pattern, value))
    custom = CUSTOM_FORMATS.get(name)
    if custom is None:
        raise SpecError(f"no strategy for string format {name!r}", [Problem("", name, "unknown format")])
    if pattern is None:
        return custom.values()
    if name == "iana-timezone":
        return st.sampled_from([zone for zone in _zones() if ecma_search(pattern, zone)])
    # Drawn with Python's `re` (all hypothesis has), kept only where ECMA 262 agrees.
    return full_regex(pattern).filter(lambda value: ecma_search(pattern, value)).filter(custom.check)


@cache
def register_formats() -> None:
    """Register every custom format with schemathesis (process-wide; repeated calls do nothing)."""
    import schemathesis  # noqa: PLC0415 - only the fuzzer needs it, and it is slow to import

    for custom in CUSTOM_FORMATS.values():
        schemathesis.openapi.format(custom.name, custom.values())
