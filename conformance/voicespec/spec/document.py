"""Loading a spec file into a `SpecDocument`: strict YAML, JSON pointers, and JSON Schema validators.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so one `referencing.Registry` holding the whole document
lets any sub-schema be validated with its `$ref`s resolved, exactly as the spec means them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import jsonschema
import referencing
import yaml
from referencing.jsonschema import DRAFT202012

from voicespec.errors import Problem, SpecError
from voicespec.spec.ecma_regex import ECMA_VALIDATOR
from voicespec.spec.formats import format_checker
from voicespec.spec.upgrade import upgrade_to_31

_T = TypeVar("_T")


try:  # libyaml's parser: about five times faster on the Sinch spec, parsed once per check process
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _StrictLoader(_SafeLoader):
    """SafeLoader that refuses duplicate mapping keys: PyYAML keeps the last one silently, which is how
    a seed's `play` key written three times loses two of its meanings."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r} (first at line {seen[key].start_mark.line + 1})",
                key_node.start_mark,
            )
        seen[key] = key_node
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse a YAML/JSON file strictly; any failure is a `SpecError` naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read {path}", [Problem(str(path), "", str(exc))]) from exc
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        location = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise SpecError(
            f"{path} is not valid YAML", [Problem(str(path), location, str(exc.problem))]
        ) from exc
    except yaml.YAMLError as exc:
        raise SpecError(f"{path} is not valid YAML", [Problem(str(path), "", str(exc))]) from exc


_FORMAT_CHECKER = format_checker()


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    return "".join("/" + escape_pointer_token(str(token)) for token in tokens)


def ref_or_inline(node: Any, here: str) -> str:
    """Where `node` really lives: the pointer its local `$ref` names, or `here` when it is written inline.
    The one place for the "$ref or inline" question (responses, parameters, request bodies)."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        ref: str = node["$ref"]
        return ref[1:]
    return here


@dataclass
class SpecDocument:
    """A loaded OpenAPI document with the means to validate instances against any schema in it."""

    path: Path
    data: dict[str, Any]
    uri: str = field(init=False)
    registry: referencing.Registry[Any] = field(init=False)
    _validators: dict[str, jsonschema.protocols.Validator] = field(init=False, default_factory=dict)
    # `resolve` answers by reference: the replay server resolves the same few pointers on every request,
    # and a `referencing` lookup costs far more than a dict hit.
    _resolved: dict[str, Any] = field(init=False, default_factory=dict)
    _memo: dict[Hashable, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.uri = self.path.resolve().as_uri()
        resource = DRAFT202012.create_resource(self.data)
        self.registry = referencing.Registry().with_resource(self.uri, resource)

    @classmethod
    def load(cls, path: Path) -> SpecDocument:
        """Load (once per file version: parsing a large spec dominates test and check time)."""
        return _load_cached(path.resolve(), path.stat().st_mtime_ns if path.exists() else 0)

    @classmethod
    def _load(cls, path: Path) -> SpecDocument:
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise SpecError(
                f"{path} is not an OpenAPI document",
                [Problem(str(path), "", "top level must be a mapping")],
            )
        return cls(path, upgrade_to_31(data))

    def resolve(self, ref: str) -> Any:
        """Follow a local `$ref` (`#/components/...`)."""
        if not ref.startswith("#"):
            raise SpecError(
                f"{self.path}: only local $refs are supported", [Problem(str(self.path), ref, "")]
            )
        try:
            return self._resolved[ref]
        except KeyError:
            found = self._resolved[ref] = self.registry.resolver(self.uri).lookup(ref).contents
            return found

    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """`compute()`, once per document and `key`: for values derived from the document alone that
        are asked for again and again (the documented error answers of every operation)."""
        if key not in self._memo:
            self._memo[key] = compute()
        found: _T = self._memo[key]
        return found

    def follow(self, location: str) -> str:
        """The JSON pointer of the object at `location`, after following the `$ref` chain that stands in for
        it."""
        seen: set[str] = set()
        node = self.resolve("#" + location)
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"{self.path}: $ref cycle", [Problem(str(self.path), ref, "cycle")])
            seen.add(ref)
            location, node = ref[1:], self.resolve(ref)
        return location

    def deref(self, node: Any) -> Any:
        """Follow `$ref` chains of non-schema objects (examples, parameters, responses)."""
        if isinstance(node, dict) and "$ref" in node:
            return self.resolve("#" + self.follow(str(node["$ref"])[1:]))
        return node

    def validator(self, schema_pointer: str) -> jsonschema.protocols.Validator:
        """A 2020-12 validator for the schema at `schema_pointer` (inline or under components) here, matching
        patterns with ECMA 262 semantics."""
        cached = self._validators.get(schema_pointer)
        if cached is None:
            # Bound to the subschema itself, with a resolver already at the spec's base URI (as openapi-core
            # builds its validators), rather than to `{"$ref": ...}`: that form looks the pointer up again on
            # every validation, most of the cost of checking a small request.
            resolved = self.registry.resolver(self.uri).lookup(f"#{schema_pointer}")
            validator: jsonschema.protocols.Validator = ECMA_VALIDATOR(
                resolved.contents,
                registry=self.registry,
                _resolver=resolved.resolver,
                format_checker=_FORMAT_CHECKER,
            )
            self._validators[schema_pointer] = cached = validator
        return cached


def first_error(
    validator: jsonschema.protocols.Validator, instance: Any
) -> jsonschema.ValidationError | None:
    """The most relevant validation error, or None when `instance` is valid."""
    error: jsonschema.ValidationError | None = jsonschema.exceptions.best_match(
        validator.iter_errors(instance)
    )
    return error


def all_errors(validator: jsonschema.protocols.Validator, instance: Any) -> list[jsonschema.ValidationError]:
    """Every validation error, in document order of the instance."""
    return sorted(
        validator.iter_errors(instance), key=lambda error: [str(part) for part in error.absolute_path]
    )


def describe_error(error: jsonschema.ValidationError) -> str:
    where = pointer(*error.absolute_path) or "/"
    return f"at {where}: {error.message}"


@cache
def _load_cached(path: Path, mtime_ns: int) -> SpecDocument:
    del mtime_ns  # part of the cache key only: an edited file is loaded again
    return SpecDocument._load(path)
