"""The Python examples of README's client sections run as written, against the replay servers of
`voicespec serve`, with the few names the README says the reader defines. (The blocks of "Testing your
callback handler" are the files in examples/, which tests/test_webhooks_examples.py runs.)"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator

import pytest
from enablex_voice import Client
from sinch_voice import Client as SinchClient
from symbl_telephony import Client as SymblClient

from voicespec.providers import ROOT, get_provider
from voicespec.replay.server import ServerThread, create_app

START, END = "## Using a generated client", "## Testing your callback handler"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(START) : text.index(END)]
    return BLOCK.findall(section)


EXAMPLES = _examples()


@pytest.fixture
def reader_names(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, object]]:
    """The names README says the reader defines, with base URLs on local replay servers, and the
    environment variables its callback handlers read their credentials from."""
    monkeypatch.setenv("SINCH_APP_KEY", "669E367E-6BBA-48AB-AF15-266871C28135")
    monkeypatch.setenv("SINCH_APP_SECRET", "BeIukql3pTKJ8RGL5zo0DA==")
    monkeypatch.setenv("ENABLEX_APP_ID", "6d4e5a6f3c2b1a0987654321fedcba98")
    monkeypatch.setenv("ENABLEX_APP_KEY", "enablex-app-key-for-the-readme")
    with (
        ServerThread(create_app(get_provider("sinch-voice"))) as sinch_url,
        ServerThread(create_app(get_provider("symbl-telephony"))) as symbl_url,
    ):
        yield {
            "APP_KEY": "669E367E-6BBA-48AB-AF15-266871C28135",
            "APP_SECRET": "BeIukql3pTKJ8RGL5zo0DA==",
            "app_id": "6d4e5a6f3c2b1a0987654321fedcba98",
            # The spec's example credentials: the replay server answers the token request it documents.
            "app_secret": "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e",
            "sinch_url": sinch_url,
            "symbl_url": symbl_url,
        }


def test_the_client_sections_have_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_a_readme_example_runs_as_written(example: str, reader_names: dict[str, object]) -> None:
    printed = io.StringIO()
    namespace = dict(reader_names)
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(example, "README.md", "exec"), namespace)
    finally:
        for value in namespace.values():  # the examples leave their clients open, as a script may
            if isinstance(value, Client | SinchClient | SymblClient):
                value.get_httpx_client().close()
    if "print(" in example and "def " not in example:  # a handler only defines functions
        assert printed.getvalue().strip(), "the example printed nothing"
