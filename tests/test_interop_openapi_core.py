"""openapi-core 0.23.1, an independent OpenAPI implementation, validates every interaction of every
committed cassette (request and response) against its provider's spec.

openapi-core cannot share voicespec's environment (it needs openapi-spec-validator < 0.9; voicespec pins
0.9.0), so it runs in a virtual environment of its own, built once from the exact pins in
`openapi_core_requirements.txt` under `.venv/` and reused while the pins are unchanged. A disagreement
the spec accepts on purpose is listed in KNOWN with its reason; a listed one that stops failing fails the
test, so the list stays honest."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROVIDERS
from voicespec.cassettes.model import cassette_files
from voicespec.providers import ROOT, Provider

REQUIREMENTS = Path(__file__).with_name("openapi_core_requirements.txt")
SCRIPT = Path(__file__).with_name("openapi_core_validate.py")

KNOWN = {
    # openapi-core validates OAS 3.1 bodies with the 3.1 dialect, where `type: string` does not accept the
    # bytes it deserialises an audio/wav body to; the spec keeps `format: binary`, which the generator
    # needs to type the download as a file.
    ("enablex-voice", "downloadRecording.yaml", 0, "response"): "InvalidData",
}


@pytest.fixture(scope="session")
def openapi_core_python() -> Path:
    pins = REQUIREMENTS.read_bytes()
    home = ROOT / ".venv" / f"openapi-core-{hashlib.sha256(pins).hexdigest()[:12]}"
    python = home / "bin" / "python"
    if not (home / "ready").is_file():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(home)], check=True, timeout=120)
        install = [str(python), "-m", "pip", "install", "-q", "--no-deps", "-r", str(REQUIREMENTS)]
        subprocess.run(install, check=True, timeout=600)
        (home / "ready").write_text("installed from " + REQUIREMENTS.name)
    return python


def verdicts(python: Path, provider: Provider) -> list[dict[str, str | int | None]]:
    files = [str(path) for path in cassette_files(provider.cassettes_dir)]
    done = subprocess.run(
        [str(python), str(SCRIPT), str(provider.spec_path), *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_openapi_core_accepts_every_committed_interaction(
    openapi_core_python: Path, provider: Provider
) -> None:
    found = verdicts(openapi_core_python, provider)
    assert found, f"no interactions validated for {provider.name}"
    failures = {}
    for verdict in found:
        for side in ("request", "response"):
            if verdict[side] is not None:
                failures[(provider.name, Path(str(verdict["file"])).name, verdict["index"], side)] = verdict[
                    side
                ]
    known = {key: reason for key, reason in KNOWN.items() if key[0] == provider.name}
    unexpected = {key: text for key, text in failures.items() if key not in known}
    assert unexpected == {}
    for key, kind in known.items():
        assert key in failures, f"{key} now passes openapi-core: drop it from KNOWN"
        assert str(failures[key]).startswith(kind)


def test_the_environment_is_the_pinned_one(openapi_core_python: Path) -> None:
    frozen = subprocess.run(
        [str(openapi_core_python), "-m", "pip", "freeze"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    assert "openapi-core==0.23.1" in frozen
    pinned = [line for line in REQUIREMENTS.read_text().splitlines() if line and not line.startswith("#")]
    assert sorted(pinned, key=str.lower) == sorted(frozen, key=str.lower)


def test_every_selected_provider_has_cassettes() -> None:
    assert all(cassette_files(provider.cassettes_dir) for provider in PROVIDERS)
