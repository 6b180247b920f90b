"""The `cassettes` check: every recorded request and response validates against the current spec, and
every operation has a recorded success and a recorded documented error.

A failure names the cassette file, the interaction index and the JSON pointer of the first error. A
value redacted at recording time (`REDACTED`) is not held against its schema: the real one was valid
or not, but it is gone.
"""

from __future__ import annotations

from pathlib import Path

from voicespec.cassettes.model import Cassette, CassetteError, Interaction, cassette_files
from voicespec.cassettes.redact import REDACTED
from voicespec.checks.runner import Check
from voicespec.locations import LAYOUT, cassettes_root
from voicespec.providers import ROOT, Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.examples import iter_operations
from voicespec.spec.request_validation import find_operation, request_problems
from voicespec.spec.response_validation import response_problem


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


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
    return response_problem(
        doc,
        matched,
        response.status,
        response.header("content-type"),
        response.content,
        excused=lambda instance: bool(instance == REDACTED),
    )


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
