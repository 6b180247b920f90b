"""EnableX: events POSTed to the event_url, plain or (with an app ID) in the encrypted envelope."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any, ClassVar

from enablex_voice.webhooks import EVENT_TYPES, WebhookError, parse

from voicespec.providers import Provider
from voicespec.webhooks.delivery import Answer, Delivery
from voicespec.webhooks.envelope import FORMATS, KEY_LENGTHS, encrypt
from voicespec.webhooks.profile import DEFAULT_TIMEOUT, Profile

# webhook name -> the runtime's model for it (the spec's event schema of that webhook)
_MODELS = {model.__name__.removesuffix("Event"): model for model in EVENT_TYPES}


class EnablexProfile(Profile):
    deciding_keys = frozenset({"state", "playstate", "encrypted_data"})
    open_deciding: ClassVar[Mapping[str, frozenset[str]]] = {
        "callState": frozenset({"state"}),
        "playState": frozenset({"playstate"}),
    }

    def __init__(
        self, provider: Provider, app_id: str | None, seed: int, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        super().__init__(provider, timeout)
        self.app_id = app_id
        self._random = random.Random(seed)  # which cipher and text format each envelope uses

    def parses_as(self, webhook: str, body: Any) -> bool:
        try:
            event = parse(body)
        except WebhookError:
            return False
        expected = _MODELS.get(webhook[:1].upper() + webhook[1:])
        return expected is None or isinstance(event, expected)

    def send(self, delivery: Delivery, body: bytes) -> Answer:
        if not self.app_id:
            return delivery.send(body, {"Content-Type": "application/json"})
        algorithm = self._random.choice(sorted(KEY_LENGTHS))
        envelope, headers = encrypt(body, self.app_id, algorithm, self._random.choice(FORMATS))
        return delivery.send(envelope, headers)

    def describe(self) -> str:
        return "encrypted with the app ID" if self.app_id else "sent plain (no app ID: webhook security off)"
