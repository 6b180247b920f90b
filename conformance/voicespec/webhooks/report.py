"""Reporting a webhook run as the rest of voicespec does: the summary table and JUnit XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from rich.table import Table

from voicespec.webhooks.results import Results


def summary_table(results: Results) -> Table:
    """One row per webhook and check: cases, passed, failed, time."""
    table = Table(title=f"voicespec webhooks {results.provider}")
    for column in ("webhook", "check", "cases", "passed", "failed", "time"):
        table.add_column(column, justify="left" if column in ("webhook", "check") else "right")
    for tally in results.tallies.values():
        style = "red" if tally.failures else "green"
        table.add_row(
            tally.webhook,
            tally.check,
            str(tally.cases),
            str(tally.passed),
            f"[{style}]{len(tally.failures)}[/{style}]",
            f"{tally.seconds:.1f}s",
        )
    return table


def totals_line(results: Results) -> str:
    failed = len(results.failures)
    verdict = "conforms" if results.ok else "does not conform"
    return f"voicespec webhooks: {results.cases - failed} passed, {failed} failed: the handler {verdict}"


def write_junit(results: Results, path: Path) -> None:
    """One test suite per webhook, one test case per check (its failures in the failure text)."""
    root = ET.Element("testsuites", name=f"voicespec webhooks {results.provider}")
    webhooks = dict.fromkeys(tally.webhook for tally in results.tallies.values())
    for webhook in webhooks:
        tallies = [tally for tally in results.tallies.values() if tally.webhook == webhook]
        suite = ET.SubElement(
            root,
            "testsuite",
            name=f"{results.provider}.{webhook}",
            tests=str(len(tallies)),
            failures=str(sum(1 for tally in tallies if tally.failures)),
            time=f"{sum(tally.seconds for tally in tallies):.3f}",
        )
        for tally in tallies:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"voicespec.webhooks.{results.provider}.{webhook}",
                name=tally.check,
                time=f"{tally.seconds:.3f}",
            )
            case.set("cases", str(tally.cases))
            if tally.failures:
                failure = ET.SubElement(
                    case, "failure", message=f"{len(tally.failures)} of {tally.cases} failed"
                )
                failure.text = "\n\n".join(str(item) for item in tally.failures)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
