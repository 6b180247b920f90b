"""Host routing is derived from the spec: each generated package's `spec_servers` holds what the spec's
`servers` say, and its `host_routing` moves exactly the paths with a path-level server, matched by template,
with their parameters still percent-encoded."""

from __future__ import annotations

import asyncio
import importlib
import re
import shutil
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.conftest import PROVIDERS
from voicespec import providers
from voicespec.errors import GenerationError
from voicespec.generation.generator import generate_project
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument

CLIENT = "http://client.test"
# A parameter value that holds every separator a path can have: it must stay inside its segment.
AWKWARD = "+46 70/1?x#y"


def _module(provider: Provider, name: str) -> ModuleType:
    return importlib.import_module(f"{provider.package}.{name}")


def _spec_path_servers(provider: Provider) -> dict[str, str]:
    """Read straight from the spec's YAML (none of the three specs gives its path servers variables)."""
    paths = SpecDocument.load(provider.spec_path).data["paths"]
    return {path: item["servers"][0]["url"] for path, item in paths.items() if item.get("servers")}


def _concrete(provider: Provider, template: str) -> str:
    """`template` with every parameter set to AWKWARD, encoded as the generated operations encode it."""
    segment = _module(provider, "paths").path_segment(AWKWARD)
    return re.sub(r"\{[^{}]*\}", segment, template)


class Sink(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Keeps the URL and Host header each request arrives with, and answers 204."""

    def __init__(self) -> None:
        self.sent: list[tuple[httpx.URL, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.url, request.headers["Host"]))
        return httpx.Response(204)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


def test_the_generated_servers_are_the_specs(provider: Provider) -> None:
    generated = _module(provider, "spec_servers")
    servers, path_servers = generated.SERVERS, generated.PATH_SERVERS
    data = SpecDocument.load(provider.spec_path).data
    assert servers == tuple(server["url"] for server in data["servers"])
    assert path_servers == _spec_path_servers(provider)


def test_every_path_level_server_routes_and_no_other_path_does(provider: Provider) -> None:
    routing = _module(provider, "host_routing")
    path_servers = _spec_path_servers(provider)
    servers = sorted(set(path_servers.values()))
    # Each server of the spec goes to a host of its own, under a path, so a wrong choice shows.
    hosts = {server: f"http://routed-{index}.test:8{index}/base" for index, server in enumerate(servers)}
    sink = Sink()
    transport = routing.HostRoutingTransport(hosts, transport=sink)
    with httpx.Client(base_url=CLIENT, transport=transport) as client:
        for template in SpecDocument.load(provider.spec_path).data["paths"]:
            path = _concrete(provider, template)
            for sent in (path, path + "?page=2", path + "/more", "/elsewhere" + path):
                client.get(sent)
                url, host = sink.sent[-1]
                exact = sent.split("?")[0] == path
                if exact and template in path_servers:
                    target = httpx.URL(hosts[path_servers[template]])
                    assert (url.host, url.port, host) == (target.host, target.port, target.netloc.decode())
                    assert url.raw_path == b"/base" + sent.encode(), (template, sent)
                else:
                    assert (url.host, host) == ("client.test", "client.test"), (template, sent)
                    assert url.raw_path == sent.encode(), (template, sent)
    assert routing.ROUTES.servers == tuple(dict.fromkeys(path_servers.values()))


@pytest.mark.parametrize(
    "plain",
    [provider for provider in PROVIDERS if not _spec_path_servers(provider)],
    ids=lambda provider: provider.name,
)
def test_a_spec_without_path_level_servers_routes_nothing(plain: Provider) -> None:
    routing = _module(plain, "host_routing")
    assert routing.ROUTES.servers == ()
    with pytest.raises(ValueError, match=r"no path of the spec is served by https://other\.test"):
        routing.HostRoutingTransport({"https://other.test": CLIENT})


def test_async_requests_are_routed_too() -> None:
    from sinch_voice.host_routing import HostRoutingTransport  # noqa: PLC0415 - generated package

    sink = Sink()
    hosts = {"https://callingapi.sinch.com": "http://management.test"}
    transport = HostRoutingTransport(hosts, transport=sink)

    async def send() -> None:
        async with httpx.AsyncClient(base_url=CLIENT, transport=transport) as client:
            await client.get("/v1/calling/query/number/%2B46%2070%2F1")
            await client.get("/calling/v1/calls/id/c-1")

    asyncio.run(send())
    assert [(url.host, url.raw_path) for url, _ in sink.sent] == [
        ("management.test", b"/v1/calling/query/number/%2B46%2070%2F1"),
        ("client.test", b"/calling/v1/calls/id/c-1"),
    ]


def test_a_base_url_with_a_path_routes_what_follows_it() -> None:
    """routed_client knows the base URL, so the templates match the path after it, and the moved request
    keeps only that part."""
    from sinch_voice.api.applications import get_numbers, query_number  # noqa: PLC0415
    from sinch_voice.api.calls import get_call_result  # noqa: PLC0415
    from sinch_voice.host_routing import routed_client  # noqa: PLC0415

    sink = Sink()
    hosts = {"https://callingapi.sinch.com": "http://management.test/m"}
    with routed_client(f"{CLIENT}/prefix", hosts=hosts, transport=sink) as client:
        get_numbers.sync_detailed(client=client)
        query_number.sync_detailed(client=client, number="+1/2")
        get_call_result.sync_detailed(client=client, call_id="c-1")
    assert [str(url) for url, _ in sink.sent] == [
        "http://management.test/m/v1/configuration/numbers",
        "http://management.test/m/v1/calling/query/number/%2B1%2F2",
        f"{CLIENT}/prefix/calling/v1/calls/id/c-1",
    ]


def test_concrete_paths_match_before_templated_ones() -> None:
    """The OpenAPI rule, whatever order the spec lists them in."""
    from sinch_voice.host_routing import PathRouter  # noqa: PLC0415

    router = PathRouter({"/a/{id}": "https://templated.test", "/a/b": "https://concrete.test"})
    assert router.server_for(b"/a/b") == "https://concrete.test"
    assert router.server_for(b"/a/b?x=1") == "https://concrete.test"
    assert router.server_for(b"/a/c%2Fd") == "https://templated.test"
    assert router.server_for(b"/a/c/d") is None
    assert router.server_for(b"/a") is None
    assert router.server_for(b"/ab") is None


def test_a_runtime_module_named_like_the_derived_one_is_refused(
    any_provider: Provider, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`spec_servers.py` is written at generation; a hand-written module of that name would be lost."""
    runtime = tmp_path / "runtime"
    shutil.copytree(providers.RUNTIME_DIR / "common", runtime / "common")
    (runtime / "common" / "spec_servers.py").write_text("SERVERS = ()\n", encoding="utf-8")
    monkeypatch.setattr(providers, "RUNTIME_DIR", runtime)
    with pytest.raises(GenerationError, match=r"would overwrite spec_servers\.py"):
        generate_project(any_provider, tmp_path / "out")
