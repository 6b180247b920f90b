"""Reporting a webhook run as the rest of voicespec does: the summary table and JUnit XML."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

from voicespec.checks.runner import Outcome
from voicespec.reporting import junit
from voicespec.webhooks.results import Results


def summary_table(results: Results) -> Table:
    """One row per webhook and check: cases, passed, failed, time."""
    table = Table(title=f"voicespec webhooks {results.provider}")
    for column in ("webhook", "check", "cases", "passed", "failed", "time"):
        table.add_column(column, justify="left" if column in ("webhook", "check") else "right")
    for outcome in results.outcomes.values():
        style = "green" if outcome.ok else "red"
        table.add_row(
            outcome.provider,
            outcome.check,
            str(outcome.cases),
            str(outcome.passed),
            f"[{style}]{len(outcome.failures)}[/{style}]",
            f"{outcome.seconds:.1f}s",
        )
    return table


def totals_line(results: Results) -> str:
    failed = len(results.failures)
    verdict = "conforms" if results.ok else "does not conform"
    return f"voicespec webhooks: {results.cases - failed} passed, {failed} failed: the handler {verdict}"


def write_junit(results: Results, path: Path) -> None:
    """voicespec's JUnit XML: one test suite per webhook (`<provider>.<webhook>`), one test case per check."""
    order = list(dict.fromkeys(webhook for webhook, _check in results.outcomes))
    outcomes = [
        Outcome(f"{results.provider}.{item.provider}", item.check, item.cases, item.failures, item.seconds)
        for item in sorted(results.outcomes.values(), key=lambda item: order.index(item.provider))
    ]
    junit.write_junit(outcomes, path)
