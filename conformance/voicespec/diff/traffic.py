"""Recorded-traffic changes: replay the provider's cassettes against the NEW spec and the NEW client.

Each recorded request is validated against the NEW spec, each recorded response against the schema the
NEW spec documents for its status, and each response is parsed by the regenerated NEW client (in a
separate interpreter, `parse_worker`). Interactions the OLD spec already rejected are not counted: the
change did not cause them.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voicespec.cassettes.model import Cassette, Interaction, cassette_files
from voicespec.checks.cassettes import interaction_problem
from voicespec.diff.model import TrafficFinding
from voicespec.errors import VoicespecError
from voicespec.generation.client_map import client_map, template_key
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.request_validation import find_operation


@dataclass(frozen=True)
class Recorded:
    cassette: str
    index: int
    interaction: Interaction


def recorded(directory: Path, shown_from: Path) -> list[Recorded]:
    found = []
    for file in cassette_files(directory):
        shown = file.relative_to(shown_from).as_posix() if file.is_relative_to(shown_from) else str(file)
        for index, interaction in enumerate(Cassette.load(file).interactions):
            found.append(Recorded(shown, index, interaction))
    return found


def _operation_id(doc: SpecDocument, interaction: Interaction) -> str | None:
    matched = find_operation(doc, interaction.request.method, interaction.request.path)
    if matched is None:
        return None
    return str(matched.operation.get("operationId") or f"{matched.method.upper()} {matched.path}")


def spec_findings(
    old: SpecDocument, new: SpecDocument, items: list[Recorded]
) -> tuple[list[TrafficFinding], int]:
    """(findings, interactions already invalid against OLD)."""
    findings, already = [], 0
    for item in items:
        problem = interaction_problem(new, item.interaction)
        if problem is None:
            continue
        if interaction_problem(old, item.interaction) is not None:
            already += 1
            continue
        if "no operation in the spec matches" in problem:
            kind = "operation-gone"
        elif problem.startswith("request"):
            kind = "request-invalid"
        else:
            kind = "response-invalid"
        operation = _operation_id(new, item.interaction) or _operation_id(old, item.interaction)
        findings.append(TrafficFinding("breaking", kind, item.cassette, item.index, operation, problem))
    return findings, already


def _job(module: str, interaction: Interaction) -> dict[str, Any]:
    response = interaction.response
    return {
        "module": module,
        "method": interaction.request.method,
        "url": interaction.request.uri,
        "status": response.status,
        "headers": [[name, value] for name, values in response.headers.items() for value in values],
        "body": base64.b64encode(response.content).decode("ascii"),
    }


def parse_findings(
    new: SpecDocument, provider: Provider, project: Path, items: list[Recorded], skip: set[tuple[str, int]]
) -> tuple[list[TrafficFinding], int]:
    """(responses the regenerated NEW client fails to parse, how many it parsed); `skip`: interactions
    not to parse."""
    cmap = client_map(provider)
    jobs, parsed = [], []
    for item in items:
        matched = find_operation(new, item.interaction.request.method, item.interaction.request.path)
        if matched is None or (item.cassette, item.index) in skip:
            continue
        binding = cmap.operations.get((matched.method, template_key(matched.path)))
        if binding is None:
            continue
        jobs.append(_job(binding.module_name, item.interaction))
        parsed.append((item, _operation_id(new, item.interaction)))
    if not jobs:
        return [], 0
    # -I: the worker's own directory is not put on sys.path, and voicespec is not imported there.
    command = [
        sys.executable,
        "-I",
        str(Path(__file__).with_name("parse_worker.py")),
        str(project),
        provider.package,
    ]
    result = subprocess.run(command, input=json.dumps(jobs), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise VoicespecError(
            f"parsing recorded responses with the regenerated client failed: {result.stderr.strip()}"
        )
    findings = []
    for (item, operation), outcome in zip(parsed, json.loads(result.stdout), strict=True):
        if outcome["error"] is not None:
            status = item.interaction.response.status
            message = f"the NEW client cannot parse the recorded {status} response: {outcome['error']}"
            findings.append(
                TrafficFinding("breaking", "response-unparsed", item.cassette, item.index, operation, message)
            )
    return findings, len(jobs)
