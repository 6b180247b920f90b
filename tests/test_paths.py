"""Path parameters stay inside their own segment, whatever their value."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


BASE_URLS = [
    "https://calling.api.sinch.com",
    "https://calling.api.sinch.com/",
    "http://127.0.0.1:8080/prefix",
    "http://127.0.0.1:8080/prefix/",
    "https://calling.api.sinch.com:443/a%20b/",
    "http://user:p%40ss@voicespec.test:81/a/b",
    "https://bücher.example/v1",
    "http://[::1]:9000",
    "http://voicespec.test/?q=1",
    "http://voicespec.test/base#fragment",
    "",
    "/relative/base",
]


def _client(base_url: str) -> httpx.Client:
    # A transport of its own spares httpx building an SSL context per client; nothing is sent.
    return httpx.Client(base_url=base_url, transport=httpx.MockTransport(lambda request: httpx.Response(500)))


def _httpx_join(base_url: str, path: str) -> httpx.URL:
    return _client(base_url).build_request("GET", path).url


def _our_join(base_url: str, path: str) -> httpx.URL:
    from sinch_voice.paths import absolute_url  # noqa: PLC0415 - generated package

    client = _client(base_url)
    return client.build_request("GET", absolute_url(client.base_url, path)).url


@pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")
@pytest.mark.parametrize("base_url", BASE_URLS)
@pytest.mark.parametrize(
    "path", ["/calling/v1/calls/id/abc", "/calling/v1/calls/id/%2E%2E", "/v1/%2B46%2070/ü", "/", "//x"]
)
def test_joining_the_path_gives_the_url_httpx_would_send(base_url: str, path: str) -> None:
    assert str(_our_join(base_url, path)) == str(_httpx_join(base_url, path))


@pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")
@settings(max_examples=300, deadline=None)
@given(
    base_url=st.sampled_from(BASE_URLS),
    prefix=st.lists(st.text(min_size=1, max_size=8), max_size=3),
    parameters=st.lists(st.text(max_size=12), min_size=1, max_size=3),
)
def test_joining_any_encoded_path_gives_the_url_httpx_would_send(
    base_url: str, prefix: list[str], parameters: list[str]
) -> None:
    from sinch_voice.paths import path_segment  # noqa: PLC0415 - generated package

    base = base_url.rstrip("/") + "".join(f"/{path_segment(part)}" for part in prefix) if base_url else ""
    path = "/calling/" + "/".join(path_segment(value) for value in parameters)
    assert str(_our_join(base, path)) == str(_httpx_join(base, path))


@pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")
def test_a_changed_base_url_is_used_at_once() -> None:
    from sinch_voice import Client  # noqa: PLC0415 - generated package
    from sinch_voice.api.calls import get_call_result  # noqa: PLC0415

    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(404, json={"errorCode": 40400, "message": "Call not found"})

    with Client(
        base_url="http://one.test/a", httpx_args={"transport": httpx.MockTransport(answer)}
    ) as client:
        get_call_result.sync_detailed(client=client, call_id="c-1")
        client.get_httpx_client().base_url = "http://two.test:8080/b/"
        get_call_result.sync_detailed(client=client, call_id="c-1")
    assert sent == [
        "http://one.test/a/calling/v1/calls/id/c-1",
        "http://two.test:8080/b/calling/v1/calls/id/c-1",
    ]
