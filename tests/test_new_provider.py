"""Adding a provider is data, not code: a provider of our own (tests/fixtures/acme-voice: OpenAPI 3.0,
Bearer and Basic auth, a union, an allOf, a nullable field, an inline and a form-encoded request body, no
examples, two paths on hosts of their own) dropped into a temporary copy of the checkout goes through
`voicespec generate`, `voicespec cassettes build`, `voicespec check` and `voicespec serve` with no change to
voicespec, and its client routes those two paths to their hosts with no code of its own."""

from __future__ import annotations

import importlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from voicespec.checks.registry import ALL_CHECKS

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "acme-voice"
NAME = "acme-voice"
# Evidence is real-world traffic; a provider we invented has none, and the check says so (tested below).
CHECKS = [check.name for check in ALL_CHECKS if check.name != "evidence"]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of what voicespec needs of the checkout, with acme-voice as its only provider."""
    root = tmp_path_factory.mktemp("checkout")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "conformance" / "voicespec", root / "conformance" / "voicespec", ignore=ignore)
    for folder in ("templates", "runtime"):
        shutil.copytree(ROOT / folder, root / folder, ignore=ignore)
    shutil.copyfile(ROOT / "redocly.yaml", root / "redocly.yaml")
    (root / "tools" / "lint").mkdir(parents=True)
    (root / "tools" / "lint" / "node_modules").symlink_to(ROOT / "tools" / "lint" / "node_modules")
    shutil.copytree(FIXTURE, root / "specs" / NAME)
    return root


def _env(checkout: Path) -> dict[str, str]:
    # A smaller budget than `voicespec check`'s (the point is that every check runs), and wide lines.
    budget = {"VOICESPEC_FUZZ_MAX_EXAMPLES": "4", "VOICESPEC_MAX_EXAMPLES": "10", "COLUMNS": "200"}
    return {**os.environ, **budget, "PYTHONPATH": str(checkout / "conformance")}


def voicespec(checkout: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`python -m voicespec.cli ...` running from the copy (so the copy's specs/ and generated/ are used)."""
    return subprocess.run(
        [sys.executable, "-m", "voicespec.cli", *args],
        cwd=checkout,
        env=_env(checkout),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def built(checkout: Path) -> Path:
    generated = voicespec(checkout, "generate", "--provider", NAME)
    assert generated.returncode == 0, generated.stderr
    assert (checkout / "generated" / "acme_voice" / "acme_voice" / "client.py").is_file()
    cassettes = voicespec(checkout, "cassettes", "build", "--provider", NAME)
    assert cassettes.returncode == 0, cassettes.stderr
    return checkout


def test_cassettes_are_built_from_synthesised_examples(built: Path) -> None:
    files = sorted((built / "conformance" / "cassettes" / NAME).glob("*.yaml"))
    assert [path.stem for path in files] == [
        "createCall",
        "createToken",
        "getCall",
        "performAction",
        "tagCall",
    ]
    for path in files:
        interactions = yaml.safe_load(path.read_text())["interactions"]
        outcomes = [item["voicespec"]["outcome"] for item in interactions]
        assert outcomes == ["success", "documented-error"], path.name
        for item in interactions:  # every value was made from a schema, and says so
            assert item["voicespec"]["synthesised"], (path.name, item["voicespec"])
    get_call = yaml.safe_load((built / "conformance" / "cassettes" / NAME / "getCall.yaml").read_text())
    request = get_call["interactions"][0]["request"]
    assert request["headers"]["Authorization"] == ["Bearer REDACTED"]  # the first security alternative
    assert get_call["interactions"][0]["voicespec"]["synthesised"] == [
        "path parameter callId",
        "response body",
    ]
    token = yaml.safe_load((built / "conformance" / "cassettes" / NAME / "createToken.yaml").read_text())
    assert token["interactions"][0]["request"]["headers"]["content-type"] == [
        "application/x-www-form-urlencoded"
    ]


def test_every_check_passes(built: Path) -> None:
    only = [item for name in CHECKS for item in ("--only", name)]
    result = voicespec(built, "check", "--provider", NAME, *only)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 0 failed" in result.stdout, result.stdout
    for name in ("fuzz", "client-requests", "model-roundtrip", "cassettes"):
        assert f"{NAME}: {name} ok" in result.stderr, result.stderr


def test_a_provider_without_evidence_fails_the_evidence_check(built: Path) -> None:
    result = voicespec(built, "check", "--provider", NAME, "--only", "evidence")
    assert result.returncode == 1
    assert "no evidence payloads" in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def served(built: Path) -> Iterator[str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "voicespec.cli", "serve", NAME, "--port", str(port)],
        cwd=built,
        env=_env(built),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(base_url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("voicespec serve did not start")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_answers_from_the_cassettes_and_rejects_in_the_error_shape(served: str) -> None:
    answer = httpx.get(f"{served}/calls/00000000", headers={"Authorization": "Bearer t"})
    assert answer.status_code == 200
    assert answer.headers["X-Voicespec-Source"] == "replayed"
    call = answer.json()
    assert set(call) == {"id", "state", "endedAt"}
    basic = httpx.get(f"{served}/calls/00000000", auth=("key", "secret"))  # the other alternative
    assert basic.status_code in (200, 404)
    anonymous = httpx.get(f"{served}/calls/00000000")
    assert anonymous.status_code == 401
    assert set(anonymous.json()) == {"code", "message"}  # the spec's Error schema
    bad = httpx.get(f"{served}/calls/NOT-AN-ID", headers={"Authorization": "Bearer t"})
    assert bad.status_code == 400
    assert "callId" in bad.json()["message"]


class Seen(httpx.HTTPTransport):
    """Real HTTP, remembering the URL and Host header each request left with."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((str(request.url), request.headers["Host"]))
        return super().handle_request(request)


def test_the_client_routes_path_level_servers_with_no_code_of_its_own(
    built: Path, served: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not (built / "runtime" / "acme_voice").exists()  # only runtime/common/ went in
    monkeypatch.syspath_prepend(str(built / "generated" / "acme_voice"))
    spec_servers = importlib.import_module("acme_voice.spec_servers")
    routing = importlib.import_module("acme_voice.host_routing")
    tag_call = importlib.import_module("acme_voice.api.calls.tag_call")
    get_call = importlib.import_module("acme_voice.api.calls.get_call")
    create_token = importlib.import_module("acme_voice.api.auth.create_token")
    models = importlib.import_module("acme_voice.models")
    labels, auth = "https://labels.acme-voice.example/v2", "https://auth.acme-voice.example"
    path_servers = spec_servers.PATH_SERVERS
    assert path_servers == {"/calls/{callId}/tags": labels, "/tokens": auth}  # the variable at its default
    # The spec's hosts are stood in for by the same loopback server under another name ("localhost"), so
    # which name a request carries says where the routing sent it.
    port = httpx.URL(served).port
    seen = Seen()
    hosts = {labels: f"http://localhost:{port}", auth: f"http://localhost:{port}"}
    bearer = {"Authorization": "Bearer t"}
    with routing.routed_client(served, hosts=hosts, transport=seen, headers=bearer) as client:
        tagged = tag_call.sync_detailed("ab/cd", client=client, body=models.TagCallBody(label="x"))
        token = create_token.sync_detailed(
            client=client, body=models.TokenRequest(client_id="id", client_secret="secret")
        )
        fetched = get_call.sync_detailed("00000000", client=client)
    assert seen.sent == [
        (f"http://localhost:{port}/calls/ab%2Fcd/tags", f"localhost:{port}"),
        (f"http://localhost:{port}/tokens", f"localhost:{port}"),
        (f"{served}/calls/00000000", f"127.0.0.1:{port}"),
    ]
    # The server answered each on its own terms: the tag's callId breaks the pattern, the rest is valid.
    assert (tagged.status_code, token.status_code, fetched.status_code) == (400, 200, 200)
