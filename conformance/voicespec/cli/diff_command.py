"""The `diff` subcommand of `voicespec` (registered by app.py): what a new version of a spec breaks."""

from __future__ import annotations

import argparse
import sys

from voicespec.cli.options import add_location_options
from voicespec.cli.subcommands import add_subcommand
from voicespec.errors import VoicespecError

EXIT_FOUND = 1  # --fail-on matched
EXIT_USAGE = 2  # as argparse exits on a bad option; other voicespec errors exit 2 through app.main


def _cmd_diff(args: argparse.Namespace) -> int:
    """what a new version of a spec breaks, for the spec, the generated client and recorded traffic

    Compare two versions of a provider's spec. OLD and NEW are spec files or git:REV
    (specs/<provider>/openapi.yaml at that revision of the repository you are in).
    """
    # Imported here, not at the top: registering the subcommand must not slow every other `voicespec`
    # command down with griffe and the diff machinery.
    from voicespec.diff.pipeline import compare  # noqa: PLC0415
    from voicespec.diff.report import render  # noqa: PLC0415

    try:
        report = compare(
            args.old,
            args.new,
            args.provider,
            api=not args.no_api,
            traffic=not args.no_traffic,
        )
    except VoicespecError as exc:
        # One plain line (a CI log shows it whole): a file, revision or provider that does not exist, or a
        # spec that cannot be read, named with its first problem.
        detail = f": {exc.problems[0]}" if exc.problems else ""
        line = " ".join(f"{exc.summary}{detail}".split())
        sys.stderr.write(f"voicespec diff: {line}\n")
        return EXIT_USAGE
    sys.stdout.write(render(report, args.format))
    if args.fail_on == "breaking" and report.breaking:
        return EXIT_FOUND
    if args.fail_on == "any" and not report.empty:
        return EXIT_FOUND
    return 0


def add_diff_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = add_subcommand(subparsers, "diff", _cmd_diff)
    diff.add_argument("old", metavar="OLD", help="spec file or git:REV")
    diff.add_argument("new", metavar="NEW", help="spec file or git:REV")
    diff.add_argument("--provider", help="provider name; needed when NEW is not under specs/<provider>/")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "any", "none"),
        default="none",
        help="exit 1 when a breaking change (or any change) is found",
    )
    diff.add_argument("--no-api", action="store_true", help="skip regenerating and comparing the Python API")
    diff.add_argument("--no-traffic", action="store_true", help="skip replaying the recorded cassettes")
    add_location_options(diff)  # --cassettes DIR: the recorded traffic replayed is DIR/<provider>/
