"""Inbound bodies and headers from anyone: `sinch_voice.callbacks.parse`/`verify` and
`enablex_voice.webhooks.parse` raise only their documented errors for any input whatsoever, in time linear
in the body; `sign` is the inverse of `verify`; every package has one root error class."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import pkgutil
import time
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import enablex_voice
import pytest
import sinch_voice
import symbl_telephony
from enablex_voice import webhooks
from hypothesis import given, settings
from hypothesis import strategies as st
from sinch_voice import callbacks
from sinch_voice.auth import ApplicationAuth, decode_secret
from sinch_voice.callbacks import CallbackError, InvalidSignature, Reason, sign, verify

KEY = "669E367E-6BBA-48AB-AF15-266871C28135"
SECRET = "BeIukql3pTKJ8RGL5zo0DA=="
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)
callback_like = st.fixed_dictionaries(
    {"event": st.sampled_from(["ice", "ace", "dice", "pie", "notify", "other"])},
    optional={
        "type": st.sampled_from(["recording_finished", "transcription_available", "amd", "x"]),
        "callid": json_values,
    },
).flatmap(
    lambda base: st.dictionaries(st.text(max_size=8), json_values, max_size=5).map(lambda d: {**d, **base})
)
webhook_like = st.fixed_dictionaries(
    {"voice_id": json_values},
    optional={
        "state": st.sampled_from(["connected", "disconnected", "new"]) | json_values,
        "playstate": json_values,
    },
).flatmap(
    lambda base: st.dictionaries(st.text(max_size=8), json_values, max_size=5).map(lambda d: {**d, **base})
)
ADVERSARIAL = [
    b"[" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b'{"event": "ice", "x": ' + b"[" * 200 + b"]" * 200 + b"}",
    b'{"event": "ice", "callid": ' + b"1" * 5000 + b"}",
    b'{"event": "ice", "duration": 1e400}',
    b'{"event": "ice", "duration": NaN}',
    b'{"event": "ice", "duration": -Infinity}',
    b'{"event": "ice", "event": "ace"}',
    b'{"voice_id": "v", "voice_Id": "w", "state": "connected"}',
    b"\xef\xbb\xbf{}",
    b"\xff",
    b"",
    b"null",
    b'"\\ud800"',
]
CALLBACK_BODIES = (
    st.binary(max_size=300)
    | st.sampled_from(ADVERSARIAL)
    | callback_like.map(lambda d: json.dumps(d).encode())
)
WEBHOOK_BODIES = (
    st.binary(max_size=300)
    | st.sampled_from(ADVERSARIAL)
    | webhook_like.map(lambda d: json.dumps(d).encode())
)


@settings(max_examples=400, deadline=None)
@given(CALLBACK_BODIES)
def test_sinch_parse_raises_only_callback_error(body: bytes) -> None:
    with contextlib.suppress(CallbackError):
        callbacks.parse(body)


@settings(max_examples=400, deadline=None)
@given(WEBHOOK_BODIES)
def test_enablex_parse_raises_only_webhook_error(body: bytes) -> None:
    with contextlib.suppress(webhooks.WebhookError):
        webhooks.parse(body)


# An encrypted envelope (EnableX webhook security) with arbitrary ciphertext and envelope headers.
envelope_like = st.fixed_dictionaries(
    {"encrypted_data": st.text(max_size=80) | json_values},
    optional={"other": json_values},
).map(lambda d: json.dumps(d).encode())
envelope_headers = st.dictionaries(
    st.sampled_from(["x-algoritm", "x-format", "x-encoding", "X-Algoritm", "x-other"]),
    st.sampled_from(["aes-256-cbc", "AES-256-CBC", "base64", "hex", "utf8", "", "x"]) | st.text(max_size=12),
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(envelope_like | WEBHOOK_BODIES, envelope_headers, st.none() | st.text(max_size=40))
def test_enablex_envelope_parse_raises_only_webhook_error(
    body: bytes, headers: dict[str, str], app_id: str | None
) -> None:
    with contextlib.suppress(webhooks.WebhookError):
        webhooks.parse(body, headers, app_id)


@pytest.mark.parametrize("body", ADVERSARIAL)
def test_adversarial_json_is_a_typed_error(body: bytes) -> None:
    with pytest.raises(CallbackError):
        callbacks.parse(body)


authorization = st.one_of(
    st.text(max_size=40),
    st.tuples(st.sampled_from(["Application ", "Basic ", "basic ", "Bearer "]), st.text(max_size=60)).map(
        "".join
    ),
    st.just(f"Application {KEY}:").map(lambda prefix: prefix + "é=="),
    st.just("Basic w6k6w6k="),  # base64 of non-ASCII, valid UTF-8
    st.just("Basic ÿÿÿÿ"),
)
headers = st.fixed_dictionaries(
    {},
    optional={
        "Authorization": authorization,
        "x-timestamp": st.text(max_size=30)
        | st.just("0001-01-01T00:00:00+14:00")
        | st.just("9999-12-31T23:59:59-14:00"),
        "Content-Type": st.text(max_size=30),
    },
)


@settings(max_examples=400, deadline=None)
@given(method=st.text(max_size=8), path=st.text(max_size=40), headers=headers, body=st.binary(max_size=100))
def test_verify_raises_only_invalid_signature(
    method: str, path: str, headers: dict[str, str], body: bytes
) -> None:
    with pytest.raises(InvalidSignature) as raised:  # nothing random is validly signed for KEY
        verify(method, path, headers, body, key=KEY, secret=SECRET, now=NOW)
    assert isinstance(raised.value.reason, Reason)


def test_a_non_ascii_basic_header_is_an_invalid_signature() -> None:
    with pytest.raises(InvalidSignature) as raised:
        verify("POST", "/cb", {"Authorization": "Basic ÿÿÿÿ"}, b"{}", key=KEY, secret=SECRET)
    assert raised.value.reason is Reason.MALFORMED_AUTHORIZATION


@settings(max_examples=100, deadline=None)
@given(
    method=st.sampled_from(["POST", "GET", "put"]),
    path=st.text(st.characters(min_codepoint=33, max_codepoint=0x2FFF, exclude_characters="?"), max_size=30),
    body=st.binary(max_size=200),
    age=st.integers(min_value=-299, max_value=299),
)
def test_sign_is_the_inverse_of_verify(method: str, path: str, body: bytes, age: int) -> None:
    signed_at = NOW - timedelta(seconds=age)
    headers = sign(method, "/" + path, body, key=KEY, secret=SECRET, now=signed_at)
    verify(method, "/" + path + "?q=1", headers, body, key=KEY, secret=SECRET, now=NOW)
    tampered = body + b" "
    with pytest.raises(InvalidSignature):
        verify(method, "/" + path, headers, tampered, key=KEY, secret=SECRET, now=NOW)


def test_sign_matches_what_application_auth_sends() -> None:
    import httpx  # noqa: PLC0415

    request = httpx.Request(
        "POST",
        "https://example.test/cb",
        content=b'{"event": "ice"}',
        headers={"Content-Type": "application/json"},
    )
    flow = ApplicationAuth(KEY, SECRET, clock=lambda: NOW).auth_flow(request)
    sent = next(flow)
    assert (
        sign("POST", "/cb", b'{"event": "ice"}', key=KEY, secret=SECRET, now=NOW)["Authorization"]
        == (sent.headers["Authorization"])
    )


def test_an_unpadded_secret_is_accepted_and_a_wrongly_padded_one_is_not() -> None:
    assert decode_secret(SECRET.rstrip("=")) == decode_secret(SECRET)
    headers = sign("POST", "/cb", b"{}", key=KEY, secret=SECRET, now=NOW)
    verify("POST", "/cb", headers, b"{}", key=KEY, secret=SECRET.rstrip("="), now=NOW)
    with pytest.raises(ValueError, match="not valid base64"):
        decode_secret(SECRET[:-1])


@pytest.mark.parametrize(
    ("parse", "base", "error"),
    [
        (callbacks.parse, {"event": "ice", "callid": "c"}, CallbackError),
        (webhooks.parse, {"voice_id": "v", "state": "connected"}, webhooks.WebhookError),
    ],
)
def test_a_body_with_sixteen_thousand_extra_fields_is_handled_in_linear_time(
    parse: Any, base: dict[str, Any], error: type[Exception]
) -> None:
    body = json.dumps({**base, **{f"extra{i}": i for i in range(16_000)}}).encode()
    began = time.monotonic()
    with contextlib.suppress(error):
        parse(body)
    assert time.monotonic() - began < 1.0


ROOTS = [
    (sinch_voice, "SinchVoiceError"),
    (symbl_telephony, "SymblTelephonyError"),
    (enablex_voice, "EnablexVoiceError"),
]


def _modules(package: ModuleType) -> list[ModuleType]:
    names = [info.name for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    return [importlib.import_module(name) for name in names if ".api." not in name and ".models." not in name]


@pytest.mark.parametrize(("package", "root_name"), ROOTS, ids=[root for _, root in ROOTS])
def test_every_error_the_package_defines_derives_from_its_root(package: ModuleType, root_name: str) -> None:
    root = getattr(importlib.import_module(f"{package.__name__}.exceptions"), root_name)
    defined = [
        cls
        for module in _modules(package)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Exception) and cls.__module__.startswith(package.__name__ + ".")
    ]
    assert len(defined) > 15
    assert [cls.__qualname__ for cls in defined if not issubclass(cls, root)] == []
    assert root_name in (importlib.import_module(f"{package.__name__}.exceptions").__doc__ or "")
