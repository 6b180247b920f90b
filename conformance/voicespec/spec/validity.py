"""Spec validity: OpenAPI 3.1 structure (openapi-spec-validator) and every example against its schema."""

from __future__ import annotations

from pathlib import Path

import referencing.exceptions
from openapi_spec_validator import OpenAPIV31SpecValidator

from voicespec.errors import Problem, SpecError
from voicespec.spec.document import SpecDocument, pointer
from voicespec.spec.ecma_regex import pattern_problems
from voicespec.spec.examples import example_problems


def structure_problems(doc: SpecDocument) -> list[Problem]:
    """What openapi-spec-validator finds, as located problems (a dangling $ref included)."""
    problems: list[Problem] = []
    validator = OpenAPIV31SpecValidator(doc.data, base_uri=doc.uri)
    try:
        for error in validator.iter_errors():
            path = pointer(*getattr(error, "absolute_path", ()))
            message = str(getattr(error, "message", error)).splitlines()[0]
            problems.append(Problem(str(doc.path), path or "/", message))
    except referencing.exceptions.Unresolvable as exc:
        # The validator stops at the first $ref it cannot follow; report it rather than a traceback.
        problems.append(Problem(str(doc.path), getattr(exc, "ref", ""), f"unresolvable $ref: {exc}"))
    return problems


def spec_problems(path: Path) -> list[Problem]:
    """All problems of the spec at `path`: structure first; examples only once the structure is sound,
    since a broken structure makes example checks report noise."""
    doc = SpecDocument.load(path)
    # A pattern regress cannot compile is structural: every instance it meets would be judged by nothing.
    problems = structure_problems(doc) + pattern_problems(str(doc.path), doc.data)
    if problems:
        return problems
    return example_problems(doc)


def validate_spec(path: Path) -> SpecDocument:
    """Load and fully validate a spec; raise `SpecError` listing every problem found."""
    problems = spec_problems(path)
    if problems:
        raise SpecError(f"{path} is not a valid spec ({len(problems)} problem(s))", problems)
    return SpecDocument.load(path)
