"""Parameter changes of one operation: added, removed, renamed, made (not) required, serialised otherwise.

Each parameter is a keyword argument of the generated function, so a removed one breaks every caller that
passes it, and a path parameter renamed is the same on the wire but a different keyword.
"""

from __future__ import annotations

from voicespec.diff.schema_changes import SchemaWalk
from voicespec.diff.spec_operations import Node, Operation
from voicespec.spec.document import SpecDocument


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


def parameters(walk: SchemaWalk, old: Operation, new: Operation) -> None:
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
