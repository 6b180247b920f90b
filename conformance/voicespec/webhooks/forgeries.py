"""Requests a handler must refuse: callbacks that did not come from the provider, or were altered.

Sinch: unsigned, a forged signature, a body altered after signing, a timestamp outside `verify`'s five
minutes either way, a wrong key, secret or Basic password. EnableX (with webhook security on): an envelope
encrypted with another app ID, an altered envelope, an envelope without its cipher header.
"""

from __future__ import annotations

import base64
import json
import random
from datetime import UTC, datetime, timedelta

from voicespec.webhooks.envelope import encrypt, tamper
from voicespec.webhooks.sinch_signing import JSON, basic, sign

Forgery = tuple[str, bytes, dict[str, str]]  # (what it is, body, headers)
_OUTSIDE_WINDOW = timedelta(minutes=15)  # well past the five minutes `callbacks.verify` allows by default


def _altered(body: bytes) -> bytes:
    event = json.loads(body)
    event["callid"] = str(event.get("callid", "")) + "0"
    return json.dumps(event).encode("utf-8")


def sinch_forgeries(body: bytes, path: str, key: str, secret: str, rng: random.Random) -> list[Forgery]:
    other_secret = base64.b64encode(rng.randbytes(16)).decode("ascii")
    forged = sign(body, path=path, key=key, secret=secret)
    forged["Authorization"] = f"Application {key}:{base64.b64encode(rng.randbytes(32)).decode('ascii')}"
    now = datetime.now(UTC)
    return [
        ("unsigned", body, {"Content-Type": JSON}),
        ("forged signature", body, forged),
        ("body altered after signing", _altered(body), sign(body, path=path, key=key, secret=secret)),
        (
            "stale timestamp (15 minutes old)",
            body,
            sign(body, path=path, key=key, secret=secret, moment=now - _OUTSIDE_WINDOW),
        ),
        (
            "future timestamp (15 minutes ahead)",
            body,
            sign(body, path=path, key=key, secret=secret, moment=now + _OUTSIDE_WINDOW),
        ),
        ("signed for another application key", body, sign(body, path=path, key=key + "x", secret=secret)),
        ("signed with another secret", body, sign(body, path=path, key=key, secret=other_secret)),
        ("wrong Basic password", body, basic(key, secret + "x")),
    ]


def enablex_forgeries(body: bytes, app_id: str) -> list[Forgery]:
    envelope, headers = encrypt(body, app_id)
    wrong, wrong_headers = encrypt(body, app_id + "-other")
    no_cipher = {name: value for name, value in headers.items() if name != "x-algoritm"}
    return [
        ("envelope encrypted with another app ID", wrong, wrong_headers),
        ("envelope altered in transit", tamper(envelope), headers),
        ("envelope without its x-algoritm header", envelope, no_cipher),
    ]


def malformed_bodies(provider: str) -> list[tuple[str, bytes]]:
    """Bodies that are no event at all: a 4xx, never a 5xx."""
    unknown = (
        b'{"event": "voicespec-unknown", "callid": "c1"}'
        if provider == "sinch-voice"
        else (b'{"voice_id": "6f1a2b3c-0000-4000-8000-000000000001", "state": 42}')
    )
    return [
        ("not JSON", b'{"event": '),
        ("a JSON array", b"[]"),
        ("an empty body", b""),
        ("not UTF-8", b'\xff\xfe{"event"}'),
        ("an object that is no event", b'{"hello": "world"}'),
        ("an unknown event kind", unknown),
    ]
