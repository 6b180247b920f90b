"""EnableX authenticates with HTTP Basic (app ID : app key), passed to the generated client as an httpx.Auth;
the replay server on loopback accepts it and rejects a request without it in EnableX's error shape."""

from __future__ import annotations

import base64

import httpx
import pytest

from tests.conftest import PROVIDERS
from tests.replay_support import all_calls
from voicespec.providers import get_provider
from voicespec.replay.server import ServerThread, create_app

ENABLEX = get_provider("enablex-voice")
pytestmark = pytest.mark.skipif(ENABLEX not in PROVIDERS, reason="enablex-voice not selected")


def test_basic_auth_is_sent_and_accepted_over_http() -> None:
    from enablex_voice import Client  # noqa: PLC0415 - generated package

    seen: list[str] = []

    def remember(request: httpx.Request) -> None:
        seen.append(request.headers.get("Authorization", ""))

    dial_out = next(call for call in all_calls(ENABLEX) if call.operation_id == "dialOut")
    with ServerThread(create_app(ENABLEX)) as url:
        auth = httpx.BasicAuth("app-id-123", "app-key-456")
        hooks = {"request": [remember]}
        with Client(base_url=url, httpx_args={"auth": auth, "event_hooks": hooks}) as client:
            accepted = dial_out.binding.module().sync_detailed(client=client, **dial_out.kwargs)
        with Client(base_url=url) as anonymous:
            rejected = dial_out.binding.module().sync_detailed(client=anonymous, **dial_out.kwargs)
    assert seen == ["Basic " + base64.b64encode(b"app-id-123:app-key-456").decode()]
    assert accepted.status_code == 200
    assert rejected.status_code == 401
    assert {"result", "msg"} <= set(rejected.parsed.to_dict() if rejected.parsed else {})
