"""The `voicespec` command: generate clients, validate specs, and run the conformance check."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from voicespec.checks.registry import ALL_CHECKS
from voicespec.checks.runner import Check, run_checks
from voicespec.cli.replay_commands import add_replay_commands
from voicespec.cli.webhooks_command import add_webhooks_command
from voicespec.errors import DriftError, VoicespecError
from voicespec.generation.generator import check_drift, regenerate
from voicespec.providers import Provider, available_providers, get_provider
from voicespec.reporting.junit import write_junit
from voicespec.reporting.summary import Progress, summary_table, totals_line

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
    return ALL_CHECKS


def _cmd_check(args: argparse.Namespace) -> int:
    providers = _providers(args.provider)
    selected = [check for check in all_checks() if not args.only or check.name in args.only]

    progress = Progress(console)
    outcomes = run_checks(providers, selected, progress.started, progress.done)
    console.print(summary_table(outcomes))
    if args.junit:
        write_junit(outcomes, Path(args.junit))
    print(totals_line(outcomes))
    return 0 if all(outcome.ok for outcome in outcomes) else 1


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
    add_webhooks_command(sub)
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
