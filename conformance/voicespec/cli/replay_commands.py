"""The `serve`, `record` and `cassettes` subcommands of `voicespec` (registered by cli.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from voicespec.providers import Provider, available_providers, get_provider


def _provider(name: str) -> Provider:
    try:
        return get_provider(name)
    except KeyError as exc:
        raise SystemExit(f"voicespec: {exc.args[0]}") from exc


def _cmd_serve(args: argparse.Namespace) -> int:
    from voicespec.replay.server import serve  # noqa: PLC0415 - uvicorn/starlette only load for this command

    serve(_provider(args.provider), args.host, args.port, [Path(path) for path in args.cassette or []])
    return 0


def _cmd_record(args: argparse.Namespace) -> int:
    from voicespec.replay.recorder import record  # noqa: PLC0415 - as above

    record(
        _provider(args.provider),
        args.upstream,
        args.host,
        args.port,
        Path(args.cassette) if args.cassette else None,
    )
    return 0


def _cmd_cassettes_build(args: argparse.Namespace) -> int:
    from voicespec.cassettes.build import build_cassettes  # noqa: PLC0415 - imports the generated clients

    providers = [_provider(name) for name in args.provider] if args.provider else available_providers()
    for provider in providers:
        for path in build_cassettes(provider):
            print(f"wrote {path}")
    return 0


def add_replay_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser("serve", help="serve a provider's API from its cassettes and spec over HTTP")
    serve.add_argument("provider", metavar="PROVIDER")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--cassette", action="append", help="replay these cassette files or directories instead (repeatable)"
    )
    serve.set_defaults(func=_cmd_serve)

    record = sub.add_parser("record", help="proxy to an upstream and record the traffic, redacted")
    record.add_argument("provider", metavar="PROVIDER")
    record.add_argument("--upstream", required=True, help="the upstream base URL, e.g. https://api.symbl.ai")
    record.add_argument("--host", default="127.0.0.1")
    record.add_argument("--port", type=int, default=8001)
    record.add_argument("--cassette", help="cassette to write (appended to if it exists)")
    record.set_defaults(func=_cmd_record)

    cassettes = sub.add_parser("cassettes", help="manage the cassettes under conformance/cassettes/")
    actions = cassettes.add_subparsers(dest="action", required=True)
    build = actions.add_parser("build", help="write one cassette per operation from the spec's examples")
    build.add_argument("--provider", action="append", help="only this provider (repeatable)")
    build.set_defaults(func=_cmd_cassettes_build)
