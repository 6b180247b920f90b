"""Bounded JSON decoding for bodies a third party sends us (callbacks, webhooks, error and token bodies).

`json.loads` on untrusted text can raise `RecursionError` (deep nesting), `ValueError` for an integer of
more than 4,300 digits, and turns `1e400` into `inf`. `loads` keeps `json.loads`' interface and its one
error type: every problem is a `json.JSONDecodeError` (a `ValueError`) with a message and a position, so a
caller that already handles `JSONDecodeError` handles these too. Decoding stays linear in the body: the
C scanner does the work and the depth check is one iterative walk.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 64  # arrays/objects inside each other; real payloads nest fewer than 10
MAX_NUMBER_CHARS = 40  # a number literal longer than this is not a timestamp, count or amount


def _number_error(text: str, literal: str, reason: str) -> json.JSONDecodeError:
    return json.JSONDecodeError(f"{reason}: {literal[:20]}...", text, max(text.find(literal), 0))


def loads(text: str, *, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None) -> Any:
    """`json.loads(text)` with bounded depth and number size; raises only `json.JSONDecodeError`."""

    def parse_int(literal: str) -> int:
        if len(literal) > MAX_NUMBER_CHARS:
            raise _number_error(text, literal, f"number longer than {MAX_NUMBER_CHARS} characters")
        return int(literal)

    def parse_float(literal: str) -> float:
        value = float(literal) if len(literal) <= MAX_NUMBER_CHARS else math.inf
        if not math.isfinite(value):
            raise _number_error(text, literal, "number too large or too long")
        return value

    def parse_constant(literal: str) -> float:
        raise _number_error(text, literal, f"{literal} is not JSON")

    try:
        value = json.loads(
            text,
            parse_int=parse_int,
            parse_float=parse_float,
            parse_constant=parse_constant,
            object_pairs_hook=object_pairs_hook,
        )
    except RecursionError as exc:  # the C scanner's own depth guard, far beyond MAX_DEPTH
        raise json.JSONDecodeError(f"nested deeper than {MAX_DEPTH} levels", text, 0) from exc
    _check_depth(value, text)
    return value


def _check_depth(value: Any, text: str) -> None:
    level: list[Any] = [value]
    for _ in range(MAX_DEPTH + 1):
        children: list[Any] = []
        for item in level:
            if isinstance(item, dict):
                children.extend(item.values())
            elif isinstance(item, list):
                children.extend(item)
        if not children:
            return
        level = children
    raise json.JSONDecodeError(f"nested deeper than {MAX_DEPTH} levels", text, 0)


__all__ = ["MAX_DEPTH", "MAX_NUMBER_CHARS", "loads"]
