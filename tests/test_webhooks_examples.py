"""`voicespec webhooks` against the README's example handlers (examples/*.py): over HTTP on loopback with
the command line, and in process with `check_webhooks` and the pytest fixture. All must conform."""

from __future__ import annotations

import base64
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.examples_support import EXAMPLES, load_example
from voicespec.cli import main
from voicespec.replay.server import ServerThread
from voicespec.webhooks import check_webhooks
from voicespec.webhooks.pytest_plugin import WebhookCheck

pytest_plugins = ["voicespec.webhooks.pytest_plugin"]

ROOT = Path(__file__).resolve().parents[1]
SINCH_KEY = "5f2c1e0a-0000-4000-8000-00000000cafe"
SINCH_SECRET = base64.b64encode(b"voicespec example secret").decode("ascii")
APP_ID, APP_KEY = "example-app-id", "example-app-key"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def sinch_app(monkeypatch: pytest.MonkeyPatch) -> Any:
    return load_example("sinch_callback_app", SINCH_APP_KEY=SINCH_KEY, SINCH_APP_SECRET=SINCH_SECRET).app


@pytest.fixture
def api_port() -> int:
    return free_port()


@pytest.fixture
def ivr_app(monkeypatch: pytest.MonkeyPatch, api_port: int) -> Any:
    env = {
        "ENABLEX_APP_ID": APP_ID,
        "ENABLEX_APP_KEY": APP_KEY,
        "ENABLEX_API_URL": f"http://127.0.0.1:{api_port}",
    }
    return load_example("enablex_ivr_app", **env).app


@pytest.fixture
def event_app(monkeypatch: pytest.MonkeyPatch) -> Any:
    return load_example("enablex_event_app", ENABLEX_APP_ID=APP_ID).app


# --- the README shows the files as they are ---------------------------------------------------------------


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


@pytest.mark.parametrize("name", ["sinch_callback_app", "enablex_event_app", "enablex_ivr_app"])
def test_the_readme_shows_each_example_file_exactly(name: str) -> None:
    source = (EXAMPLES / f"{name}.py").read_text(encoding="utf-8")
    assert source in _python_blocks((ROOT / "README.md").read_text(encoding="utf-8")), name


# --- in process -------------------------------------------------------------------------------------------


def test_the_sinch_example_conforms_in_process(sinch_app: Any) -> None:
    results = check_webhooks(
        "sinch-voice",
        app=sinch_app,
        path="/sinch/callback",
        key=SINCH_KEY,
        secret=SINCH_SECRET,
        max_examples=3,
    )
    assert results.failures == []
    checks = {check for _webhook, check in results.outcomes}
    assert checks == {"contract", "tolerant", "verifies-signatures", "malformed-bodies", "scenarios"}
    assert {webhook for webhook, check in results.outcomes if check == "scenarios"} == {"ice", "ace", "dice"}
    assert results.ok


def test_the_enablex_examples_conform_in_process(event_app: Any, ivr_app: Any, api_port: int) -> None:
    for app in (event_app, ivr_app):
        results = check_webhooks(
            "enablex-voice", app=app, path="/enablex/event", key=APP_ID, api_port=api_port, max_examples=3
        )
        assert results.failures == []
        assert results.ok
    # the IVR's calls drove the scenario through accept, play and hang-up: play events were sent
    assert ("playState", "scenarios") in results.outcomes


def test_the_pytest_fixture_passes_a_conforming_handler(
    voicespec_webhooks: WebhookCheck, sinch_app: Any
) -> None:
    results = voicespec_webhooks(
        "sinch-voice",
        app=sinch_app,
        path="/sinch/callback",
        key=SINCH_KEY,
        secret=SINCH_SECRET,
        max_examples=2,
    )
    assert results.ok
    assert results.cases > 100


# --- over HTTP on loopback, with the command line -----------------------------------------------------------


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[str]:
    with ServerThread(request.getfixturevalue(request.param)) as url:
        yield url


@pytest.mark.parametrize("served", ["sinch_app"], indirect=True)
def test_the_sinch_example_conforms_over_http(
    served: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junit = tmp_path / "webhooks.xml"
    code = main(
        [
            "webhooks",
            "sinch-voice",
            "--url",
            f"{served}/sinch/callback",
            "--key",
            SINCH_KEY,
            "--secret",
            SINCH_SECRET,
            "--max-examples",
            "3",
            "--junit",
            str(junit),
        ]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "the handler conforms" in out.out
    suites = ET.parse(junit).getroot()
    assert {suite.get("name") for suite in suites} >= {
        "sinch-voice.ice",
        "sinch-voice.pie",
        "sinch-voice.notify",
    }
    assert suites.findall(".//failure") == []


@pytest.mark.parametrize("served", ["ivr_app", "event_app"], indirect=True)
def test_the_enablex_examples_conform_over_http(
    served: str, api_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "webhooks",
            "enablex-voice",
            "--url",
            f"{served}/enablex/event",
            "--key",
            APP_ID,
            "--api-port",
            str(api_port),
            "--max-examples",
            "3",
        ]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "REST API served at" in out.err
