"""The `serve`, `record` and `cassettes` subcommands of `voicespec` (registered by cli.py)."""

from __future__ import annotations

import argparse

from voicespec.cli.options import add_location_options, output_path, port, select_providers
from voicespec.providers import Provider


def _provider(name: str) -> Provider:
    return select_providers([name])[0]


def _cmd_serve(args: argparse.Namespace) -> int:
    from voicespec.replay.server import serve  # noqa: PLC0415 - uvicorn/starlette only load for this command

    serve(_provider(args.provider), args.host, args.port, list(args.cassette or []))
    return 0


def _cmd_record(args: argparse.Namespace) -> int:
    from voicespec.replay.recorder import record  # noqa: PLC0415 - as above

    record(
        _provider(args.provider),
        args.upstream,
        args.host,
        args.port,
        args.cassette,
    )
    return 0


def _cmd_cassettes_build(args: argparse.Namespace) -> int:
    from voicespec.cassettes.build import build_cassettes  # noqa: PLC0415 - imports the generated clients

    for provider in select_providers(args.provider):
        for path in build_cassettes(provider):
            print(f"wrote {path}")
    return 0


def add_replay_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], epilog: str) -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    serve = sub.add_parser(
        "serve",
        help="serve a provider's API from its cassettes and spec over HTTP",
        epilog=epilog,
        formatter_class=formatter,
    )
    serve.add_argument("provider", metavar="PROVIDER")
    serve.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    serve.add_argument("--port", type=port, default=8000, help="default: 8000")
    serve.add_argument(
        "--cassette",
        action="append",
        type=output_path,
        help="replay these cassette files or directories instead (repeatable)",
    )
    add_location_options(serve)
    serve.set_defaults(func=_cmd_serve)

    record = sub.add_parser("record", help="proxy to an upstream and record the traffic, redacted")
    record.add_argument("provider", metavar="PROVIDER")
    record.add_argument("--upstream", required=True, help="the upstream base URL, e.g. https://api.symbl.ai")
    record.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    record.add_argument("--port", type=port, default=8001, help="default: 8001")
    record.add_argument("--cassette", type=output_path, help="cassette to write (appended to if it exists)")
    add_location_options(record)
    record.set_defaults(func=_cmd_record)

    cassettes = sub.add_parser(
        "cassettes", help="manage the cassettes (the bundled ones, or --cassettes DIR)"
    )
    actions = cassettes.add_subparsers(dest="action", required=True)
    build = actions.add_parser("build", help="write one cassette per operation from the spec's examples")
    build.add_argument("--provider", action="append", help="only this provider (repeatable)")
    add_location_options(build)
    build.set_defaults(func=_cmd_cassettes_build)
