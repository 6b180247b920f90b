"""What makes the replay server fast changes nothing it answers: the compiled routes find what trying
every template finds, a remembered verdict is the verdict for exactly that request, answers sent as ASGI
messages are the answers the `Responder` gives as a function, and the httptools parser keeps the head's
size and time bounds."""

from __future__ import annotations

import base64
import re
import socket
from urllib.parse import quote, unquote

import httpx
import pytest

from tests.replay_support import BASIC
from voicespec.cassettes.model import cassette_files, load_cassettes
from voicespec.providers import Provider, get_provider
from voicespec.replay.head_timeout import FAST_PROTOCOL
from voicespec.replay.limits import Limits
from voicespec.replay.server import DETAIL_HEADER, SOURCE_HEADER, Responder, ServerThread, create_app
from voicespec.replay.verdicts import VerdictMemo
from voicespec.spec.document import SpecDocument, pointer
from voicespec.spec.examples import HTTP_METHODS
from voicespec.spec.request_validation import MatchedOperation, allowed_methods, find_operation, request_path

SINCH = get_provider("sinch-voice")
CALL = "/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed"


def _paths(provider: Provider, doc: SpecDocument) -> list[str]:
    """Every recorded path, every template with a value in each parameter, and paths no template has."""
    recorded = [
        request_path(httpx.Request("GET", interaction.request.uri))
        for cassette in load_cassettes(cassette_files(provider.cassettes_dir))
        for interaction in cassette.interactions
    ]
    templates = list(doc.data.get("paths") or {})
    filled = [template.replace("{", "x").replace("}", "") for template in templates]
    odd = ["/", "", "/nope", *(path + "/" for path in filled), *(quote(path, safe="") for path in filled[:3])]
    encoded = [path.rsplit("/", 1)[0] + "/a%2Fb%0A" for path in filled]
    return recorded + templates + filled + odd + encoded


def _every_template(doc: SpecDocument, method: str, path: str) -> MatchedOperation | None:
    """The reference: every template tried anew, the one with fewest parameters winning (document order
    breaking ties), as matching was before the templates were compiled once."""
    candidates = []
    for template, item in (doc.data.get("paths") or {}).items():
        parts = re.split(r"(\{[^}]+\})", template)
        regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
        match = re.match(f"^{regex}$", path)
        if match and method.lower() in item:
            candidates.append((template.count("{"), template, match))
    if not candidates:
        return None
    _, template, match = min(candidates, key=lambda candidate: candidate[0])
    values = {name: unquote(value) for name, value in match.groupdict().items()}
    return MatchedOperation(
        template,
        method.lower(),
        doc.data["paths"][template][method.lower()],
        pointer("paths", template, method.lower()),
        values,
    )


def test_compiled_routes_find_what_trying_every_template_finds(provider: Provider) -> None:
    doc = SpecDocument.load(provider.spec_path)
    checked = 0
    for path in _paths(provider, doc):
        for method in (*HTTP_METHODS, "GET", "parameters"):
            assert find_operation(doc, method, path) == _every_template(doc, method, path), (method, path)
            checked += 1
        expected = [method.upper() for method in HTTP_METHODS if _every_template(doc, method, path)]
        assert allowed_methods(doc, path) == expected, path
    assert checked > 100


def test_a_remembered_verdict_is_only_reused_for_the_same_bytes() -> None:
    limits = Limits(credentials={"basic": "app-key:app-secret"})
    wrong = {"Authorization": "Basic " + base64.b64encode(b"app-key:wrong").decode()}
    with ServerThread(create_app(SINCH, limits=limits)) as url, httpx.Client(base_url=url) as client:
        answers = [client.get(CALL, headers={"Authorization": BASIC}) for _ in range(3)]
        anonymous = [client.get(CALL) for _ in range(2)]
        refused = [client.get(CALL, headers=wrong) for _ in range(2)]
        again = client.get(CALL, headers={"Authorization": BASIC})
    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert [answer.status_code for answer in anonymous] == [401, 401]
    assert [answer.status_code for answer in refused] == [401, 401]
    assert "missing credentials" in anonymous[1].text
    assert "not the configured ones" in refused[1].text
    assert again.status_code == 200
    assert again.content == answers[0].content


def test_the_memo_is_bounded() -> None:
    memo: VerdictMemo[str] = VerdictMemo(entries=2, max_key_bytes=100)
    scope = {"method": "GET", "scheme": "http", "server": ("127.0.0.1", 1), "headers": [(b"a", b"b")]}
    keys = [memo.key(scope, f"/{number}".encode(), b"") for number in range(3)]
    for number, key in enumerate(keys):
        memo.remember(key, str(number))
    assert [memo.get(key) for key in keys] == [None, "1", "2"]  # the oldest is forgotten
    assert memo.key(scope, b"/x", b"x" * 200) is None  # too large to remember
    assert memo.key({**scope, "headers": [[b"a", b"c"]]}, b"/1", b"") != keys[1]  # header lists too


@pytest.mark.parametrize(
    ("method", "path", "headers", "body"),
    [
        ("GET", CALL, {"Authorization": BASIC}, b""),  # replayed
        ("GET", "/calling/v1/calls/id/never-recorded", {"Authorization": BASIC}, b""),  # synthesised
        ("GET", CALL, {"Authorization": BASIC, "Prefer": "code=404"}, b""),
        ("GET", CALL, {}, b""),  # 401
        ("PUT", CALL, {"Authorization": BASIC}, b""),  # 405 with Allow
        ("GET", "/nowhere", {}, b""),  # 404
        ("POST", "/calling/v1/callouts", {"Authorization": BASIC, "Content-Type": "application/json"}, b"{}"),
    ],
)
def test_the_server_sends_what_the_responder_answers(
    method: str, path: str, headers: dict[str, str], body: bytes
) -> None:
    direct = httpx.Client(transport=httpx.MockTransport(Responder(SINCH)), base_url="http://replay")
    with ServerThread(create_app(SINCH)) as url, httpx.Client(base_url=url) as client, direct:
        served = client.request(method, path, headers=headers, content=body)
        expected = direct.request(method, path, headers=headers, content=body)
    assert (served.status_code, served.content) == (expected.status_code, expected.content)
    framing = {"content-length", "date", "server"}
    assert {key: value for key, value in served.headers.items() if key not in framing} == {
        key: value for key, value in expected.headers.items() if key not in framing
    }
    assert served.headers[SOURCE_HEADER] in ("replayed", "synthesised", "rejected")
    assert DETAIL_HEADER in served.headers or served.headers[SOURCE_HEADER] == "rejected"


def test_a_head_over_the_size_bound_is_refused_and_closed() -> None:
    assert FAST_PROTOCOL.__name__ == "HeadTimeoutHttpToolsProtocol"  # httptools is a dependency
    with (
        ServerThread(create_app(SINCH)) as url,
        httpx.Client(base_url=url, headers={"Authorization": BASIC}) as ok,
    ):
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as big:
            big.sendall(f"GET {CALL} HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * 20_000}\r\n\r\n".encode())
            big.settimeout(5)
            refused = b""
            while chunk := big.recv(4096):
                refused += chunk
        assert ok.get(CALL).status_code == 200
    assert refused.startswith(b"HTTP/1.1 400")
    assert b"connection: close" in refused.lower()


def test_remembered_requests_still_play_in_turn_and_honour_prefer() -> None:
    with (
        ServerThread(create_app(SINCH)) as url,
        httpx.Client(base_url=url, headers={"Authorization": BASIC}) as client,
    ):
        answers = [client.get(CALL, headers=prefer) for prefer in [{}, {"Prefer": "code=404"}] * 3]
    assert [answer.status_code for answer in answers] == [200, 404] * 3
    assert len({answer.headers[DETAIL_HEADER] for answer in answers[::2]}) == 1  # the recorded success
