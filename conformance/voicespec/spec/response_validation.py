"""Validating an HTTP response against the operation it answers: a documented status, a documented
content type, and a JSON body that conforms to its schema.

Used by the cassettes check (a recorded answer) and by the fuzz run's differential check (every answer
the replay server gives). Binary and text bodies have no schema voicespec holds them to.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema

from voicespec.spec.document import SpecDocument, describe_error, pointer
from voicespec.spec.request_validation import MatchedOperation
from voicespec.spec.responses import response_entry


def _body_error(
    doc: SpecDocument, schema_pointer: str, value: Any, excused: Callable[[Any], bool]
) -> str | None:
    validator = doc.validator(schema_pointer)
    errors = [error for error in validator.iter_errors(value) if not excused(error.instance)]
    best = jsonschema.exceptions.best_match(errors)
    return None if best is None else f"{describe_error(best)} (schema {schema_pointer})"


def response_problem(
    doc: SpecDocument,
    matched: MatchedOperation,
    status: int,
    content_type: str | None,
    content: bytes,
    *,
    excused: Callable[[Any], bool] = lambda _instance: False,
) -> str | None:
    """What about this answer to `matched` the spec does not allow, or None. A schema error whose
    instance is `excused` (a value redacted at recording time) is not held against the body."""
    operation_id = matched.operation.get("operationId", matched.pointer)
    entry = response_entry(doc, matched.operation, matched.pointer, status)
    if entry is None:
        return f"response: status {status} is not documented for {operation_id}"
    declared, base, documented = entry
    documented_content = documented.get("content") or {}
    if not documented_content:
        return f"response: {declared} documents no body, but one was sent" if content else None
    media = (content_type or "").split(";", maxsplit=1)[0].strip()
    if media not in documented_content:
        documented_types = ", ".join(documented_content)
        return (
            f"response: content type {media or '(none)'!r} not documented for {declared} ({documented_types})"
        )
    if "json" not in media:
        return None  # binary and text bodies have no schema to hold them to
    if not content:
        return f"response: {declared} documents a {media} body, but none was sent"
    try:
        value = json.loads(content)
    except ValueError as exc:
        return f"response: body is not JSON: {exc}"
    error = _body_error(doc, base + pointer("content", media, "schema"), value, excused)
    return None if error is None else f"response body {error}"
