"""Path parameters stay inside their own segment, whatever their value."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import PROVIDERS
from voicespec.providers import get_provider

SINCH = get_provider("sinch-voice")


@pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")
@pytest.mark.parametrize(
    ("call_id", "raw"),
    [(".", "%2E"), ("..", "%2E%2E"), ("a/b", "a%2Fb"), ("+46 70", "%2B46%2070"), ("abc", "abc")],
)
def test_a_path_parameter_is_one_segment(call_id: str, raw: str) -> None:
    from sinch_voice import Client  # noqa: PLC0415 - generated package
    from sinch_voice.api.calls import get_call_result  # noqa: PLC0415

    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.raw_path)
        return httpx.Response(404, json={"errorCode": 40400, "message": "Call not found"})

    with Client(
        base_url="http://voicespec.test", httpx_args={"transport": httpx.MockTransport(answer)}
    ) as client:
        get_call_result.sync_detailed(client=client, call_id=call_id)
    assert sent == [f"/calling/v1/calls/id/{raw}".encode()]
