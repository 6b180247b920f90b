"""A `DiffReport` for people (text, Markdown for a pull-request comment) and machines (JSON).

The JSON shape is documented in README ("Before you regenerate") and is stable:

    {"provider", "old", "new",
     "changes":   [{"severity", "kind", "where": {"operation", "pointer": {"old", "new"}}, "message"}],
     "api":       [{"severity", "kind", "where": {"object", "location"}, "message"}],
     "cassettes": [{"severity", "kind", "where": {"cassette", "interaction", "operation"}, "message"}],
     "summary":   {"breaking": N, "compatible": N, "unknown": N}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from voicespec.diff.model import SEVERITIES, ApiChange, Change, DiffReport, Severity, TrafficFinding

Format = Literal["text", "markdown", "json"]


def _where(entry: Change | ApiChange | TrafficFinding) -> dict[str, Any]:
    if isinstance(entry, Change):
        return {"operation": entry.operation, "pointer": {"old": entry.old_pointer, "new": entry.new_pointer}}
    if isinstance(entry, ApiChange):
        return {"object": entry.object, "location": entry.location}
    return {"cassette": entry.cassette, "interaction": entry.interaction, "operation": entry.operation}


def _entries(entries: list[_Entry]) -> list[dict[str, Any]]:
    return [
        {"severity": entry.severity, "kind": entry.kind, "where": _where(entry), "message": entry.message}
        for entry in _ordered(entries)
    ]


def to_json(report: DiffReport) -> dict[str, Any]:
    summary = report.summary()
    return {
        "provider": report.provider,
        "old": report.old,
        "new": report.new,
        "changes": _entries(report.changes),
        "api": _entries(report.api),
        "cassettes": _entries(report.cassettes),
        "summary": {key: summary[key] for key in ("breaking", "compatible", "unknown")},
    }


Entry = Change | ApiChange | TrafficFinding


_Entry = TypeVar("_Entry", Change, ApiChange, TrafficFinding)


def _ordered(entries: list[_Entry]) -> list[_Entry]:
    return sorted(entries, key=lambda entry: SEVERITIES.index(entry.severity))


@dataclass(frozen=True)
class _Line:
    """One entry of any part, in the words the text and Markdown reports use."""

    part: str  # spec, api, traffic
    kind: str
    where: str
    detail: str  # pointers, or the file location
    message: str


def _line(entry: Entry) -> _Line:
    if isinstance(entry, Change):
        pointers = (
            entry.new_pointer or entry.old_pointer or ""
            if entry.old_pointer in (entry.new_pointer, None) or entry.new_pointer is None
            else f"{entry.old_pointer} -> {entry.new_pointer}"
        )
        return _Line("spec", entry.kind, entry.operation or "(document)", pointers, entry.message)
    if isinstance(entry, ApiChange):
        return _Line("api", entry.kind, entry.object, entry.location, entry.message)
    where = f"{entry.cassette} #{entry.interaction}"
    return _Line("traffic", entry.kind, entry.operation or "(no operation)", where, entry.message)


def _groups(report: DiffReport) -> list[tuple[Severity, list[_Line]]]:
    entries: list[Entry] = [*report.changes, *report.api, *report.cassettes]
    return [
        (severity, [_line(entry) for entry in entries if entry.severity == severity])
        for severity in SEVERITIES
        if any(entry.severity == severity for entry in entries)
    ]


def _headline(report: DiffReport) -> str:
    summary = report.summary()
    counts = ", ".join(f"{summary[severity]} {severity}" for severity in SEVERITIES)
    return f"voicespec diff {report.provider}: {report.old} -> {report.new}: {counts}"


def to_text(report: DiffReport) -> str:
    lines = [_headline(report)]
    if report.empty:
        lines.append("no changes")
    for severity, group in _groups(report):
        lines += ["", f"{severity.upper()} ({len(group)})"]
        for line in group:
            lines.append(f"  [{line.part}: {line.kind}] {line.where}")
            if line.detail:
                lines.append(f"    at {line.detail}")
            lines.append(f"    {line.message}")
    if report.compared:
        lines += ["", "compared: " + "; ".join(report.compared)]
    if report.skipped:
        lines += ["", "not compared: " + "; ".join(report.skipped)]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: DiffReport) -> str:
    summary = report.summary()
    lines = [
        f"### voicespec diff: `{report.provider}`",
        "",
        f"`{report.old}` → `{report.new}`: **{summary['breaking']} breaking**, "
        f"{summary['unknown']} unknown, {summary['compatible']} compatible",
    ]
    if report.empty:
        lines += ["", "No changes."]
    for severity, group in _groups(report):
        lines += ["", f"#### {severity.capitalize()} ({len(group)})", "", "| part | kind | where | change |"]
        lines.append("|---|---|---|---|")
        for line in group:
            where = f"{_cell(line.where)}<br>`{_cell(line.detail)}`" if line.detail else _cell(line.where)
            lines.append(f"| {line.part} | `{line.kind}` | {where} | {_cell(line.message)} |")
    if report.compared:
        lines += ["", "_Compared: " + "; ".join(report.compared) + "._"]
    if report.skipped:
        lines += ["", "_Not compared: " + "; ".join(report.skipped) + "._"]
    return "\n".join(lines) + "\n"


def render(report: DiffReport, format: Format = "text") -> str:
    if format == "json":
        return json.dumps(to_json(report), indent=2) + "\n"
    if format == "markdown":
        return to_markdown(report)
    return to_text(report)
