"""The committed cassettes, read by the tools the README says can read them, at the pinned versions:
vcrpy replays every one through the generated clients (its default matchers, then with body matching as
well) and pytest-recording does the same in a pytest run of its own.

Each cassette holds a success per request example of its operation, then a documented error that repeats
the first request; so each call gets its recorded success, the first call once more gets the error, and
then every interaction has been played."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import vcr
from vcr.request import Request as VcrRequest

from tests.conftest import PROVIDERS
from voicespec.cassettes.model import Cassette
from voicespec.cassettes.redact_text import redact_text
from voicespec.cassettes.scan import every_spec_names
from voicespec.client.example_calls import OperationCall, operation_calls
from voicespec.client.factory import build_client
from voicespec.providers import ROOT, Provider

VCR_MATCH_ON = ("method", "scheme", "host", "port", "path", "query")  # vcrpy's defaults
_NAMES = every_spec_names()


def cassette_calls(provider: Provider) -> Iterator[tuple[Path, list[OperationCall]]]:
    """(cassette file, the calls it was built from) for every operation that has a cassette."""
    grouped: dict[str, list[OperationCall]] = {}
    for operation_call in operation_calls(provider):
        grouped.setdefault(operation_call.operation_id, []).append(operation_call)
    for operation_id, calls in grouped.items():
        path = provider.cassettes_dir / f"{operation_id}.yaml"
        if path.is_file():
            yield path, calls


def send(operation_call: OperationCall, origin: str) -> Any:
    """The generated client's call on a stock httpx transport (the one vcrpy patches) at `origin`."""
    package = importlib.import_module(operation_call.binding.module_name.split(".")[0])
    with build_client(package, origin) as client:
        return operation_call.binding.module().sync_detailed(client=client, **operation_call.kwargs)


def redacted_like_a_cassette(request: VcrRequest) -> VcrRequest:
    """vcrpy's `before_record_request` hook, which it also applies before matching: the live request
    redacted as the cassette was, so body matching compares like with like."""
    body = request.body
    if body:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        request.body = redact_text(text, _NAMES, set(), request.headers.get("Content-Type", "")).encode()
    return request


def origin_of(cassette: Cassette) -> str:
    parts = urlsplit(cassette.interactions[0].request.uri)
    return f"{parts.scheme}://{parts.netloc}"


def replay_with_vcrpy(path: Path, calls: list[OperationCall], match_on: tuple[str, ...]) -> list[int]:
    recorded = Cassette.load(path)
    origin = origin_of(recorded)
    statuses = []
    with vcr.use_cassette(
        str(path), record_mode="none", match_on=match_on, before_record_request=redacted_like_a_cassette
    ) as cassette:
        for operation_call in calls:
            statuses.append(int(send(operation_call, origin).status_code))
        if len(recorded.interactions) > len(calls):
            statuses.append(int(send(calls[0], origin).status_code))  # the documented error
        assert cassette.all_played, f"{path.name}: not every interaction was played"
    assert statuses == [interaction.response.status for interaction in recorded.interactions], path.name
    return statuses


@pytest.mark.parametrize("match_on", [VCR_MATCH_ON, (*VCR_MATCH_ON, "body")], ids=["default", "body"])
def test_vcrpy_replays_every_committed_cassette(provider: Provider, match_on: tuple[str, ...]) -> None:
    replayed = [replay_with_vcrpy(path, calls, match_on) for path, calls in cassette_calls(provider)]
    assert replayed, f"no cassettes replayed for {provider.name}"
    assert sum(len(statuses) for statuses in replayed) == sum(
        len(Cassette.load(path).interactions) for path, _ in cassette_calls(provider)
    )


_PYTEST_RECORDING_TEST = """
import pytest

from tests.conftest import PROVIDERS
from tests.test_interop import VCR_MATCH_ON, cassette_calls, origin_of, redacted_like_a_cassette, send
from voicespec.cassettes.model import Cassette

# Each committed cassette given to the plugin's own `vcr` mark (an extra cassette path), so its persister
# reads it; the test's default cassette does not exist and holds nothing.
CASES = [
    pytest.param(path, calls, marks=pytest.mark.vcr(str(path)), id=path.stem)
    for provider in PROVIDERS
    for path, calls in cassette_calls(provider)
]


@pytest.fixture
def vcr_config():
    return {"match_on": [*VCR_MATCH_ON, "body"], "before_record_request": redacted_like_a_cassette}


@pytest.mark.parametrize(("path", "calls"), CASES)
def test_replay(path, calls, vcr):
    recorded = Cassette.load(path)
    origin = origin_of(recorded)
    statuses = [send(call, origin).status_code for call in calls]
    if len(recorded.interactions) > len(calls):
        statuses.append(send(calls[0], origin).status_code)
    assert vcr.all_played
    assert statuses == [item.response.status for item in recorded.interactions]
"""


def test_pytest_recording_replays_every_committed_cassette(tmp_path: Path) -> None:
    test_file = tmp_path / "test_with_pytest_recording.py"
    test_file.write_text(textwrap.dedent(_PYTEST_RECORDING_TEST))
    environment = {"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "recording",
            "--record-mode=none",
            "-p",
            "no:cacheprovider",
            str(test_file),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    expected = sum(1 for provider in PROVIDERS for _ in cassette_calls(provider))
    assert f"{expected} passed" in done.stdout
