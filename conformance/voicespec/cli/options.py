"""What every `voicespec` subcommand shares: one-line usage errors, the provider and directory options,
and paths resolved against the caller's working directory."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from voicespec import locations
from voicespec.errors import VoicespecError
from voicespec.providers import Provider, available_providers, get_provider


class UsageError(Exception):
    """A command line that cannot mean anything: exit 2 with one line, never a traceback or a pass."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (`voicespec check: error: ...`) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def port(text: str) -> int:
    """A TCP port for argparse: 0 (any free port) to 65535."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port must be a number, not {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port must be between 0 and 65535, not {value}")
    return value


def existing_dir(text: str) -> Path:
    """A directory given on the command line, resolved against the caller's working directory."""
    path = Path(text).expanduser().resolve()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is not a directory")
    return path


def output_path(text: str) -> Path:
    """A file to write, resolved against the caller's working directory."""
    return Path(text).expanduser().resolve()


def add_location_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--spec-dir",
        type=existing_dir,
        metavar="DIR",
        help="your spec directory: one <provider>/openapi.yaml per provider "
        f"(default: ${locations.SPEC_DIR_ENV}, [tool.voicespec] spec-dir, else the bundled specs)",
    )
    parser.add_argument(
        "--cassettes",
        type=existing_dir,
        metavar="DIR",
        help="your cassette directory: one <provider>/ directory of cassettes per provider "
        f"(default: ${locations.CASSETTES_ENV}, [tool.voicespec] cassettes, else the bundled cassettes)",
    )


def apply_locations(args: argparse.Namespace) -> None:
    """Export --spec-dir / --cassettes, so the fuzz interpreters and servers this run starts see them."""
    if getattr(args, "spec_dir", None) is not None:
        os.environ[locations.SPEC_DIR_ENV] = str(args.spec_dir)
    if getattr(args, "cassettes", None) is not None:
        os.environ[locations.CASSETTES_ENV] = str(args.cassettes)


def select_providers(names: Sequence[str] | None) -> list[Provider]:
    """The named providers, or every provider; an unknown name or no provider at all is a usage error."""
    if names:
        try:
            return [get_provider(name) for name in names]
        except KeyError as exc:
            raise UsageError(exc.args[0]) from exc
    providers = available_providers()
    if not providers:
        raise UsageError(f"no provider specs (<provider>/openapi.yaml) under {locations.specs_root()}")
    return providers


def user_cassette_providers(providers: list[Provider], explicit: bool) -> list[Provider]:
    """With a user's cassette directory, the providers it has cassettes for; an empty or unknown provider
    directory is a usage error, so a CI job never passes while checking none of the user's traffic."""
    root = locations.cassettes_root()
    if root == locations.LAYOUT.cassettes:
        return providers
    known = {provider.name for provider in providers}
    found = sorted(path.name for path in root.iterdir() if path.is_dir())
    strangers = [name for name in found if name not in known and name not in {"__pycache__"}]
    if strangers and not explicit:
        raise UsageError(
            f"{root}: {', '.join(strangers)} is not a provider (known: {', '.join(sorted(known))})"
        )
    chosen = providers if explicit else [provider for provider in providers if provider.name in found]
    if not chosen:
        raise UsageError(
            f"{root} has no <provider>/ directory of cassettes (providers: {', '.join(sorted(known))})"
        )
    for provider in chosen:
        if not (provider.cassettes_dir.is_dir() and any(provider.cassettes_dir.glob("*.yaml"))):
            raise UsageError(f"{provider.cassettes_dir} holds no cassettes (*.yaml) for {provider.name}")
    return chosen


def report_usage_error(prog: str, exc: UsageError | VoicespecError) -> int:
    print(f"{prog}: error: {exc}", file=sys.stderr)
    return 2
