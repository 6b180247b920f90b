"""The operations of a spec document, keyed so that the same operation matches across two versions.

Operations are matched by method and path template with the parameter names blanked out (renaming
`{callId}` is not a new path); webhooks by method and name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


def operations(data: dict[str, Any], section: str) -> dict[tuple[str, str], Operation]:
    """The operations under `paths` or `webhooks`, by their matching key."""
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


def referenced(doc: SpecDocument, raw: Any, at: str) -> Node:
    """`raw` with its `$ref` followed, at the pointer of what it refers to (or `at` when inline)."""
    return Node(raw["$ref"][1:] if "$ref" in raw else at, doc.deref(raw))
