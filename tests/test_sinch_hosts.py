"""Every Sinch operation is reachable by setting only base URLs: the calling host and the management host
apart (two real servers on loopback), or one local server for both."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import PROVIDERS
from tests.replay_support import all_calls, credentials
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread, create_app
from voicespec.spec.document import SpecDocument

SINCH = get_provider("sinch-voice")
pytestmark = pytest.mark.skipif(SINCH not in PROVIDERS, reason="sinch-voice not selected")


class Seen(httpx.BaseTransport):
    """Real HTTP underneath, remembering which host:port each request went to."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent: list[tuple[str, int | None, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.url.host, request.url.port, request.url.path))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _run_every_operation(calling: str, management: str) -> Seen:
    from sinch_voice.hosts import sinch_client  # noqa: PLC0415 - generated package

    seen = Seen()
    headers = credentials(SpecDocument.load(SINCH.spec_path))
    client = sinch_client(
        calling_base_url=calling, management_base_url=management, transport=seen, headers=headers
    )
    with client:
        for call in all_calls(SINCH):
            response = call.binding.module().sync_detailed(client=client, **call.kwargs)
            assert 200 <= response.status_code < 300, (call.label, response.status_code, response.content)
            assert response.parsed is not None or not response.content, call.label
    return seen


def test_calling_and_management_hosts_are_separate() -> None:
    with ServerThread(create_app(SINCH)) as calling, ServerThread(create_app(SINCH)) as management:
        seen = _run_every_operation(calling, management)
    calling_port, management_port = httpx.URL(calling).port, httpx.URL(management).port
    from sinch_voice.hosts import is_management_path  # noqa: PLC0415

    assert {path for _, _, path in seen.sent if path.startswith("/calling/")}
    for _, port, path in seen.sent:
        assert port == (management_port if is_management_path(path) else calling_port), path


def test_one_local_server_serves_every_operation() -> None:
    with ServerThread(create_app(SINCH)) as url:
        seen = _run_every_operation(url, url)
    assert {port for _, port, _ in seen.sent} == {httpx.URL(url).port}
    assert len({path for _, _, path in seen.sent}) >= 8


def test_routing_agrees_with_the_spec_servers() -> None:
    """The management paths are exactly the paths the spec puts on callingapi.sinch.com, the one
    path-level server, and the named regions are the spec's top-level servers."""
    from sinch_voice.host_routing import ROUTES  # noqa: PLC0415
    from sinch_voice.hosts import CALLING_HOSTS, MANAGEMENT_BASE_URL, is_management_path  # noqa: PLC0415

    doc = SpecDocument.load(SINCH.spec_path)
    assert MANAGEMENT_BASE_URL == "https://callingapi.sinch.com"
    assert ROUTES.servers == (MANAGEMENT_BASE_URL,)
    assert sorted(CALLING_HOSTS.values()) == sorted(server["url"] for server in doc.data["servers"])
    for path, item in doc.data["paths"].items():
        path_servers = [server["url"] for server in item.get("servers", [])]
        assert is_management_path(path) == (path_servers == [MANAGEMENT_BASE_URL]), path


def test_an_unknown_region_is_a_clear_error() -> None:
    from sinch_voice.hosts import sinch_client  # noqa: PLC0415

    with pytest.raises(ValueError, match="unknown Sinch region 'mars'"):
        sinch_client(region="mars")


def test_rerouting_keeps_the_path_encoded() -> None:
    """A management path parameter holding "/" or "?" still arrives as one segment on the other host."""
    from sinch_voice.api.applications import query_number  # noqa: PLC0415
    from sinch_voice.hosts import sinch_client  # noqa: PLC0415

    sent: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(404, json={"errorCode": 40400, "message": "not found"})

    client = sinch_client(
        calling_base_url="http://calling.test",
        management_base_url="http://management.test:8080/base",
        transport=httpx.MockTransport(answer),
    )
    with client:
        query_number.sync_detailed(client=client, number="+46 70/1?x")
    (url,) = sent
    assert (url.host, url.port) == ("management.test", 8080)
    assert url.raw_path == b"/base/v1/calling/query/number/%2B46%2070%2F1%3Fx"
