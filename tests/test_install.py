"""The done-when test of the installable tool: the wheels built from this checkout, installed into a fresh
venv, work from a directory that is not the checkout, on a user's own project.

Slow (a wheel build, a venv, a pip install and real `voicespec` runs: a few minutes), so it is marked
`slow` and everything shares one build and one venv (module-scoped fixtures). pip installs from this
machine's configured indexes and wheel cache; the network is never needed when they hold the
dependencies.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import venv
from pathlib import Path

import httpx
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
TIMEOUT = 600


def _run(
    command: list[str | Path], cwd: Path, env: dict[str, str] | None = None, timeout: int = TIMEOUT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with voicespec and the three clients installed from freshly built wheels."""
    base = tmp_path_factory.mktemp("install")
    dist = base / "dist"
    built = _run([sys.executable, ROOT / "scripts" / "dev.py", "dist", dist], cwd=base)
    assert built.returncode == 0, built.stderr[-3000:]
    environment = base / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    wheels = sorted(dist.glob("*.whl"))
    assert [wheel.name.split("-")[0] for wheel in wheels] == [
        "enablex_voice_client",
        "sinch_voice_client",
        "symbl_telephony_client",
        "voicespec",
    ]
    install: list[str | Path] = [
        python,
        "-m",
        "pip",
        "install",
        "-q",
        "--find-links",
        dist,
        *wheels,
        "pytest",
    ]
    done = _run([*install, "-c", ROOT / "constraints.txt"], cwd=base)
    assert done.returncode == 0, done.stderr[-3000:]
    return environment / "bin"


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    directory = tmp_path / "elsewhere"
    directory.mkdir()
    return directory


def test_the_installed_check_passes_from_another_directory(installed: Path, elsewhere: Path) -> None:
    junit = elsewhere / "out" / "junit.xml"
    result = _run([installed / "voicespec", "check", "--junit", "out/junit.xml"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr[-5000:]
    assert " 0 failed" in result.stdout
    assert "skipped" not in result.stdout  # lint ran too (a node is on this machine's PATH)
    assert junit.is_file()
    for provider in ("sinch-voice", "symbl-telephony", "enablex-voice"):
        assert f"{provider}: fuzz ok" in result.stderr


def test_the_wheel_carries_its_data_and_not_the_checkout(installed: Path, elsewhere: Path) -> None:
    code = "import voicespec.locations as l; print(l.LAYOUT.in_checkout, l.LAYOUT.specs)"
    result = _run([installed / "python", "-c", code], cwd=elsewhere)
    in_checkout, specs = result.stdout.split()
    assert in_checkout == "False"
    assert "site-packages" in specs
    assert sorted(path.name for path in Path(specs).glob("*/openapi.yaml")) == ["openapi.yaml"] * 3


def test_nonsense_is_a_usage_error(installed: Path, elsewhere: Path) -> None:
    result = _run([installed / "voicespec", "check", "--only", "nonsense"], cwd=elsewhere)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "voicespec check: error: unknown check nonsense (checks: spec, lint, drift, import, cassettes, "
        "evidence, model-roundtrip, client-requests, fuzz, stateful)"
    ]


def test_without_node_lint_is_skipped_with_its_reason(installed: Path, elsewhere: Path) -> None:
    env = {**os.environ, "PATH": str(installed), "VOICESPEC_CACHE_DIR": str(elsewhere / "cache")}
    result = _run(
        [
            installed / "voicespec",
            "check",
            "--only",
            "lint",
            "--only",
            "spec",
            "--provider",
            "symbl-telephony",
        ],
        cwd=elsewhere,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "symbl-telephony: lint skipped: node is not installed" in result.stderr
    assert "1 skipped (lint: node is not installed" in result.stdout
    only_lint: list[str | Path] = [
        installed / "voicespec",
        "check",
        "--only",
        "lint",
        "--provider",
        "symbl-telephony",
    ]
    result = _run(only_lint, cwd=elsewhere, env=env)
    assert result.returncode == 2  # a run of nothing but a skipped check checked nothing
    assert "no case ran" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_a_request(installed: Path, elsewhere: Path) -> None:
    port = _free_port()
    log = elsewhere / "serve.log"
    with (
        log.open("wb") as output,
        subprocess.Popen(
            [str(installed / "voicespec"), "serve", "sinch-voice", "--port", str(port)],
            cwd=elsewhere,
            stdout=output,
            stderr=subprocess.STDOUT,
        ) as server,
    ):
        try:
            url = f"http://127.0.0.1:{port}/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed"
            deadline = time.monotonic() + 120
            while True:
                try:
                    response = httpx.get(url, headers={"Authorization": "Basic a2V5OnNlY3JldA=="}, timeout=5)
                    break
                except httpx.TransportError:
                    assert server.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, "the server never answered"
                    time.sleep(0.5)
            assert response.status_code == 200, response.text
            assert response.json()["callId"] == "801a3ba3-1dbd-4daf-b0b3-46e1e1fb9f52"
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert "replaying" in log.read_text()


USER_TEST = """
from sinch_voice.api.calls import get_call_result


def test_my_call(sinch_voice_replay):
    result = get_call_result.sync(client=sinch_voice_replay.client, call_id="my-own-call-42")
    assert result.call_id == "my-own-call-42"
    sinch_voice_replay.assert_all_played()
"""


def _user_project(root: Path) -> Path:
    """A user's repository: its own recorded cassette, and [tool.voicespec] pointing at it."""
    project = root / "user-project"
    cassettes = project / "tests" / "cassettes" / "sinch-voice"
    cassettes.mkdir(parents=True)
    data = yaml.safe_load(
        (ROOT / "conformance" / "cassettes" / "sinch-voice" / "getCallResult.yaml").read_text()
    )
    first = data["interactions"][0]
    first["request"]["uri"] = first["request"]["uri"].rsplit("/", 1)[0] + "/my-own-call-42"
    first["response"]["body"]["string"] = first["response"]["body"]["string"].replace(
        "801a3ba3-1dbd-4daf-b0b3-46e1e1fb9f52", "my-own-call-42"
    )
    data["interactions"] = [first]
    data["voicespec"] = {"provider": "sinch-voice", "origin": "recorded"}
    (cassettes / "myCall.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    (project / "pyproject.toml").write_text(
        '[project]\nname = "my-app"\nversion = "0"\n\n[tool.voicespec]\ncassettes = "tests/cassettes"\n'
    )
    (project / "tests" / "test_my_call.py").write_text(USER_TEST)
    return project


def test_a_users_project_replays_and_checks_its_own_cassette(installed: Path, tmp_path: Path) -> None:
    project = _user_project(tmp_path)
    tests = _run([installed / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=project)
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert "1 passed" in tests.stdout
    check = _run([installed / "voicespec", "check", "--only", "cassettes"], cwd=project / "tests")
    assert check.returncode == 0, check.stderr
    assert "sinch-voice: cassettes ok (1 cases)" in check.stderr
    assert "symbl-telephony" not in check.stderr  # only what the user recorded is checked
    shutil.rmtree(project / "tests" / "cassettes" / "sinch-voice")
    (project / "tests" / "cassettes" / "sinch-voice").mkdir()
    empty = _run([installed / "voicespec", "check", "--only", "cassettes"], cwd=project)
    assert empty.returncode == 2
    assert "holds no cassettes" in empty.stderr
