"""No cassette holds a credential. The scanner here is independent of the redactor (its own header
names, field-name patterns and token shapes), so a gap in one is caught by the other; a test plants
secrets to prove it fires."""

from __future__ import annotations

import base64
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse
from voicespec.cassettes.redact import redact_request, redact_response
from voicespec.providers import CASSETTES_DIR

_PLACEHOLDER = re.compile(r"^(?:[A-Za-z]+ )?REDACTED$")
_CREDENTIAL_HEADERS = {
    "authorization",
    "proxy-authorization",
    "x-api-key",
    "x-auth-token",
    "cookie",
    "set-cookie",
}
_SECRET_NAME = re.compile(r"(?i)(token|secret|passw(or)?d|api[_-]?key|^appid$|credential)")
_SHAPES = {
    "Basic credentials": re.compile(r"\bBasic\s+(?!REDACTED\b)[A-Za-z0-9+/]{6,}=*"),
    "Bearer token": re.compile(r"\bBearer\s+(?!REDACTED\b)[A-Za-z0-9._~+/-]{6,}"),
    "JWT": re.compile(r"\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}"),
    # 40 and more: a 32-digit hex string is how Sinch writes a call ID, not a secret.
    "long hex token": re.compile(r"(?<![0-9A-Za-z-])[0-9a-fA-F]{40,}(?![0-9A-Za-z-])"),
    "password in URL": re.compile(r"://[^/\s:@]+:[^/\s@]+@"),
}
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{40,}={0,2}")
# Random base64 of 40+ characters carries about 4.6-4.9 bits per character; paths and prose stay near 4.
_RANDOM_BITS_PER_CHAR = 4.4


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(count / len(text) * math.log2(count / len(text)) for count in counts.values())


def _looks_random(run: str) -> bool:
    mixed = all(any(test(char) for char in run) for test in (str.isupper, str.islower, str.isdigit))
    return mixed and _entropy(run) >= _RANDOM_BITS_PER_CHAR


def _shape_findings(where: str, value: str) -> Iterator[str]:
    for kind, shape in _SHAPES.items():
        for match in shape.finditer(value):
            yield f"{where}: looks like a {kind}: {match.group(0)[:12]}…"
    if value.startswith("/") or "://" in value:
        return  # paths, JSON pointers and URLs: checked by the shapes above and the query check
    for match in _BASE64_RUN.finditer(value):
        if _looks_random(match.group(0)):
            yield f"{where}: looks like a base64 token: {match.group(0)[:12]}…"


def _scalars(value: Any, where: str) -> Iterator[tuple[str, str, str]]:
    """(where, key, string value) for every string in the cassette, looking inside JSON bodies too."""
    items: Any = (
        value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    )
    for key, item in items:
        if isinstance(item, dict | list):
            yield from _scalars(item, f"{where}/{key}")
        elif isinstance(item, str | int) and not isinstance(item, bool):
            yield f"{where}/{key}", str(key), str(item)
            if isinstance(item, str):
                yield from _embedded(item, f"{where}/{key}")


def _embedded(text: str, where: str) -> Iterator[tuple[str, str, str]]:
    try:
        decoded = json.loads(text)
    except ValueError:
        decoded = dict(parse_qsl(text)) if "=" in text and " " not in text else None
    if isinstance(decoded, dict | list):
        yield from _scalars(decoded, where)


def secret_findings(text: str) -> list[str]:
    """Everything in a cassette's text that looks like a credential."""
    data = yaml.safe_load(text) or {}
    findings: list[str] = []
    for where, key, value in _scalars(data, ""):
        findings.extend(_shape_findings(where, value))
        in_headers = "/headers/" in where
        name = where.split("/")[-2] if in_headers and key.isdigit() else key  # headers hold value lists
        if in_headers and name.lower() in _CREDENTIAL_HEADERS and not _PLACEHOLDER.match(value):
            findings.append(f"{where}: header {name} carries a credential")
        elif not in_headers and _SECRET_NAME.search(name) and value != "REDACTED":
            findings.append(f"{where}: secret-named field {name} has a value")
    for index, item in enumerate(data.get("interactions") or []):
        for name, value in parse_qsl(urlsplit(str((item.get("request") or {}).get("uri", ""))).query):
            if _SECRET_NAME.search(name) and value != "REDACTED":
                findings.append(f"/interactions/{index}/request/uri: query parameter {name} has a value")
    return findings


def _cassette_files() -> list[Path]:
    return sorted(CASSETTES_DIR.rglob("*.yaml"))


def test_no_cassette_holds_a_secret() -> None:
    files = _cassette_files()
    assert files, "no cassettes to scan"
    found = {str(path.relative_to(CASSETTES_DIR)): secret_findings(path.read_text()) for path in files}
    assert {name: findings for name, findings in found.items() if findings} == {}


def _clean() -> Interaction:
    headers = {
        "Content-Type": ["application/json"],
        "Authorization": ["Basic REDACTED"],
        "X-API-KEY": ["REDACTED"],
    }
    return Interaction(
        RecordedRequest(
            "POST",
            "https://api.example.com/v1/calls?verbose=true",
            '{"to": "+14155550100", "appId": "REDACTED", "callId": "4398599d1ba84ef3bde0a82dfb61abed"}',
            headers,
        ),
        RecordedResponse(
            200,
            '{"callId": "4398599d-1ba8-4ef3-bde0-a82dfb61abed", "eventUrl": "https://api.example.com/v1/e/x"}',
            {"Content-Type": ["application/json"]},
        ),
    )


HEX = "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e"
BASIC = "Basic " + base64.b64encode(b"key:secret").decode()
BASE64_SECRET = "kWWd3JC64Y5ONCJ+J4ZJSoFFPUr/7q5m1nIbZC/7"


def _header(name: str, value: str) -> Callable[[Interaction], None]:
    return lambda interaction: interaction.request.headers.__setitem__(name, [value])


def _body(side: str, text: str) -> Callable[[Interaction], None]:
    return lambda interaction: setattr(getattr(interaction, side), "body", text)


def _uri(uri: str) -> Callable[[Interaction], None]:
    return lambda interaction: setattr(interaction.request, "uri", uri)


PLANTS = {
    "basic header": _header("Authorization", BASIC),
    "api key header": _header("x-api-key", "k3y-v4lue"),
    "cookie": _header("Cookie", "session=abc"),
    "access token in response": _body("response", '{"accessToken": "short", "expiresIn": 1}'),
    "app secret in request": _body("request", '{"appId": "REDACTED", "appSecret": "x"}'),
    "nested password": _body("request", '{"sip": {"auth": {"password": "p"}}}'),
    "password in form": _body("request", "user=a&password=b"),
    "basic in text": _body("request", f"auth with {BASIC}"),
    "password in query": _uri("https://api.example.com/v1/calls?password=hunter2"),
    "credentials in url": _uri("https://user:hunter2@api.example.com/v1/calls"),
    # Only the scanner sees these: the field names are innocent.
    "hex token in any field": _body("response", f'{{"note": "{HEX}"}}'),
    "base64 token in any field": _body("response", f'{{"note": "{BASE64_SECRET}"}}'),
    "jwt in text": _body("response", "token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln"),
}
REDACTABLE = {name: plant for name, plant in PLANTS.items() if "any field" not in name and "jwt" not in name}


def test_a_clean_cassette_passes() -> None:
    assert secret_findings(Cassette([_clean()]).dumps()) == []


@pytest.mark.parametrize("plant", PLANTS.values(), ids=PLANTS.keys())
def test_the_scanner_catches_a_planted_secret(plant: Callable[[Interaction], None]) -> None:
    interaction = _clean()
    plant(interaction)
    assert secret_findings(Cassette([interaction]).dumps()) != []


@pytest.mark.parametrize("plant", REDACTABLE.values(), ids=REDACTABLE.keys())
def test_redaction_removes_every_planted_secret(plant: Callable[[Interaction], None]) -> None:
    interaction = _clean()
    plant(interaction)
    redacted = Interaction(redact_request(interaction.request), redact_response(interaction.response))
    assert secret_findings(Cassette([redacted]).dumps()) == []
