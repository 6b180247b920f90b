"""EnableX's evidence corpus (`specs/enablex-voice/evidence/*.yaml`, format in `specs/EVIDENCE.md`) against
the spec, the generated client and `enablex_voice.webhooks.parse`, including encrypted webhook envelopes.

Every modelled payload validates against its target, decodes into the generated models with no key left in
`additional_properties`, and every webhook payload parses through `webhooks.parse` (envelopes with the
corpus's app ID). Envelopes are also made here by an encryptor written from the documented scheme (Node's
`crypto.createCipher`: OpenSSL EVP_BytesToKey with MD5 of the app ID, AES-CBC, PKCS#7), cross-checked against
the `openssl` command line. The README's `event_url` handler is run over HTTP on loopback.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
from typing import Any

import enablex_voice.models
import httpx
import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from enablex_voice.models import CallStateEvent, DtmfCollectedEvent
from enablex_voice.webhooks import DecryptionError, WebhookError, WebhookEvent, parse
from starlette.applications import Starlette
from starlette.routing import Route

from tests.evidence_support import corpus
from voicespec.providers import ROOT
from voicespec.replay.server import ServerThread
from voicespec.spec.document import pointer
from voicespec.spec.evidence import EvidencePayload

ENABLEX_CORPUS = corpus("enablex-voice")
SPEC = ENABLEX_CORPUS.doc
JSON = "application/json"
ENVELOPE = "EncryptedWebhookEnvelope"
# The fictional app ID that encrypted the corpus's envelopes (encrypted-webhooks.yaml) and the spec's example.
APP_ID = "example-app-id"
KEY_LENGTHS = {"aes-128-cbc": 16, "aes-192-cbc": 24, "aes-256-cbc": 32}


def _webhook(item: EvidencePayload) -> str | None:
    return item.target.name if item.target.kind == "webhook" else None


def _encrypted(item: EvidencePayload) -> bool:
    return isinstance(item.payload, dict) and "encrypted_data" in item.payload


MODELLED = ENABLEX_CORPUS.modelled
WEBHOOK_EVENTS = [item for item in MODELLED if _webhook(item) is not None]


def _event_model(webhook: str) -> type[WebhookEvent]:
    """The event model a webhook's body carries besides the encrypted envelope."""
    schema = SPEC.resolve(
        "#" + pointer("webhooks", webhook, "post", "requestBody", "content", JSON, "schema")
    )
    (name,) = (ref for ref in (v["$ref"].rsplit("/", 1)[-1] for v in schema["oneOf"]) if ref != ENVELOPE)
    model: type[WebhookEvent] = getattr(enablex_voice.models, name)
    return model


# --- the corpus itself ----------------------------------------------------------------------------------


def test_corpus_covers_requests_responses_every_event_and_envelopes() -> None:
    assert len(MODELLED) >= 14
    parts = {item.target.part for item in MODELLED if item.target.kind == "operation"}
    assert parts == {"request", "response"}
    plain = {_webhook(item) for item in WEBHOOK_EVENTS if not _encrypted(item)}
    assert plain == set(SPEC.data["webhooks"]), "every webhook kind needs a real-world event"
    assert len([item for item in WEBHOOK_EVENTS if _encrypted(item)]) >= 2


@pytest.mark.parametrize("item", WEBHOOK_EVENTS, ids=lambda item: item.name)
def test_webhook_event_parses_into_typed_attributes(item: EvidencePayload) -> None:
    webhook = _webhook(item)
    assert webhook is not None
    event = parse(json.dumps(item.payload).encode(), item.headers, app_id=APP_ID)
    assert type(event) is _event_model(webhook)
    assert event.additional_properties == {}
    if not _encrypted(item):
        assert event.to_dict() == type(event).from_dict(item.payload).to_dict()


def test_divergent_dtmf_sample_still_parses() -> None:
    event = parse(ENABLEX_CORPUS.named("ref-dtmf-collected-as-printed").payload)
    assert isinstance(event, DtmfCollectedEvent)
    assert (event.digit, event.additional_properties) == ("42", {})


def test_broadcast_completion_is_refused_with_a_named_field() -> None:
    with pytest.raises(WebhookError) as caught:
        parse(ENABLEX_CORPUS.named("broadcast-complete-ivr-bridge").payload)
    assert caught.value.field in {"voice_id", "from", "to"}
    assert "CallStateEvent" in caught.value.reason


# --- encrypted envelopes ------------------------------------------------------------------------------


def _bytes_to_key(password: bytes, key_length: int) -> tuple[bytes, bytes]:
    # OpenSSL EVP_BytesToKey, MD5, one round, no salt: written here from its definition, not imported.
    blocks = [hashlib.md5(password).digest()]
    while sum(map(len, blocks)) < key_length + 16:
        blocks.append(hashlib.md5(blocks[-1] + password).digest())
    material = b"".join(blocks)
    return material[:key_length], material[key_length : key_length + 16]


def _encrypt(event: dict[str, Any], app_id: str, cipher: str = "aes-256-cbc", fmt: str = "hex") -> bytes:
    key, iv = _bytes_to_key(app_id.encode(), KEY_LENGTHS[cipher])
    padder = padding.PKCS7(128).padder()
    plain = padder.update(json.dumps(event).encode()) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    raw = encryptor.update(plain) + encryptor.finalize()
    return raw.hex().encode() if fmt == "hex" else base64.b64encode(raw)


def _envelope(data: bytes) -> bytes:
    return json.dumps({"encrypted_data": data.decode()}).encode()


def _headers(cipher: str = "aes-256-cbc", fmt: str = "hex") -> dict[str, str]:
    return {"x-algoritm": cipher, "x-format": fmt, "x-encoding": "utf8"}


PLAIN_EVENTS = [item for item in WEBHOOK_EVENTS if not _encrypted(item)]


@pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command line is not installed")
@pytest.mark.parametrize("cipher", sorted(KEY_LENGTHS))
def test_test_encryptor_matches_openssl(cipher: str) -> None:
    event = PLAIN_EVENTS[0].payload
    openssl = subprocess.run(
        ["openssl", "enc", f"-{cipher}", "-md", "md5", "-nosalt", "-pass", f"pass:{APP_ID}"],
        input=json.dumps(event).encode(),
        capture_output=True,
        check=True,
    )
    assert _encrypt(event, APP_ID, cipher) == openssl.stdout.hex().encode()


@pytest.mark.parametrize("fmt", ["hex", "base64"])
@pytest.mark.parametrize("cipher", sorted(KEY_LENGTHS))
@pytest.mark.parametrize("item", PLAIN_EVENTS, ids=lambda item: item.name)
def test_encrypted_event_parses_like_the_plain_one(item: EvidencePayload, cipher: str, fmt: str) -> None:
    body = _envelope(_encrypt(item.payload, APP_ID, cipher, fmt))
    event = parse(body, _headers(cipher, fmt), app_id=APP_ID)
    assert event.to_dict() == parse(item.payload).to_dict()


def test_spec_example_envelope_decrypts() -> None:
    media = SPEC.data["webhooks"]["callState"]["post"]["requestBody"]["content"][JSON]
    envelope = media["examples"]["encryptedIncomingCall"]["value"]
    event = parse(envelope, _headers(), app_id=APP_ID)
    assert isinstance(event, CallStateEvent)
    assert (event.state, event.channel_id) == ("incomingcall", "chan-7d0e5a63")


def test_header_names_are_case_insensitive_and_the_guides_spelling_works() -> None:
    body = _envelope(_encrypt(PLAIN_EVENTS[0].payload, APP_ID))
    headers = {"X-Algorithm": "AES-256-CBC", "X-Format": "hex", "X-Encoding": "utf-8"}
    assert parse(body, headers, app_id=APP_ID).to_dict() == parse(PLAIN_EVENTS[0].payload).to_dict()


def test_plain_event_ignores_headers_and_app_id() -> None:
    item = PLAIN_EVENTS[0]
    assert parse(item.payload, _headers(), app_id="unused").to_dict() == parse(item.payload).to_dict()


def _decryption_error(
    body: bytes | dict[str, Any], headers: dict[str, str], app_id: str | None
) -> DecryptionError:
    with pytest.raises(DecryptionError) as caught:
        parse(body, headers, app_id=app_id)
    assert isinstance(caught.value, WebhookError)
    return caught.value


@pytest.mark.parametrize("item", PLAIN_EVENTS, ids=lambda item: item.name)
def test_wrong_app_id_is_a_decryption_error(item: EvidencePayload) -> None:
    body = _envelope(_encrypt(item.payload, APP_ID))
    error = _decryption_error(body, _headers(), "another-app-id")
    assert error.field == "encrypted_data"
    assert "wrong app ID" in error.reason


def _tampered(data: bytes, index: int) -> bytes:
    raw = bytearray(bytes.fromhex(data.decode()))
    raw[index] ^= 0x5A
    return bytes(raw).hex().encode()


@pytest.mark.parametrize("position", ["first", "middle", "last"])
@pytest.mark.parametrize("item", PLAIN_EVENTS, ids=lambda item: item.name)
def test_tampered_envelope_is_a_decryption_error(item: EvidencePayload, position: str) -> None:
    data = _encrypt(item.payload, APP_ID)
    size = len(data) // 2
    index = {"first": 0, "middle": size // 2, "last": size - 1}[position]
    error = _decryption_error(_envelope(_tampered(data, index)), _headers(), APP_ID)
    assert error.field == "encrypted_data"
    assert "altered" in error.reason


@pytest.mark.parametrize(
    ("envelope", "headers", "app_id", "field", "words"),
    [
        ({"encrypted_data": "00" * 16}, _headers(), None, "app_id", ["app ID"]),
        (
            {"encrypted_data": "00" * 16},
            {"x-format": "hex", "x-encoding": "utf8"},
            APP_ID,
            "x-algoritm",
            ["missing"],
        ),
        (
            {"encrypted_data": "00" * 16},
            {**_headers(), "x-algoritm": "des-ede3"},
            APP_ID,
            "x-algoritm",
            ["des-ede3"],
        ),
        ({"encrypted_data": "00" * 16}, {**_headers(), "x-format": "binary"}, APP_ID, "x-format", ["binary"]),
        (
            {"encrypted_data": "00" * 16},
            {**_headers(), "x-encoding": "utf16le"},
            APP_ID,
            "x-encoding",
            ["utf16le"],
        ),
        (
            {"encrypted_data": "00" * 16},
            {"x-algoritm": "aes-256-cbc", "x-encoding": "utf8"},
            APP_ID,
            "x-format",
            [],
        ),
        ({"encrypted_data": "zz" * 16}, _headers(), APP_ID, "encrypted_data", ["not valid hex"]),
        ({"encrypted_data": "00" * 15}, _headers(), APP_ID, "encrypted_data", ["15 bytes", "16-byte"]),
        ({"encrypted_data": ""}, _headers(), APP_ID, "encrypted_data", ["non-empty"]),
        ({"encrypted_data": 7}, _headers(), APP_ID, "encrypted_data", ["string"]),
        ({"encrypted_data": "@@@@"}, _headers(fmt="base64"), APP_ID, "encrypted_data", ["base64"]),
    ],
)
def test_malformed_envelope_names_the_problem(
    envelope: dict[str, Any], headers: dict[str, str], app_id: str | None, field: str, words: list[str]
) -> None:
    error = _decryption_error(envelope, headers, app_id)
    assert error.field == field
    for word in words:
        assert word in error.reason


def test_envelope_inside_an_envelope_is_refused() -> None:
    inner = {"encrypted_data": "00" * 16}
    body = _envelope(_encrypt(inner, APP_ID))
    assert "itself an envelope" in _decryption_error(body, _headers(), APP_ID).reason


# --- the README handler, over HTTP on loopback ----------------------------------------------------------


def _readme_handler(monkeypatch: pytest.MonkeyPatch) -> Any:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### EnableX: webhook events", 1)[1].split("\n### ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    monkeypatch.setenv("ENABLEX_APP_ID", APP_ID)
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md#enablex-webhook-events", "exec"), namespace)
    return namespace["event_url"]


def test_readme_handler_accepts_real_and_encrypted_events(monkeypatch: pytest.MonkeyPatch) -> None:
    app = Starlette(routes=[Route("/enablex/event", _readme_handler(monkeypatch), methods=["POST"])])
    encrypted = [
        (
            _envelope(_encrypt(item.payload, APP_ID, "aes-128-cbc", "base64")),
            _headers("aes-128-cbc", "base64"),
        )
        for item in PLAIN_EVENTS
    ]
    with ServerThread(app) as url, httpx.Client(base_url=url, timeout=5) as client:
        for item in WEBHOOK_EVENTS:
            answer = client.post("/enablex/event", content=json.dumps(item.payload), headers=item.headers)
            assert (answer.status_code, answer.json()) == (200, {}), item.name
        for body, headers in encrypted:
            assert client.post("/enablex/event", content=body, headers=headers).status_code == 200
        tampered = _envelope(_tampered(_encrypt(PLAIN_EVENTS[0].payload, APP_ID), 3))
        refused = client.post("/enablex/event", content=tampered, headers=_headers())
        broken = client.post("/enablex/event", content=b'{"voice_id": "x", "state": }')
    assert refused.status_code == 401
    assert refused.json()["field"] == "encrypted_data"
    assert broken.status_code == 400
    assert "line 1, column 28" in broken.json()["reason"]
