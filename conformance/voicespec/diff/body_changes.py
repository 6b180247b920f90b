"""Body changes of one operation: the request body, and the responses by status with their bodies and headers.

`d` is the way the body travels: a request body is sent and a response parsed, except for a webhook, whose
payload the user's handler parses and whose responses the handler sends.
"""

from __future__ import annotations

from voicespec.diff.model import Severity
from voicespec.diff.recorder import Direction, by_direction
from voicespec.diff.schema_changes import SchemaWalk
from voicespec.diff.spec_operations import Node, referenced
from voicespec.spec.document import pointer


def request_body(walk: SchemaWalk, old_op: Node, new_op: Node, d: Direction) -> None:
    out = walk.out
    old_raw, new_raw = old_op.get("requestBody"), new_op.get("requestBody")
    noun = "payload" if d == "parse" else "request body"
    if old_raw is None and new_raw is None:
        return
    if new_raw is None:
        severity: Severity = "breaking" if d == "send" else "compatible"
        out.add(severity, "request-body-removed", old_op.at + "/requestBody", None, f"{noun} removed")
        return
    new = referenced(walk.new, new_raw, new_op.at + "/requestBody")
    if old_raw is None:
        required = bool(new.get("required"))
        severity = "breaking" if d == "send" and required else "compatible"
        kind = "required-request-body-added" if required else "request-body-added"
        out.add(severity, kind, None, new.at, f"new {'required ' if required else ''}{noun}")
        return
    old = referenced(walk.old, old_raw, old_op.at + "/requestBody")
    if new.get("required") and not old.get("required"):
        severity = by_direction(d, narrowed=True)
        out.add(severity, "request-body-became-required", old.at, new.at, f"{noun} became required")
    elif old.get("required") and not new.get("required"):
        severity = by_direction(d, narrowed=False)
        out.add(severity, "request-body-became-optional", old.at, new.at, f"{noun} became optional")
    _content(walk, old, new, d, "request")


def _content(walk: SchemaWalk, old: Node, new: Node, d: Direction, noun: str) -> None:
    """The media types of a body, and the schema of each one both sides have."""
    before, after = old.get("content") or {}, new.get("content") or {}
    for media in before:
        if media not in after:
            why = "requests in it are rejected" if d == "send" else "code expecting it gets another type"
            message = f"{noun} media type {media!r} removed: {why}"
            walk.out.add(
                "breaking", f"{noun}-media-type-removed", old.at + pointer("content", media), new.at, message
            )
    for media in after:
        at = new.at + pointer("content", media)
        if media in before:
            old_schema, new_schema = before[media].get("schema"), after[media].get("schema")
            if old_schema is not None and new_schema is not None:
                old_at = old.at + pointer("content", media, "schema")
                walk.compare(old_schema, old_at, new_schema, at + "/schema", d)
        elif d == "send":
            message = f"{noun} media type {media!r} added"
            walk.out.add("compatible", f"{noun}-media-type-added", old.at, at, message)
        else:
            message = (
                f"{noun} media type {media!r} added: a client reading only the old types cannot parse it"
            )
            walk.out.add("unknown", f"{noun}-media-type-added", old.at, at, message)


def responses(walk: SchemaWalk, old_op: Node, new_op: Node, d: Direction) -> None:
    """Responses by status. For a webhook (`d == "send"`) they are what the user's handler answers."""
    out = walk.out
    before = {str(key): value for key, value in (old_op.get("responses") or {}).items()}
    after = {str(key): value for key, value in (new_op.get("responses") or {}).items()}
    for status in before.keys() - after.keys():
        at = old_op.at + pointer("responses", status)
        if status.startswith("2"):
            why = (
                "the provider no longer accepts it from your handler"
                if d == "send"
                else "calls that relied on it now get something else"
            )
            out.add("breaking", "success-status-removed", at, None, f"success status {status} removed: {why}")
        else:
            out.add(
                "compatible", "error-status-removed", at, None, f"status {status} is no longer documented"
            )
    for status in after.keys() - before.keys():
        at = new_op.at + pointer("responses", status)
        if status.startswith("2") and d == "parse":
            message = (
                f"new success status {status}: a client generated from the old spec treats it as "
                "undocumented; the regenerated one returns another parsed type"
            )
            out.add("unknown", "success-status-added", None, at, message)
        else:
            out.add("compatible", "status-added", None, at, f"new documented status {status}")
    for status in sorted(before.keys() & after.keys()):
        old = referenced(walk.old, before[status], old_op.at + pointer("responses", status))
        new = referenced(walk.new, after[status], new_op.at + pointer("responses", status))
        _response(walk, old, new, d)


def _response(walk: SchemaWalk, old: Node, new: Node, d: Direction) -> None:
    had, has = bool(old.get("content")), bool(new.get("content"))
    if had and not has:
        walk.out.add("breaking", "response-body-removed", old.at, new.at, "the response no longer has a body")
        return
    if has and not had:
        walk.out.add("compatible", "response-body-added", old.at, new.at, "the response now has a body")
        return
    _content(walk, old, new, d, "response")
    old_headers, new_headers = old.get("headers") or {}, new.get("headers") or {}
    for name in old_headers.keys() - new_headers.keys():
        message = f"response header {name!r} removed: code that reads it breaks"
        walk.out.add(
            "breaking", "response-header-removed", old.at + pointer("headers", name), new.at, message
        )
    for name in new_headers.keys() - old_headers.keys():
        message = f"new response header {name!r}"
        walk.out.add(
            "compatible", "response-header-added", old.at, new.at + pointer("headers", name), message
        )
