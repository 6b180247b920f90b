"""Registering a subcommand from the function that runs it: its docstring is the text `--help` shows.

One helper, so that each command module states its help once, beside the code it describes, and registers
itself in one line (as click does with a command's docstring).
"""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Callable

Run = Callable[[argparse.Namespace], int]


def add_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, run: Run
) -> argparse.ArgumentParser:
    """The parser of `voicespec NAME`, which calls `run`. The first paragraph of `run`'s docstring is the
    line `voicespec --help` lists; the rest is the description `voicespec NAME --help` shows (argparse
    re-wraps both, so the docstring's line breaks do not matter)."""
    summary, _, description = inspect.cleandoc(run.__doc__ or "").partition("\n\n")
    parser = subparsers.add_parser(name, help=summary, description=description or None)
    parser.set_defaults(func=run)
    return parser


__all__ = ["Run", "add_subcommand"]
