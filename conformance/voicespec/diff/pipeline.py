"""`compare()`: the whole diff of two versions of a provider's spec, as one `DiffReport`.

Regenerating a client is most of the time of a diff, so the NEW side (regenerate it, then parse the
recorded responses with it) runs in a forked child while OLD is regenerated and read by griffe here.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import referencing.exceptions

from voicespec.diff.api_changes import api_changes, load_api, regenerate_side
from voicespec.diff.forked import start_forked
from voicespec.diff.load import SpecSide, infer_provider, load_side
from voicespec.diff.model import ApiChange, DiffReport, TrafficFinding
from voicespec.diff.spec_changes import spec_changes
from voicespec.diff.traffic import Recorded, parse_findings, recorded, spec_findings
from voicespec.errors import GenerationError, Problem, SpecError
from voicespec.providers import ROOT


@dataclass
class _NewSide:
    """What the worker for the NEW side sends back."""

    project: Path | None
    generation_error: str | None = None
    unparsed: list[TrafficFinding] = field(default_factory=list)
    parsed: int = 0


def _new_side_work(
    side: SpecSide, project_dir: Path, items: list[Recorded], skip: set[tuple[str, int]]
) -> _NewSide:
    try:
        project = regenerate_side(side.provider, project_dir)
    except GenerationError as exc:
        return _NewSide(None, str(exc))
    if not items:
        return _NewSide(project)
    unparsed, parsed = parse_findings(side.doc, side.provider, project, items, skip)
    return _NewSide(project, None, unparsed, parsed)


def compare(
    old: str | Path,
    new: str | Path,
    provider: str | None = None,
    *,
    api: bool = True,
    traffic: bool = True,
    cassettes: Path | None = None,
    cwd: Path | None = None,
) -> DiffReport:
    """Compare two versions of a spec: files, or `git:REV` for the provider's spec at a revision of the
    repository `cwd` (default: the current directory) is in.

    `api` regenerates both clients and compares their public API; `traffic` replays the provider's
    cassettes (`cassettes`, default the provider's directory under the configured cassette root, e.g.
    conformance/cassettes/<provider>/) against NEW.
    """
    old_source, new_source = str(old), str(new)
    where = cwd or Path.cwd()
    chosen = infer_provider(old_source, new_source, provider, where)
    with tempfile.TemporaryDirectory(prefix="voicespec-diff-") as tmp:
        work = Path(tmp)
        old_side = load_side(old_source, chosen, work / "old", where)
        new_side = load_side(new_source, chosen, work / "new", where)
        report = DiffReport(chosen.name, old_source, new_source)
        try:
            report.changes = spec_changes(old_side.doc, new_side.doc)
        except referencing.exceptions.Unresolvable as exc:
            problem = Problem(new_source, str(exc.ref), "unresolvable $ref")
            raise SpecError("a $ref cannot be resolved", [problem]) from exc
        items: list[Recorded] = []
        skip: set[tuple[str, int]] = set()
        if not api:
            report.skipped.append("generated-code comparison (--no-api)")
        if traffic:
            items, skip = _recorded_changes(report, old_side, new_side, cassettes or chosen.cassettes_dir)
        else:
            report.skipped.append("recorded traffic (--no-traffic)")
        if api or items:
            _generated_changes(report, old_side, new_side, work, api=api, items=items, skip=skip)
    return report


def _recorded_changes(
    report: DiffReport, old_side: SpecSide, new_side: SpecSide, directory: Path
) -> tuple[list[Recorded], set[tuple[str, int]]]:
    """The cassette findings the spec alone gives; returns the interactions to parse and those not to."""
    items = recorded(directory, ROOT)
    if not items:
        report.skipped.append(f"recorded traffic: no cassettes in {directory}")
        return [], set()
    findings, already = spec_findings(old_side.doc, new_side.doc, items)
    files = len({item.cassette for item in items})
    report.compared.append(f"recorded interactions: {len(items)} from {files} cassettes checked against NEW")
    if already:
        report.skipped.append(f"{already} recorded interaction(s) the OLD spec already rejects")
    report.cassettes = findings
    # A request NEW no longer routes or accepts is not parsed; an invalid response still is: that its
    # parse fails too is the stronger evidence.
    return items, {
        (f.cassette, f.interaction) for f in findings if f.kind in ("operation-gone", "request-invalid")
    }


def _generated_changes(
    report: DiffReport,
    old_side: SpecSide,
    new_side: SpecSide,
    work: Path,
    *,
    api: bool,
    items: list[Recorded],
    skip: set[tuple[str, int]],
) -> None:
    package = new_side.provider.package
    old_tree: Any = None
    old_error: str | None = None
    pending = start_forked(lambda: _new_side_work(new_side, work / "gen-new" / package, items, skip))
    if api:
        try:
            old_project = regenerate_side(old_side.provider, work / "gen-old" / package)
            old_tree = load_api(old_project, package)
        except GenerationError as exc:
            old_error = f"OLD: {exc}"
    done = pending()
    report.cassettes += done.unparsed
    if done.parsed:
        report.compared.append(f"recorded responses parsed by the regenerated NEW client: {done.parsed}")
    if done.project is None and items:
        report.skipped.append("parsing recorded responses: the NEW client could not be generated")
    error = old_error or (f"NEW: {done.generation_error}" if done.generation_error else None)
    if api and error is not None:
        # Not a usage error: the report still has the spec changes, and says why the code part is missing.
        report.api = [ApiChange("unknown", "generation-failed", package, "", error)]
    elif api and done.project is not None:
        report.api = api_changes(old_tree, load_api(done.project, package), (old_project, done.project))
        report.compared.insert(0, f"public API of {package} regenerated from OLD and from NEW")
