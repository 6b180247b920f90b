"""The `serve`, `record` and `cassettes` subcommands of `voicespec` (registered by cli/app.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from voicespec.cli.options import add_location_options, output_path, port, select_providers
from voicespec.providers import Provider


def _provider(name: str) -> Provider:
    return select_providers([name])[0]


def _cmd_serve(args: argparse.Namespace) -> int:
    from voicespec.replay.limits import Limits, parse_credentials  # noqa: PLC0415 - as below
    from voicespec.replay.server import serve  # noqa: PLC0415 - uvicorn/starlette only load for this command

    try:
        credentials = parse_credentials(args.credentials or [])
    except ValueError as exc:
        raise SystemExit(f"voicespec serve: {exc}") from None
    limits = Limits(args.max_body, args.body_timeout, args.max_depth, args.head_timeout, credentials)
    serve(_provider(args.provider), args.host, args.port, list(args.cassette or []), limits)
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
    from voicespec.cassettes.evidence_build import build_evidence_cassette  # noqa: PLC0415 - likewise

    for provider in select_providers(args.provider):
        for path in build_cassettes(provider):
            print(f"wrote {path}")
        evidence = build_evidence_cassette(provider)
        if evidence is not None:
            print(f"wrote {evidence}")
    return 0


def _cmd_cassettes_scan(args: argparse.Namespace) -> int:
    from voicespec.cassettes.scan import scan_paths  # noqa: PLC0415 - reads every provider's spec

    paths = [Path(path) for path in args.paths]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(f"voicespec: no such file or directory: {', '.join(missing)}")
        return 2
    findings = scan_paths(paths)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} secret-like value(s) found" if findings else "no secrets found")
    return 1 if findings else 0


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
    serve.add_argument(
        "--credentials",
        action="append",
        metavar="NAME=VALUE",
        help="accept only this credential value: basic=USER:PASSWORD or HEADER=VALUE (repeatable); "
        "a wrong one gets the provider's 401",
    )
    serve.add_argument("--max-body", type=int, default=1024 * 1024, help="bytes; larger bodies get 413")
    serve.add_argument("--body-timeout", type=float, default=10.0, help="seconds a body may take (408)")
    serve.add_argument("--max-depth", type=int, default=64, help="JSON nesting depth; deeper gets 400")
    serve.add_argument(
        "--head-timeout", type=float, default=10.0, help="seconds a request head may take (then closed)"
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
    scan = actions.add_parser(
        "scan", help="report anything secret-like in cassette files (exit 1 on findings; a pre-commit hook)"
    )
    scan.add_argument("paths", metavar="PATH", nargs="+", help="cassette files or directories")
    scan.set_defaults(func=_cmd_cassettes_scan)
