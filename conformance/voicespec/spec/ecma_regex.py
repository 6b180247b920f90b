"""JSON Schema patterns as JSON Schema means them: ECMA 262 regular expressions with Unicode semantics.

Python's `re` differs in ways that change verdicts: `$` also matches before a final newline, so
`"14155550100\\n"` passed `^[1-9][0-9]{1,14}$`; `\\s` also matches U+001C..U+001F; `\\d` and `\\w` match
non-ASCII digits and letters. The JSON Schema test suite's `optional/ecmascript-regex.json`
(json-schema-org/JSON-Schema-Test-Suite, tests/draft2020-12/, 64793fe67e1139a975f0ee09f2c942927c889f8a)
holds validators to ECMA 262 with Unicode semantics (`\\p{Letter}` in a pattern). `regress` implements them.

`ECMA_VALIDATOR` is the one validator class voicespec builds (`pattern`, `patternProperties` and the
`additionalProperties` that depends on it judged with `regress`); `pattern_problems` reports every pattern
of a spec `regress` cannot compile, as located problems, before any instance meets it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
import regress

from voicespec.errors import Problem

_FLAGS = "u"  # Unicode semantics, as the test suite requires (`\p{...}`, `\u{...}`)


@cache
def _compiled(pattern: str) -> regress.Regex | str:
    """The compiled pattern, or why it does not compile (cached either way: schemas repeat patterns)."""
    try:
        return regress.Regex(pattern, _FLAGS)
    except regress.RegressError as exc:
        return str(exc) or "invalid"


def pattern_error(pattern: str) -> str | None:
    """Why `pattern` is not an ECMA 262 regular expression, or None when it is one."""
    compiled = _compiled(pattern)
    return compiled if isinstance(compiled, str) else None


def ecma_search(pattern: str, value: str) -> bool:
    """Whether `pattern` matches anywhere in `value` (JSON Schema patterns are not anchored). An invalid
    pattern matches nothing; `pattern_error` says why."""
    compiled = _compiled(pattern)
    return not isinstance(compiled, str) and compiled.find(value) is not None


def _invalid(pattern: str) -> jsonschema.ValidationError:
    return jsonschema.ValidationError(
        f"pattern {pattern!r} is not an ECMA 262 regular expression: {pattern_error(pattern)}"
    )


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    del schema
    if not validator.is_type(instance, "string"):
        return
    if pattern_error(pattern) is not None:
        yield _invalid(pattern)
    elif not ecma_search(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: dict[str, Any], instance: Any, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    del schema
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        if pattern_error(pattern) is not None:
            yield _invalid(pattern)
            continue
        for key, value in instance.items():
            if ecma_search(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _additional_properties(
    validator: Any, additional: Any, instance: Any, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    """jsonschema's `additionalProperties`, with `patternProperties` keys matched by ECMA 262."""
    if not validator.is_type(instance, "object"):
        return
    named = schema.get("properties", {})
    patterns = list(schema.get("patternProperties", {}))
    extras = sorted(
        (key for key in instance if key not in named and not any(ecma_search(p, key) for p in patterns)),
        key=str,
    )
    if validator.is_type(additional, "object"):
        for extra in extras:
            yield from validator.descend(instance[extra], additional, path=extra)
    elif not additional and extras:
        joined = ", ".join(repr(extra) for extra in extras)
        if patterns:
            verb = "does" if len(extras) == 1 else "do"
            regexes = ", ".join(repr(pattern) for pattern in sorted(patterns))
            yield jsonschema.ValidationError(f"{joined} {verb} not match any of the regexes: {regexes}")
        else:
            verb = "was" if len(extras) == 1 else "were"
            yield jsonschema.ValidationError(
                f"Additional properties are not allowed ({joined} {verb} unexpected)"
            )


# `extend` is untyped in types-jsonschema; the class it returns is a Draft202012Validator.
ECMA_VALIDATOR: Any = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator,
    {
        "pattern": _pattern,
        "patternProperties": _pattern_properties,
        "additionalProperties": _additional_properties,
    },
)

# Maps whose keys are names (a property called `pattern` or `example`), not keywords.
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "dependentSchemas", "schemas", "mapping", "scopes"}
)
# Keywords whose values are instances, not schemas: a `pattern` key inside an example is data.
_INSTANCES = frozenset({"example", "examples", "default", "const", "enum"})


def _escape(token: str | int) -> str:
    return "/" + str(token).replace("~", "~0").replace("/", "~1")


def _patterns(node: Any, here: str, names: bool) -> Iterator[tuple[str, str]]:
    """(pointer, pattern) of every `pattern` and `patternProperties` key under `node`."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _patterns(item, here + _escape(index), False)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        at = here + _escape(key)
        if not names:
            if key in _INSTANCES or str(key).startswith("x-"):
                continue
            if key == "pattern" and isinstance(value, str):
                yield at, value
            if key == "patternProperties" and isinstance(value, dict):
                yield from ((at + _escape(pattern), pattern) for pattern in value)
        yield from _patterns(value, at, not names and key in _NAME_MAPS)


def pattern_problems(file: str, data: Any) -> list[Problem]:
    """Every pattern in the document that is not an ECMA 262 regular expression, located."""
    problems = []
    for location, pattern in _patterns(data, "", False):
        why = pattern_error(pattern)
        if why is not None:
            problems.append(
                Problem(file, location, f"pattern {pattern!r} is not an ECMA 262 regular expression: {why}")
            )
    return problems
