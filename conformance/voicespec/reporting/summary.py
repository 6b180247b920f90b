"""What `voicespec check` prints: a line as each check starts and ends, a heartbeat while checks run, and
the summary table."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voicespec.checks.runner import Check, Outcome
from voicespec.providers import Provider

_NUMBERS = ("cases", "passed", "failed", "diverging", "time")
HEARTBEAT_ENV = "VOICESPEC_HEARTBEAT_SECONDS"
DEFAULT_HEARTBEAT = 10.0


class Progress:
    """The `on_start` / `on_done` callbacks of `run_checks`, printing to `console`, and a heartbeat that
    names the checks still running, so a CI log never goes quiet for long (fuzzing takes a while)."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._pending: dict[tuple[str, str], None] = {}
        self._lock = threading.Lock()

    def started(self, provider: Provider, check: Check) -> None:
        self.console.print(f"… {provider.name}: {check.name}", style="dim", markup=False, highlight=False)

    def done(self, outcome: Outcome) -> None:
        with self._lock:
            self._pending.pop((outcome.provider, outcome.check), None)
        if outcome.skipped is not None:
            mark = f"[yellow]skipped[/yellow]: {escape(outcome.skipped)}"  # `voicespec[lint]` is no markup
        else:
            mark = "[green]ok[/green]" if outcome.ok else f"[red]{len(outcome.failures)} failed[/red]"
        known = f", {outcome.known_divergences} known divergences" if outcome.known_divergences else ""
        cases = "" if outcome.skipped is not None else f" ({outcome.cases} cases{known})"
        self.console.print(f"  {outcome.provider}: {outcome.check} {mark}{cases} {outcome.seconds:.1f}s")
        for failure in outcome.failures:
            self.console.print(failure, markup=False, highlight=False)

    @contextmanager
    def heartbeat(self, units: list[tuple[Provider, Check]]) -> Iterator[None]:
        """While the block runs, every few seconds: how long it has run and what is still pending."""
        interval = float(os.environ.get(HEARTBEAT_ENV) or DEFAULT_HEARTBEAT)
        with self._lock:
            self._pending = {(provider.name, check.name): None for provider, check in units}
        stop = threading.Event()
        started = time.monotonic()

        def beat() -> None:
            while not stop.wait(interval):
                with self._lock:
                    pending = [f"{provider} {check}" for provider, check in self._pending]
                shown = ", ".join(pending[:4]) + (f" (+{len(pending) - 4} more)" if len(pending) > 4 else "")
                elapsed = time.monotonic() - started
                self.console.print(f"… {elapsed:.0f}s, not done yet: {shown}", markup=False, highlight=False)

        thread = threading.Thread(target=beat, name="voicespec-heartbeat", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()


def summary_table(outcomes: list[Outcome]) -> Table:
    """One row per provider and check: cases, passed, failed, known divergences, time."""
    table = Table(title="voicespec check")
    for column in ("provider", "check", *_NUMBERS):
        table.add_column(column, justify="right" if column in _NUMBERS else "left")
    for outcome in outcomes:
        style = "green" if outcome.ok else "red"
        if outcome.skipped is not None:
            passed, failed = "[yellow]skipped[/yellow]", "-"
        else:
            passed, failed = str(outcome.passed), f"[{style}]{len(outcome.failures)}[/{style}]"
        table.add_row(
            outcome.provider,
            outcome.check,
            str(outcome.cases),
            passed,
            failed,
            str(outcome.known_divergences or ""),
            f"{outcome.seconds:.1f}s",
        )
    return table


def totals_line(outcomes: list[Outcome]) -> str:
    failed = sum(len(outcome.failures) for outcome in outcomes)
    passed = sum(outcome.passed for outcome in outcomes)
    known = sum(outcome.known_divergences for outcome in outcomes)
    diverging = f", {known} known divergences" if known else ""
    skipped = [outcome for outcome in outcomes if outcome.skipped is not None]
    reasons = sorted({f"{outcome.check}: {outcome.skipped}" for outcome in skipped})
    skipped_text = f", {len(skipped)} skipped ({'; '.join(reasons)})" if skipped else ""
    return f"voicespec: {passed} passed, {failed} failed{diverging}{skipped_text}"
