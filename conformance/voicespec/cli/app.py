"""The `voicespec` command: generate clients, validate specs, and run the conformance check."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import cast

from voicespec import locations
from voicespec.checks.hypothesis_storage import build_character_table
from voicespec.checks.registry import ALL_CHECKS, check_names
from voicespec.checks.runner import Check, run_checks
from voicespec.checks.sharding import Shard, shard_units
from voicespec.cli.diff_command import add_diff_command
from voicespec.cli.options import (
    Parser,
    UsageError,
    add_location_options,
    apply_locations,
    output_path,
    select_providers,
    user_cassette_providers,
)
from voicespec.cli.replay_commands import add_replay_commands
from voicespec.cli.webhooks_command import add_webhooks_command
from voicespec.errors import DriftError, VoicespecError
from voicespec.generation.generator import check_drift, regenerate
from voicespec.providers import available_providers
from voicespec.reporting.console import make_console
from voicespec.reporting.junit import write_junit
from voicespec.reporting.summary import Progress, summary_table, totals_line

console = make_console()
DEFAULT_JOBS = max(1, min(os.cpu_count() or 1, 4))


def _cmd_generate(args: argparse.Namespace) -> int:
    providers = select_providers(args.provider)
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
    unknown = [name for name in args.only or [] if name not in check_names()]
    if unknown:
        raise UsageError(f"unknown check {', '.join(unknown)} (checks: {', '.join(check_names())})")
    providers = user_cassette_providers(select_providers(args.provider), explicit=bool(args.provider))
    selected = [check for check in all_checks() if not args.only or check.name in args.only]
    units = [(provider, check) for provider in providers for check in selected]
    if args.shard is not None:
        units = shard_units(units, args.shard)
        if not units:
            raise UsageError(f"shard {args.shard} has no checks: the run has fewer units than shards")
        console.print(f"shard {args.shard}: {', '.join(f'{p.name} {c.name}' for p, c in units)}")

    if any(check.uses_hypothesis for _, check in units):
        build_character_table()
    progress = Progress(console)
    with progress.heartbeat(units):
        outcomes = run_checks([], [], progress.started, progress.done, jobs=args.jobs, units=units)
    console.print(summary_table(outcomes))
    if args.junit:
        write_junit(outcomes, args.junit)
    print(totals_line(outcomes))
    if sum(outcome.cases for outcome in outcomes) == 0:
        raise UsageError("no case ran: nothing was checked (every selected check was skipped or empty)")
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def _epilog() -> str:
    try:
        names = ", ".join(provider.name for provider in available_providers()) or "none found"
    except VoicespecError as exc:
        names = f"cannot list them: {exc.summary}"
    return (
        f"checks (in order): {', '.join(check_names())}\n"
        f"providers: {names}\n"
        f"bundled specs: {locations.LAYOUT.specs}\nbundled cassettes: {locations.LAYOUT.cassettes}\n"
        "exit status: 0 every check passed, 1 a check failed, 2 usage error (nothing or nonsense to check)"
    )


def _parser() -> argparse.ArgumentParser:
    epilog = _epilog()
    formatter = argparse.RawDescriptionHelpFormatter
    parser = Parser(prog="voicespec", description=__doc__, epilog=epilog, formatter_class=formatter)
    # Parser subcommands too (one-line usage errors); typed as the plain kind the other modules accept.
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", required=True, parser_class=Parser),
    )

    generate = sub.add_parser(
        "generate", help="regenerate generated/ from the specs", epilog=epilog, formatter_class=formatter
    )
    generate.add_argument("--provider", action="append", help="only this provider (repeatable)")
    generate.add_argument("--check", action="store_true", help="diff a fresh regeneration against generated/")
    add_location_options(generate)
    generate.set_defaults(func=_cmd_generate)

    check = sub.add_parser(
        "check",
        help="run every conformance check",
        description="Run the conformance checks for every provider (or the ones named).",
        epilog=epilog,
        formatter_class=formatter,
    )
    check.add_argument("--provider", action="append", help="only this provider (repeatable; default: all)")
    check.add_argument(
        "--only", action="append", metavar="CHECK", help="only this check (repeatable; default: all)"
    )
    check.add_argument("--junit", type=output_path, metavar="PATH", help="write JUnit XML to this path")
    check.add_argument(
        "--shard", type=_shard, metavar="K/N", help="run only the K-th of N deterministic parts of the run"
    )
    check.add_argument(
        "--jobs",
        type=_positive,
        default=DEFAULT_JOBS,
        help=f"worker processes (default: {DEFAULT_JOBS}, the CPU count up to 4)",
    )
    add_location_options(check)
    check.set_defaults(func=_cmd_check)

    add_replay_commands(sub, epilog)
    add_webhooks_command(sub)
    add_diff_command(sub)
    return parser


def _shard(text: str) -> Shard:
    try:
        return Shard.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {text!r}")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    prog = f"voicespec {args.command}"
    try:
        apply_locations(args)
        code: int = args.func(args)
    except UsageError as exc:
        console.print(f"{prog}: error: {exc}", markup=False, highlight=False, style="red")
        return 2
    except VoicespecError as exc:
        console.print(f"voicespec: {exc}", markup=False, highlight=False, style="red")
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
