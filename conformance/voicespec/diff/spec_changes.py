"""Spec changes classified from the caller's side: operations, parameters, bodies, responses, webhooks.

Operations are matched by method and path template with the parameter names blanked out (renaming
`{callId}` is not a new path). Webhooks are the other way round: the provider sends the payload, which the
user's handler must parse (judged like a response), and the handler's reply is what it sends (judged like
a request body).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from voicespec.diff.model import Change, Severity
from voicespec.diff.recorder import Direction, Recorder, by_direction, merged
from voicespec.diff.schema_changes import SchemaWalk
from voicespec.generation.client_map import template_key
from voicespec.spec.document import SpecDocument, pointer

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Node:
    """An object of the document and the JSON pointer it sits at (its `$ref` target when referenced)."""

    at: str
    value: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default)


@dataclass(frozen=True)
class Operation:
    node: Node
    label: str  # operationId, "webhook NAME", or "METHOD path"
    path: str
    item: dict[str, Any]  # the path item, for its shared parameters


def spec_changes(old: SpecDocument, new: SpecDocument) -> list[Change]:
    """Every change from `old` to `new`, one entry per distinct change."""
    walk = SchemaWalk(old, new, Recorder())
    _servers(old.data, new.data, walk.out)
    _security_schemes(old.data, new.data, walk.out)
    for section in ("paths", "webhooks"):
        before, after = _operations(old.data, section), _operations(new.data, section)
        for key in sorted(before.keys() | after.keys()):
            _operation(walk, before.get(key), after.get(key), webhook=section == "webhooks")
    return merged(walk.out.changes)


def _operations(data: dict[str, Any], section: str) -> dict[tuple[str, str], Operation]:
    found = {}
    for path, item in (data.get(section) or {}).items():
        for method in METHODS if isinstance(item, dict) else ():
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            if section == "webhooks":
                key, label = (method, path), f"webhook {path}"
            else:
                key, label = (method, template_key(path)), operation.get("operationId") or f"{method} {path}"
            found[key] = Operation(Node(pointer(section, path, method), operation), label, path, item)
    return found


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
        _security(walk, old.node, new.node)
        _parameters(walk, old, new)
    _request_body(walk, old.node, new.node, "parse" if webhook else "send")
    _responses(walk, old.node, new.node, "send" if webhook else "parse")


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


def _requirements(operation: Node, data: dict[str, Any]) -> set[frozenset[str]]:
    """The ways to authenticate, each a set of schemes; an empty list means no credentials needed."""
    listed = operation.get("security", data.get("security") or [])
    return {frozenset(requirement) for requirement in listed} or {frozenset()}


def _security(walk: SchemaWalk, old: Node, new: Node) -> None:
    before, after = _requirements(old, walk.old.data), _requirements(new, walk.new.data)
    if before == after:
        return
    # A caller satisfying an old alternative still gets in if some new alternative asks for no more.
    stranded = [alt for alt in before if not any(new_alt <= alt for new_alt in after)]
    if stranded:
        names = ", ".join(sorted(stranded[0])) or "no credentials"
        message = f"callers authenticating with {names} are no longer accepted"
        walk.out.add("breaking", "security-tightened", old.at, new.at, message)
    else:
        message = "more ways to authenticate are accepted"
        walk.out.add("compatible", "security-relaxed", old.at, new.at, message)


def _parameter_map(doc: SpecDocument, operation: Operation) -> dict[tuple[str, str], Node]:
    """(in, name) -> parameter; path parameters keyed by their position in the template, so that a
    renamed path parameter is recognised as the same one."""
    found: dict[tuple[str, str], Node] = {}
    item_at = operation.node.at.rsplit("/", 1)[0]
    names = [part[1:-1] for part in operation.path.split("/") if part.startswith("{") and part.endswith("}")]
    for base, listed in (
        (item_at, operation.item.get("parameters")),
        (operation.node.at, operation.node.get("parameters")),
    ):
        for index, raw in enumerate(listed or []):
            at = raw["$ref"][1:] if isinstance(raw, dict) and "$ref" in raw else f"{base}/parameters/{index}"
            parameter = doc.deref(raw)
            name, where = parameter.get("name", ""), parameter.get("in", "")
            if where == "path" and name in names:
                name = f"#{names.index(name)}"
            found[(where, name)] = Node(at, parameter)
    return found


def _parameters(walk: SchemaWalk, old: Operation, new: Operation) -> None:
    out = walk.out
    before, after = _parameter_map(walk.old, old), _parameter_map(walk.new, new)
    for key, parameter in before.items():
        if key not in after:
            message = f"{key[0]} parameter {parameter.get('name')!r} removed: the generated keyword is gone"
            out.add("breaking", "parameter-removed", parameter.at, None, message)
    for key, parameter in after.items():
        name, required = parameter.get("name"), bool(parameter.get("required"))
        if key not in before:
            if required:
                message = f"new required {key[0]} parameter {name!r}: calls without it fail"
                out.add("breaking", "required-parameter-added", None, parameter.at, message)
            else:
                message = f"new optional {key[0]} parameter {name!r}"
                out.add("compatible", "parameter-added", None, parameter.at, message)
            continue
        _parameter(walk, before[key], parameter, key[0])


def _parameter(walk: SchemaWalk, old: Node, new: Node, location: str) -> None:
    out, name = walk.out, new.get("name")
    if old.get("name") != name:
        message = (
            f"path parameter {old.get('name')!r} renamed {name!r}: the same on the wire, "
            "but the generated keyword changes (see the API changes)"
        )
        out.add("compatible", "parameter-renamed", old.at, new.at, message)
    if new.get("required") and not old.get("required"):
        message = f"{location} parameter {name!r} became required: calls without it fail"
        out.add("breaking", "parameter-became-required", old.at, new.at, message)
    elif old.get("required") and not new.get("required"):
        message = f"{location} parameter {name!r} became optional"
        out.add("compatible", "parameter-became-optional", old.at, new.at, message)
    for keyword in ("style", "explode"):
        if old.get(keyword) != new.get(keyword):
            message = f"{location} parameter {name!r}: {keyword} changed, so it is written differently"
            out.add("breaking", "parameter-serialization-changed", old.at, new.at, message)
    if "schema" in old.value and "schema" in new.value:
        walk.compare(old.get("schema"), old.at + "/schema", new.get("schema"), new.at + "/schema", "send")


def _referenced(doc: SpecDocument, raw: Any, at: str) -> Node:
    return Node(raw["$ref"][1:] if "$ref" in raw else at, doc.deref(raw))


def _request_body(walk: SchemaWalk, old_op: Node, new_op: Node, d: Direction) -> None:
    out = walk.out
    old_raw, new_raw = old_op.get("requestBody"), new_op.get("requestBody")
    noun = "payload" if d == "parse" else "request body"
    if old_raw is None and new_raw is None:
        return
    if new_raw is None:
        severity: Severity = "breaking" if d == "send" else "compatible"
        out.add(severity, "request-body-removed", old_op.at + "/requestBody", None, f"{noun} removed")
        return
    new = _referenced(walk.new, new_raw, new_op.at + "/requestBody")
    if old_raw is None:
        required = bool(new.get("required"))
        severity = "breaking" if d == "send" and required else "compatible"
        kind = "required-request-body-added" if required else "request-body-added"
        out.add(severity, kind, None, new.at, f"new {'required ' if required else ''}{noun}")
        return
    old = _referenced(walk.old, old_raw, old_op.at + "/requestBody")
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


def _responses(walk: SchemaWalk, old_op: Node, new_op: Node, d: Direction) -> None:
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
        old = _referenced(walk.old, before[status], old_op.at + pointer("responses", status))
        new = _referenced(walk.new, after[status], new_op.at + pointer("responses", status))
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


def _servers(old: dict[str, Any], new: dict[str, Any], out: Recorder) -> None:
    before = [server.get("url") for server in old.get("servers") or []]
    after = [server.get("url") for server in new.get("servers") or []]
    if before != after:
        message = (
            f"servers {before} became {after}: the generated clients take the base URL from the caller, "
            "so only callers using the old URLs are affected"
        )
        out.add("unknown", "servers-changed", "/servers", "/servers", message)


def _security_schemes(old: dict[str, Any], new: dict[str, Any], out: Recorder) -> None:
    before = (old.get("components") or {}).get("securitySchemes") or {}
    after = (new.get("components") or {}).get("securitySchemes") or {}

    def essential(scheme: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in scheme.items() if key != "description"}

    for name, scheme in before.items():
        at = pointer("components", "securitySchemes", name)
        if name not in after:
            out.add("breaking", "security-scheme-removed", at, None, f"security scheme {name!r} removed")
        elif essential(scheme) != essential(after[name]):
            message = f"security scheme {name!r} changed: credentials are sent differently"
            out.add("breaking", "security-scheme-changed", at, at, message)
