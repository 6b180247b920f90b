"""Spec changes classified from the caller's side: operations, parameters, bodies, responses, webhooks.

Operations are matched across the two versions by `spec_operations`. Webhooks are the other way round from
operations: the provider sends the payload, which the user's handler must parse (judged like a response),
and the handler's reply is what it sends (judged like a request body). The parts of an operation are judged
in `parameter_changes`, `body_changes` and `security_changes`; this module walks the operations and judges
what names them and the document-wide servers.
"""

from __future__ import annotations

from typing import Any

from voicespec.diff.body_changes import request_body, responses
from voicespec.diff.model import Change
from voicespec.diff.parameter_changes import parameters
from voicespec.diff.recorder import Recorder, merged
from voicespec.diff.schema_changes import SchemaWalk
from voicespec.diff.security_changes import security, security_schemes
from voicespec.diff.spec_operations import Node, Operation, operations
from voicespec.spec.document import SpecDocument


def spec_changes(old: SpecDocument, new: SpecDocument) -> list[Change]:
    """Every change from `old` to `new`, one entry per distinct change."""
    walk = SchemaWalk(old, new, Recorder())
    _servers(old.data, new.data, walk.out)
    security_schemes(old.data, new.data, walk.out)
    for section in ("paths", "webhooks"):
        before, after = operations(old.data, section), operations(new.data, section)
        for key in sorted(before.keys() | after.keys()):
            _operation(walk, before.get(key), after.get(key), webhook=section == "webhooks")
    return merged(walk.out.changes)


def _operation(walk: SchemaWalk, old: Operation | None, new: Operation | None, webhook: bool) -> None:
    out = walk.out
    walk.seen.clear()  # a shared schema is walked again for each operation, which `merged` then joins
    if new is None:
        assert old is not None
        out.operation = old.label
        if webhook:
            message = "webhook removed: your handler no longer receives it"
            out.add("compatible", "webhook-removed", old.node.at, None, message)
        else:
            out.add("breaking", "operation-removed", old.node.at, None, "operation removed: calls to it fail")
        return
    out.operation = new.label
    if old is None:
        if webhook:
            message = "new webhook: handlers that reject events they do not know will answer it with an error"
            out.add("unknown", "webhook-added", None, new.node.at, message)
        else:
            out.add("compatible", "operation-added", None, new.node.at, "new operation")
        return
    if not old.node.get("deprecated") and new.node.get("deprecated"):
        message = "operation deprecated: plan to stop using it"
        out.add("compatible", "operation-deprecated", old.node.at, new.node.at, message)
    if not webhook:
        _identity(out, old.node, new.node)
        security(walk, old.node, new.node)
        parameters(walk, old, new)
    request_body(walk, old.node, new.node, "parse" if webhook else "send")
    responses(walk, old.node, new.node, "send" if webhook else "parse")


def _identity(out: Recorder, old: Node, new: Node) -> None:
    """What the generated code is named after: operationId names the module, the first tag its package."""
    old_id, new_id = old.get("operationId"), new.get("operationId")
    if old_id != new_id:
        message = f"operationId {old_id!r} became {new_id!r}: the generated module is renamed; imports change"
        out.add("breaking", "operation-renamed", old.at, new.at, message)
    old_tag, new_tag = (old.get("tags") or [None])[0], (new.get("tags") or [None])[0]
    if old_tag != new_tag:
        message = f"first tag {old_tag!r} became {new_tag!r}: the generated module moves to another package"
        out.add("breaking", "operation-moved", old.at + "/tags", new.at + "/tags", message)


def _servers(old: dict[str, Any], new: dict[str, Any], out: Recorder) -> None:
    before = [server.get("url") for server in old.get("servers") or []]
    after = [server.get("url") for server in new.get("servers") or []]
    if before != after:
        message = (
            f"servers {before} became {after}: the generated clients take the base URL from the caller, "
            "so only callers using the old URLs are affected"
        )
        out.add("unknown", "servers-changed", "/servers", "/servers", message)
