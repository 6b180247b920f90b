"""What griffe's breaking-change check leaves out for generated clients, read from the same griffe trees.

griffe 2.4.1 does not compare annotations of attributes (its `_attribute_incompatibilities` is a TODO)
nor of parameters, and it cannot see the `__init__` that attrs writes for a model class. A generated
client is all attrs models and annotated functions, so those are compared here: a new required model
field (every `Model(...)` call must pass it), an attribute's type, a parameter's type.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from voicespec.diff.model import ApiChange

_ATTRS_DECORATORS = ("define", "frozen", "attr.s", "attrs")


def _public(name: str) -> bool:
    return not name.startswith("_")


def _members(obj: Any) -> Iterator[tuple[str, Any]]:
    for name, member in obj.members.items():
        if not member.is_alias and (_public(name) or name == "__init__"):
            yield name, member


def _is_attrs(cls: Any) -> bool:
    return any(
        any(mark in str(decorator.value) for mark in _ATTRS_DECORATORS) for decorator in cls.decorators
    )


def _required_fields(cls: Any) -> dict[str, str]:
    """attrs fields without a default: the model's required constructor arguments."""
    return {
        name: str(member.annotation)
        for name, member in _members(cls)
        if member.is_attribute and member.value is None and member.annotation is not None
    }


def _where(obj: Any, location: str = "") -> str:
    filepath = getattr(obj, "relative_package_filepath", None)
    return f"{filepath}:{obj.lineno}" if filepath and obj.lineno else location


def model_api_changes(old: Any, new: Any) -> list[ApiChange]:
    """Changes between two griffe trees of the same package that griffe itself does not report."""
    changes: list[ApiChange] = []
    _compare(old, new, changes)
    return changes


def _compare(old: Any, new: Any, changes: list[ApiChange]) -> None:
    if old.is_class and new.is_class and _is_attrs(old) and _is_attrs(new):
        before = _required_fields(old)
        for name, annotation in _required_fields(new).items():
            if name not in before:
                message = f"new required field {name}: {annotation}; every {new.name}(...) call must pass it"
                changes.append(ApiChange("breaking", "field-added-required", new.path, _where(new), message))
    typed = old.is_attribute and new.is_attribute and None not in (old.annotation, new.annotation)
    if typed and str(old.annotation) != str(new.annotation):
        message = f"type {old.annotation} -> {new.annotation}: code using the value may need to change"
        changes.append(ApiChange("breaking", "attribute-changed-type", new.path, _where(new), message))
    if old.is_function and new.is_function:
        _parameters(old, new, changes)
    if old.is_module or old.is_class:
        new_members = dict(_members(new))
        for name, member in _members(old):
            if name in new_members and member.kind == new_members[name].kind:
                _compare(member, new_members[name], changes)


def _parameters(old: Any, new: Any, changes: list[ApiChange]) -> None:
    before = {parameter.name: parameter for parameter in old.parameters}
    for parameter in new.parameters:
        previous = before.get(parameter.name)
        if previous is None or previous.annotation is None or parameter.annotation is None:
            continue
        if str(previous.annotation) != str(parameter.annotation):
            message = f"parameter {parameter.name}: type {previous.annotation} -> {parameter.annotation}"
            changes.append(ApiChange("breaking", "parameter-changed-type", new.path, _where(new), message))
