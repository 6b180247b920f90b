"""What `voicespec check` prints: a line as each check starts and ends, and the summary table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from voicespec.checks.runner import Check, Outcome
from voicespec.providers import Provider

_NUMBERS = ("cases", "passed", "failed", "diverging", "time")


class Progress:
    """The `on_start` / `on_done` callbacks of `run_checks`, printing to `console`."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def started(self, provider: Provider, check: Check) -> None:
        self.console.print(f"[dim]… {provider.name}: {check.name}[/dim]")

    def done(self, outcome: Outcome) -> None:
        mark = "[green]ok[/green]" if outcome.ok else f"[red]{len(outcome.failures)} failed[/red]"
        known = f", {outcome.known_divergences} known divergences" if outcome.known_divergences else ""
        self.console.print(f"  {outcome.provider}: {outcome.check} {mark} ({outcome.cases} cases{known})")
        for failure in outcome.failures:
            self.console.print(failure, markup=False, highlight=False)


def summary_table(outcomes: list[Outcome]) -> Table:
    """One row per provider and check: cases, passed, failed, known divergences, time."""
    table = Table(title="voicespec check")
    for column in ("provider", "check", *_NUMBERS):
        table.add_column(column, justify="right" if column in _NUMBERS else "left")
    for outcome in outcomes:
        style = "green" if outcome.ok else "red"
        table.add_row(
            outcome.provider,
            outcome.check,
            str(outcome.cases),
            str(outcome.passed),
            f"[{style}]{len(outcome.failures)}[/{style}]",
            str(outcome.known_divergences or ""),
            f"{outcome.seconds:.1f}s",
        )
    return table


def totals_line(outcomes: list[Outcome]) -> str:
    failed = sum(len(outcome.failures) for outcome in outcomes)
    passed = sum(outcome.passed for outcome in outcomes)
    known = sum(outcome.known_divergences for outcome in outcomes)
    diverging = f", {known} known divergences" if known else ""
    return f"voicespec: {passed} passed, {failed} failed{diverging}"
