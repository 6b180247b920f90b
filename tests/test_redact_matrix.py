"""Planted secrets through `voicespec record`: every placement a user's real traffic can put a credential
in goes through the real recording proxy to an upstream on loopback, and afterwards no planted value is
anywhere on disk (the cassette text, every `!!binary` body decoded, no stray file) nor in the recorder's
log. The spec of the provider recorded names one credential header the maintained list does not know, so
the spec-derived names are exercised too."""

from __future__ import annotations

import base64
import gzip
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response

from voicespec.cassettes.model import Cassette
from voicespec.cassettes.scan import scan_paths
from voicespec.cassettes.secret_names import SECRET_NAMES
from voicespec.providers import Provider
from voicespec.replay.recorder import create_app
from voicespec.replay.server import ServerThread

_COUNTER = itertools.count()
SPEC_HEADER = "X-Tenant-Pass"  # named only by the spec's securitySchemes below


def secret() -> str:
    """A value no cassette holds by chance."""
    return f"PLANTED{next(_COUNTER):03d}q7Zk"


@dataclass
class Plant:
    name: str
    secrets: list[str]
    method: str = "POST"
    path: str = "/v1/echo"
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""


def _field_names() -> list[str]:
    # Every maintained name in the spellings a client might use.
    spellings = ["api_key", "Api-Key", "apiKey", "x-api-key", "secretKey", "sessionToken", "auth_token"]
    spellings += ["privateKey", "passwd", "credentials", "authorization", "refershToken", "signature", "sig"]
    spellings += ["X-Amz-Signature", "X-Amz-Security-Token", "X-Access-Token", "client_secret", "password"]
    return spellings


def plants() -> Iterator[Plant]:
    for name in _field_names():
        value = secret()
        yield Plant(f"json {name}", [value], content=json.dumps({"to": "+1", name: value}).encode())
    for name in _field_names():
        value = secret()
        yield Plant(f"query {name}", [value], "GET", f"/v1/echo?a=1&{name}={value}")
    for name in [
        "Api-Key",
        "X-Access-Token",
        "X-Amz-Security-Token",
        "x-api-key",
        "X-Auth-Token",
        SPEC_HEADER,
    ]:
        value = secret()
        yield Plant(f"header {name}", [value], "GET", headers={name: value})
    values = [secret() for _ in range(20)]
    yield Plant("query ;-separated", [values[0]], "GET", f"/v1/echo?a=1;token={values[0]}")
    yield Plant("cookie", [values[1]], "GET", headers={"Cookie": f"session={values[1]}; theme=dark"})
    basic = base64.b64encode(f"user:{values[2]}".encode()).decode()
    yield Plant("basic auth", [values[2], basic], "GET", headers={"Authorization": f"Basic {basic}"})
    yield Plant("bearer", [values[3]], "GET", headers={"Authorization": f"Bearer {values[3]}"})
    nested = json.dumps({"config": json.dumps({"sip": {"password": values[4]}})})
    yield Plant("json in a json string", [values[4]], content=nested.encode())
    yield Plant("form trailing newline", [values[5]], content=f"user=a&password={values[5]}\n".encode())
    yield Plant("form raw space", [values[6]], content=f"user=a b&password=x {values[6]}".encode())
    multipart = (
        f'--XyZ\r\nContent-Disposition: form-data; name="password"\r\n\r\n{values[7]}\r\n'
        '--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--XyZ--\r\n'
    )
    yield Plant(
        "multipart",
        [values[7]],
        headers={"Content-Type": "multipart/form-data; boundary=XyZ"},
        content=multipart.encode(),
    )
    xml = f'<call><to>+1</to><password>{values[8]}</password><auth token="{values[9]}"/></call>'
    yield Plant("xml element and attribute", [values[8], values[9]], content=xml.encode())
    latin = json.dumps({"name": "Zoë", "password": values[10] + "é"}, ensure_ascii=False)
    yield Plant("non-UTF-8 json (latin-1)", [values[10]], content=latin.encode("latin-1"))
    utf16 = json.dumps({"apiKey": values[11]}).encode("utf-16")
    yield Plant("utf-16 json", [values[11]], content=utf16)
    yield Plant(
        "response echoes the key", [values[12]], path="/v1/echo-auth", headers={"X-Api-Key": values[12]}
    )
    yield Plant("location header", [values[13]], "GET", f"/v1/redirect?to={values[13]}")
    yield Plant("set-cookie", [values[14]], "GET", f"/v1/set-cookie?v={values[14]}")
    yield Plant("token in response json", [values[15]], "GET", f"/v1/token?v={values[15]}")
    yield Plant(
        "gzip body",
        [values[16]],
        headers={"Content-Type": "application/octet-stream"},
        content=gzip.compress(f"password={values[16]}".encode()),
    )
    yield Plant(
        "private key text",
        [values[17]],
        headers={"Content-Type": "text/plain"},
        content=f"-----BEGIN RSA PRIVATE KEY-----\n{values[17]}\n-----END RSA PRIVATE KEY-----".encode(),
    )
    yield Plant("xml response", [values[18]], "GET", f"/v1/xml?v={values[18]}")
    yield Plant(
        "secret in a plain-text body",
        [values[19]],
        headers={"Content-Type": "text/plain"},
        content=f"login with api_key: {values[19]} please".encode(),
    )


PLANTS = list(plants())


async def upstream(request: Request) -> Response:
    """Echoes what it got (so echoes are tested), or answers with a secret of its own by path."""
    body = await request.body()
    value = request.query_params.get("v") or request.query_params.get("to") or ""
    path = request.url.path
    if path == "/v1/redirect":
        return Response(status_code=302, headers={"Location": f"https://api.example.com/next?token={value}"})
    if path == "/v1/set-cookie":
        return Response(status_code=204, headers={"Set-Cookie": f"sid={value}; HttpOnly"})
    if path == "/v1/token":
        return Response(json.dumps({"accessToken": value, "expiresIn": 60}), media_type="application/json")
    if path == "/v1/xml":
        return Response(f"<r><secretKey>{value}</secretKey></r>", media_type="application/xml")
    if path == "/v1/echo-auth":
        return Response(
            json.dumps({"youSent": request.headers.get("x-api-key")}), media_type="application/json"
        )
    echoed = {"body": body.decode("latin-1"), "query": str(request.url.query)}
    return Response(json.dumps(echoed), media_type="application/json")


def _provider(tmp_path: Path) -> Provider:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Planted", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {},
        "components": {
            "securitySchemes": {"tenant": {"type": "apiKey", "in": "header", "name": SPEC_HEADER}}
        },
    }
    (tmp_path / "specs" / "planted").mkdir(parents=True)
    (tmp_path / "specs" / "planted" / "openapi.yaml").write_text(yaml.safe_dump(spec))
    return Provider("planted", "planted", "Planted", specs_root=tmp_path / "specs")


def _strings(value: Any) -> Iterator[str]:
    """Every string in the loaded YAML, bytes decoded every way a reader might decode them."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, bytes):
        for encoding in ("latin-1", "utf-16-le", "utf-16-be"):
            yield value.decode(encoding, errors="ignore")
        yield gzip.decompress(value).decode("latin-1") if value.startswith(b"\x1f\x8b") else ""
    elif isinstance(value, str):
        yield value


def test_at_least_sixty_placements() -> None:
    assert len(PLANTS) >= 60
    assert len({plant.name for plant in PLANTS}) == len(PLANTS)


def test_no_planted_secret_reaches_the_disk_or_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cassette_path = tmp_path / "cassettes" / "recorded.yaml"
    upstream_app = Starlette()
    upstream_app.add_route("/{path:path}", upstream, methods=["GET", "POST"])
    with (
        ServerThread(upstream_app) as upstream_url,
        ServerThread(create_app(_provider(tmp_path), upstream_url, cassette_path)) as proxy_url,
        httpx.Client(base_url=proxy_url, follow_redirects=False) as client,
    ):
        for plant in PLANTS:
            answer = client.request(plant.method, plant.path, headers=plant.headers, content=plant.content)
            assert answer.status_code < 500, plant.name
    log = capsys.readouterr().out
    files = sorted(path.name for path in cassette_path.parent.iterdir())
    assert files == ["recorded.yaml"]  # no stray temporary file
    raw = cassette_path.read_bytes()
    loaded = yaml.safe_load(raw)
    everything = [raw.decode("utf-8"), log, *_strings(loaded)]
    leaked = {
        plant.name: value
        for plant in PLANTS
        for value in plant.secrets
        if any(value in text for text in everything)
    }
    assert leaked == {}
    assert len(Cassette.load(cassette_path).interactions) == len(PLANTS)
    assert scan_paths([cassette_path]) == []


def test_every_maintained_name_is_redacted_in_every_place() -> None:
    """Each name of the list, as a header, a query key and a JSON field, goes through the redactor."""
    from voicespec.cassettes.model import RecordedRequest  # noqa: PLC0415
    from voicespec.cassettes.redact import Redactor  # noqa: PLC0415

    redactor = Redactor()
    for name in sorted(SECRET_NAMES):
        value = secret()
        request = RecordedRequest(
            "POST",
            f"https://api.example.com/x?{name}={value}",
            json.dumps({"outer": {name: value}}),
            {name: [value], "Content-Type": ["application/json"]},
        )
        stored = redactor.exchange(request).request
        assert value not in repr(stored), name
