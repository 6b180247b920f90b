"""Turning an httpx response into the generated `Response[T]` (hand-written, copied in by voicespec).

`sync`/`asyncio` call `build_success` with the endpoint's `_parse_success`, which parses only the
documented 2xx responses, so their return type is exactly the success type(s): any error status,
undocumented status or unreadable body raises. `*_detailed` call `build_response` (through the endpoint's
`_build_response`), the one place the two error modes meet:

- `raise_on_error=True` (always for `sync`/`asyncio`; for `sync_detailed`/`asyncio_detailed` when the
  client was built with `raise_on_error=True`): a 4xx/5xx raises its typed error before any parsing, and a
  status the spec does not document raises too.
- `raise_on_error=False`: error statuses parse into the documented error models, as the generator intends.

In both modes a body that cannot be parsed raises a typed error from `exceptions.py`, never a bare
`JSONDecodeError` or `KeyError`: the status error for a 4xx/5xx, `ResponseParseError` otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import TypeVar

import httpx

from .errors import UnexpectedStatus
from .exceptions import error_for_response, parse_error
from .types import Response

T = TypeVar("T")

# What `response.json()` (JSONDecodeError, UnicodeDecodeError) and the generated `from_dict` methods
# (missing key, wrong type, a list where an object belongs) raise on a body of the wrong shape; json
# raises RecursionError on absurdly deep nesting.
PARSE_FAILURES: tuple[type[Exception], ...] = (
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    RecursionError,
)


def build_response(response: httpx.Response, parse: Callable[[bool], T | None], *, raise_on_error: bool) -> Response[T]:
    """Parse `response` with `parse(strict)` into a `Response[T]`, or raise a typed error.

    `parse` is the endpoint's `_parse_response`; with `strict` it raises `errors.UnexpectedStatus` for an
    undocumented status instead of returning None, and that is translated here like every other failure.
    """
    if raise_on_error and response.is_error:
        raise error_for_response(response)
    try:
        status = HTTPStatus(response.status_code)
    except ValueError as exc:  # a status outside the standard list (599, 299...) cannot be documented
        raise error_for_response(response) from exc
    parsed = _parse_or_raise(response, lambda: parse(raise_on_error))
    return Response(status_code=status, content=response.content, headers=response.headers, parsed=parsed)


def build_success(response: httpx.Response, parse_success: Callable[[httpx.Response], T]) -> T:
    """The documented success value of `response`, parsed by `parse_success`, or a typed error.

    `parse_success` raises `errors.UnexpectedStatus` for any status that is not a documented 2xx.
    """
    if response.is_error:
        raise error_for_response(response)
    try:  # not through _parse_or_raise: this runs on every call, and the lambda would cost
        return parse_success(response)
    except UnexpectedStatus as exc:
        raise error_for_response(response) from exc
    except PARSE_FAILURES as exc:
        raise parse_error(response, f"body is not the documented JSON ({type(exc).__name__}: {exc})") from exc


def _parse_or_raise(response: httpx.Response, parse: Callable[[], T]) -> T:
    try:
        return parse()
    except UnexpectedStatus as exc:
        raise error_for_response(response) from exc
    except PARSE_FAILURES as exc:
        if response.is_error:
            raise error_for_response(response) from exc
        raise parse_error(response, f"body is not the documented JSON ({type(exc).__name__}: {exc})") from exc


__all__ = ["PARSE_FAILURES", "build_response", "build_success"]
