"""`compare()`: the whole diff of two versions of a provider's spec, as one `DiffReport`."""

from __future__ import annotations

import tempfile
from pathlib import Path

import referencing.exceptions

from voicespec.diff.api_changes import api_changes, regenerate_both, regenerate_side
from voicespec.diff.load import SpecSide, infer_provider, load_side
from voicespec.diff.model import ApiChange, DiffReport
from voicespec.diff.spec_changes import spec_changes
from voicespec.diff.traffic import parse_findings, recorded, spec_findings
from voicespec.errors import GenerationError, Problem, SpecError
from voicespec.providers import CASSETTES_DIR, ROOT


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
    cassettes (`cassettes`, default conformance/cassettes/<provider>/) against NEW.
    """
    old_source, new_source = str(old), str(new)
    where = cwd or Path.cwd()
    chosen = infer_provider(old_source, new_source, provider)
    with tempfile.TemporaryDirectory(prefix="voicespec-diff-") as tmp:
        work = Path(tmp)
        old_side = load_side(old_source, chosen, work / "old", where)
        new_side = load_side(new_source, chosen, work / "new", where)
        report = DiffReport(chosen.name, old_source, new_source)
        try:
            report.changes = spec_changes(old_side.doc, new_side.doc)
        except referencing.exceptions.Unresolvable as exc:
            raise SpecError(
                "a $ref cannot be resolved", [Problem(new_source, str(exc.ref), "unresolvable")]
            ) from exc
        new_project: Path | None = None
        if not api:
            report.skipped.append("generated-code comparison (--no-api)")
        if api or traffic:
            try:
                if api:
                    old_project, new_project = regenerate_both(old_side.provider, new_side.provider, work)
                    report.api = api_changes(old_project, new_project, chosen.package)
                else:
                    new_project = regenerate_side(new_side.provider, work / "gen-new" / chosen.package)
            except GenerationError as exc:
                # Not a usage error: the report still has the spec changes, and says why code is missing.
                report.api = [ApiChange("unknown", "generation-failed", chosen.package, "", str(exc))]
                new_project = None
        if traffic:
            _traffic(report, old_side, new_side, new_project, cassettes or CASSETTES_DIR / chosen.name)
        else:
            report.skipped.append("recorded traffic (--no-traffic)")
    return report


def _traffic(
    report: DiffReport, old_side: SpecSide, new_side: SpecSide, project: Path | None, directory: Path
) -> None:
    items = recorded(directory, ROOT)
    if not items:
        report.skipped.append(f"recorded traffic: no cassettes in {directory}")
        return
    findings, already = spec_findings(old_side.doc, new_side.doc, items)
    if already:
        report.skipped.append(f"{already} recorded interaction(s) the OLD spec already rejects")
    if project is None:
        report.skipped.append("parsing recorded responses: the NEW client could not be generated")
    else:
        # A request NEW no longer routes is not parsed; an invalid response still is: that its parse
        # fails too is the stronger evidence.
        skip = {
            (f.cassette, f.interaction) for f in findings if f.kind in ("operation-gone", "request-invalid")
        }
        findings += parse_findings(new_side.doc, new_side.provider, project, items, skip)
    report.cassettes = findings
