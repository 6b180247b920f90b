"""Authentication changes: an operation's security requirements and the security schemes they name."""

from __future__ import annotations

from typing import Any

from voicespec.diff.recorder import Recorder
from voicespec.diff.schema_changes import SchemaWalk
from voicespec.diff.spec_operations import Node
from voicespec.spec.document import pointer


def _requirements(operation: Node, data: dict[str, Any]) -> set[frozenset[str]]:
    """The ways to authenticate, each a set of schemes; an empty list means no credentials needed."""
    listed = operation.get("security", data.get("security") or [])
    return {frozenset(requirement) for requirement in listed} or {frozenset()}


def security(walk: SchemaWalk, old: Node, new: Node) -> None:
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


def security_schemes(old: dict[str, Any], new: dict[str, Any], out: Recorder) -> None:
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
