"""Tolerant enum base classes for the generated models (hand-written, copied in by `voicespec generate`).

Providers add enum values without notice (a new call state, a new number type). A generated enum derives
from `TolerantStrEnum` or `TolerantIntEnum`, so a value the spec does not list parses as a pseudo-member
that keeps the value as sent, instead of failing the whole response or callback:

    >>> NumberType("Satellite").is_known, NumberType("Satellite").value
    (False, 'Satellite')

`is_known` asks whether the member is one the class declares, so a real member whose value happens to be
`Unknown` (Sinch's number type) is known. A pseudo-member's name is `<unknown 'value'>`, which is not a
Python identifier and so never equals a declared member's name.
"""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum
from typing import TypeVar, cast

_E = TypeVar("_E", bound=Enum)


def _pseudo_member(member: _E, value: object) -> _E:
    member._name_ = f"<unknown {value!r}>"
    member._value_ = value
    return member


class _Tolerant:
    """What both tolerant enums add besides `_missing_`: the value as `str()`, and `is_known`."""

    def __str__(self) -> str:
        return str(cast(Enum, self).value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (kept as it was sent)."""
        member = cast(Enum, self)  # only ever mixed into the Enum classes below
        return type(member).__members__.get(member._name_) is member


class TolerantStrEnum(_Tolerant, StrEnum):
    """A string enum that keeps undeclared string values (see the module docstring)."""

    @classmethod
    def _missing_(cls, value: object) -> TolerantStrEnum | None:
        # Only strings qualify: anything else is still a type error, reported as the generator would.
        if not isinstance(value, str):
            return None
        return _pseudo_member(str.__new__(cls, value), value)


class TolerantIntEnum(_Tolerant, IntEnum):
    """An integer enum that keeps undeclared integer values (see the module docstring)."""

    @classmethod
    def _missing_(cls, value: object) -> TolerantIntEnum | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        return _pseudo_member(int.__new__(cls, value), value)


__all__ = ["TolerantIntEnum", "TolerantStrEnum"]
