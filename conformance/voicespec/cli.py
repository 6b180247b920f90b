"""The `voicespec` command: generate clients, validate specs, and run the conformance check."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from voicespec.basic_checks import BASIC_CHECKS
from voicespec.cassette_checks import CASSETTE_CHECK
from voicespec.diff.cli import add_diff_command
from voicespec.errors import DriftError, VoicespecError
from voicespec.fuzz import FUZZ_CHECK, STATEFUL_CHECK
from voicespec.generate import check_drift, regenerate
from voicespec.junit import write_junit
from voicespec.property_checks import CLIENT_REQUEST_CHECK, MODEL_ROUNDTRIP_CHECK
from voicespec.providers import Provider, available_providers, get_provider
from voicespec.replay_cli import add_replay_commands
from voicespec.runner import Check, Outcome, run_checks

console = Console(stderr=True)


def _providers(names: Sequence[str] | None) -> list[Provider]:
    if not names:
        return available_providers()
    try:
        return [get_provider(name) for name in names]
    except KeyError as exc:
        raise SystemExit(f"voicespec: {exc.args[0]}") from exc


def _cmd_generate(args: argparse.Namespace) -> int:
    providers = _providers(args.provider)
    if args.check:
        try:
            check_drift(providers)
        except DriftError as exc:
            sys.stdout.write(exc.diff)
            console.print(f"[red]{exc}[/red]")
            return 1
        console.print(f"generated/ matches the specs ({', '.join(p.name for p in providers)})")
        return 0
    for path in regenerate(providers):
        console.print(f"wrote {path}")
    return 0


def all_checks() -> tuple[Check, ...]:
    return (
        *BASIC_CHECKS,
        CASSETTE_CHECK,
        MODEL_ROUNDTRIP_CHECK,
        CLIENT_REQUEST_CHECK,
        FUZZ_CHECK,
        STATEFUL_CHECK,
    )


def _summary(outcomes: list[Outcome]) -> Table:
    table = Table(title="voicespec check")
    for column in ("provider", "check", "cases", "passed", "failed", "time"):
        table.add_column(
            column, justify="right" if column in ("cases", "passed", "failed", "time") else "left"
        )
    for outcome in outcomes:
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


def _cmd_check(args: argparse.Namespace) -> int:
    providers = _providers(args.provider)
    selected = [check for check in all_checks() if not args.only or check.name in args.only]

    def started(provider: Provider, check: Check) -> None:
        console.print(f"[dim]… {provider.name}: {check.name}[/dim]")

    def done(outcome: Outcome) -> None:
        mark = "[green]ok[/green]" if outcome.ok else f"[red]{len(outcome.failures)} failed[/red]"
        console.print(f"  {outcome.provider}: {outcome.check} {mark} ({outcome.cases} cases)")
        for failure in outcome.failures:
            console.print(failure, markup=False, highlight=False)

    outcomes = run_checks(providers, selected, started, done)
    console.print(_summary(outcomes))
    if args.junit:
        write_junit(outcomes, Path(args.junit))
    failed = sum(len(outcome.failures) for outcome in outcomes)
    passed = sum(outcome.passed for outcome in outcomes)
    print(f"voicespec: {passed} passed, {failed} failed")
    return 1 if failed else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="voicespec", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    generate = sub.add_parser("generate", help="regenerate generated/ from the specs")
    generate.add_argument("--provider", action="append", help="only this provider (repeatable)")
    generate.add_argument("--check", action="store_true", help="diff a fresh regeneration against generated/")
    generate.set_defaults(func=_cmd_generate)

    check = sub.add_parser("check", help="run every conformance check")
    check.add_argument("--provider", action="append", help="only this provider (repeatable)")
    check.add_argument("--only", action="append", help="only this check (repeatable)")
    check.add_argument("--junit", help="write JUnit XML to this path")
    check.set_defaults(func=_cmd_check)

    add_replay_commands(sub)
    add_diff_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except VoicespecError as exc:
        console.print(f"[red]voicespec: {exc}[/red]")
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
