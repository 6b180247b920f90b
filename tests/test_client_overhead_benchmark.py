"""The overhead benchmark (figures in README) still runs and measures every variant it reports."""

from __future__ import annotations

import pytest

from benchmarks import client_overhead
from tests.conftest import PROVIDERS
from voicespec.providers import get_provider


@pytest.mark.skipif(get_provider("sinch-voice") not in PROVIDERS, reason="sinch-voice not selected")
def test_every_variant_gets_the_same_answer_and_a_time(capsys: pytest.CaptureFixture[str]) -> None:
    assert client_overhead.main(["--calls", "2", "--rounds", "2"]) == 0
    rows = {line[:45].strip(): line[45:].split() for line in capsys.readouterr().out.splitlines()[1:8]}
    assert set(rows) == {
        "raw httpx",
        "raw httpx + Basic auth",
        "raw httpx + Basic auth + model",
        "raw httpx + Basic auth, absolute URL",
        "stock openapi-python-client",
        "ours, plain",
        "ours, Basic auth + retry + host routing",
    }
    assert all(float(figures[0]) > 0 for figures in rows.values())


def test_a_variant_that_decodes_the_body_differently_stops_the_benchmark() -> None:
    with pytest.raises(AssertionError, match="short decoded the body"):
        client_overhead.check_answers({"short": lambda: {"callId": "4398599d1ba84ef3bde0a82dfb61abed"}})
