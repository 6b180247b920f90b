"""The `cassettes` check: every recorded request and response validates against the current spec, and
every operation has a recorded success and a recorded documented error.

A failure names the cassette file, the interaction index and the JSON pointer of the first error. A
value redacted at recording time (`REDACTED`) is not held against its schema: the real one was valid
or not, but it is gone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from voicespec.cassettes.model import Cassette, CassetteError, Interaction, cassette_files
from voicespec.cassettes.redact import REDACTED
from voicespec.checks.runner import Check
from voicespec.locations import LAYOUT, cassettes_root
from voicespec.providers import ROOT, Provider
from voicespec.spec.document import SpecDocument, describe_error, pointer
from voicespec.spec.examples import iter_operations
from voicespec.spec.request_validation import find_operation, request_problems
from voicespec.spec.responses import response_entry


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _body_error(doc: SpecDocument, schema_pointer: str, value: Any) -> str | None:
    errors = [
        error for error in doc.validator(schema_pointer).iter_errors(value) if error.instance != REDACTED
    ]
    best = jsonschema.exceptions.best_match(errors)
    return None if best is None else f"{describe_error(best)} (schema {schema_pointer})"


def interaction_problem(doc: SpecDocument, interaction: Interaction) -> str | None:
    """What about this recorded interaction the spec does not allow, or None."""
    recorded = interaction.request
    matched = find_operation(doc, recorded.method, recorded.path)
    if matched is None:
        return f"request {recorded.line()}: no operation in the spec matches"
    problems = request_problems(doc, recorded.to_httpx())
    if problems:
        return f"request: {problems[0].message} ({problems[0].location})"
    response = interaction.response
    operation_id = matched.operation.get("operationId", matched.pointer)
    entry = response_entry(doc, matched.operation, matched.pointer, response.status)
    if entry is None:
        return f"response: status {response.status} is not documented for {operation_id}"
    declared, base, documented = entry
    content = documented.get("content") or {}
    if not content:
        return f"response: {declared} documents no body, but one was recorded" if response.content else None
    media = (response.header("content-type") or "").split(";", maxsplit=1)[0].strip()
    if media not in content:
        documented_types = ", ".join(content)
        return (
            f"response: content type {media or '(none)'!r} not documented for {declared} ({documented_types})"
        )
    if "json" not in media:
        return None  # binary and text bodies have no schema to hold them to
    if not response.content:
        return f"response: {declared} documents a {media} body, but none was recorded"
    try:
        value = json.loads(response.content)
    except ValueError as exc:
        return f"response: body is not JSON: {exc}"
    error = _body_error(doc, base + pointer("content", media, "schema"), value)
    return None if error is None else f"response body {error}"


def cassette_findings(provider: Provider, directory: Path | None = None) -> tuple[int, list[str]]:
    """(cases, failures): one case per interaction and, for voicespec's own cassettes, one per operation
    (its coverage). A user's recorded traffic (--cassettes, [tool.voicespec]) covers what the user calls,
    so there coverage is not required."""
    coverage = directory is not None or cassettes_root() == LAYOUT.cassettes
    directory = directory or provider.cassettes_dir
    files = cassette_files(directory)
    if not files:
        return 1, [
            f"{_shown(directory)}: no cassettes; run `voicespec cassettes build --provider {provider.name}`"
        ]
    doc = SpecDocument.load(provider.spec_path)
    cases, failures = 0, []
    outcomes: dict[tuple[str, str], set[str]] = {}
    for file in files:
        try:
            cassette = Cassette.load(file)
        except CassetteError as exc:
            cases += 1
            failures.append(str(exc))
            continue
        for index, interaction in enumerate(cassette.interactions):
            cases += 1
            problem = interaction_problem(doc, interaction)
            if problem is not None:
                failures.append(f"{_shown(file)} interaction {index}: {problem}")
                continue
            matched = find_operation(doc, interaction.request.method, interaction.request.path)
            if matched is not None:
                status = interaction.response.status
                kind = "success" if status < 300 else "error" if status >= 400 else "other"
                outcomes.setdefault((matched.method, matched.path), set()).add(kind)
    for section, path, method, operation in iter_operations(doc.data):
        if section != "paths" or not coverage:
            continue
        cases += 1
        missing = {"success", "error"} - outcomes.get((method, path), set())
        if missing:
            name = f"{operation.get('operationId')} ({method.upper()} {path})"
            failures.append(f"{_shown(directory)}: {name} has no recorded {' or '.join(sorted(missing))}")
    return cases, failures


CASSETTE_CHECK = Check("cassettes", cassette_findings)
