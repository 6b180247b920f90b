"""The `webhooks` subcommand of `voicespec` (registered by app.py): test the user's callback handler."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from voicespec.cli.subcommands import add_subcommand
from voicespec.webhooks.report import summary_table, totals_line, write_junit
from voicespec.webhooks.runner import DEFAULT_MAX_EXAMPLES, check_webhooks

console = Console(stderr=True)


def _cmd_webhooks(args: argparse.Namespace) -> int:
    """play a provider against your callback handler: events, signatures, whole calls

    Send the provider's webhook events to your handler and check its answers (exit 0: it conforms, 1: it
    does not, 2: usage error).
    """
    results = check_webhooks(
        args.provider,
        url=args.url,
        key=args.key,
        secret=args.secret,
        api_port=args.api_port,
        seed=args.seed,
        max_examples=args.max_examples,
        case=args.case,
        progress=lambda line: console.print(line, markup=False, highlight=False, soft_wrap=True),
    )
    for failure in results.failures:
        console.print(str(failure), markup=False, highlight=False, soft_wrap=True)
    for note in results.notes:
        console.print(f"note: {note}", markup=False, highlight=False, soft_wrap=True)
    console.print(summary_table(results))
    if args.junit:
        write_junit(results, Path(args.junit))
    print(totals_line(results))
    return 0 if results.ok else 1


def add_webhooks_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    webhooks = add_subcommand(sub, "webhooks", _cmd_webhooks)
    webhooks.add_argument("provider", metavar="PROVIDER")
    webhooks.add_argument(
        "--url", required=True, help="the handler's URL, e.g. http://127.0.0.1:8000/sinch/callback"
    )
    webhooks.add_argument(
        "--key", help="Sinch: the application key; EnableX: the app ID (encrypts every event)"
    )
    webhooks.add_argument("--secret", help="Sinch: the application secret (signs every callback)")
    webhooks.add_argument(
        "--api-port", type=int, help="EnableX: serve the REST API on 127.0.0.1:PORT for the handler"
    )
    webhooks.add_argument("--junit", help="write JUnit XML to this path")
    webhooks.add_argument("--seed", type=int, default=0, help="seed of the generated events (default 0)")
    webhooks.add_argument(
        "--max-examples",
        type=int,
        default=DEFAULT_MAX_EXAMPLES,
        help=f"generated events per webhook (default {DEFAULT_MAX_EXAMPLES})",
    )
    webhooks.add_argument("--case", help="run only this case (or every case under this prefix) again")
