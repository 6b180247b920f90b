"""Sinch: callbacks signed with the application key and secret; `event` names the webhook."""

from __future__ import annotations

from typing import Any

from sinch_voice.auth import InvalidSecretError, decode_secret
from sinch_voice.callbacks import CallbackError, parse

from voicespec.providers import Provider
from voicespec.webhooks.delivery import Answer, Delivery, UsageError
from voicespec.webhooks.profile import DEFAULT_TIMEOUT, Profile
from voicespec.webhooks.sinch_signing import sign
from voicespec.webhooks.svaml import canonical, svaml_problems


class SinchProfile(Profile):
    deciding_keys = frozenset({"event"})
    # "The Incoming Call Event (ICE) requires a valid SVAML object in response" (and ACE alike): the spec.
    answer_required = frozenset({"ice", "ace"})

    def __init__(
        self, provider: Provider, key: str | None, secret: str | None, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        super().__init__(provider, timeout)
        if not key or not secret:
            raise UsageError(
                "Sinch signs every callback: give the application key and secret (--key, --secret)"
            )
        try:
            decode_secret(secret)
        except InvalidSecretError as exc:
            raise UsageError(f"--secret: {exc}") from exc
        self.key, self.secret = key, secret

    def parses_as(self, webhook: str, body: Any) -> bool:
        try:
            parse(body)
        except CallbackError:
            return False
        return isinstance(body, dict) and body.get("event") == webhook

    def answer_problems(self, webhook: str, answer: Any) -> list[str]:
        return svaml_problems(webhook, answer)

    def canonical_answer(self, answer: Any) -> Any:
        return canonical(answer)

    def send(self, delivery: Delivery, body: bytes) -> Answer:
        return delivery.send(body, sign(body, path=delivery.path, key=self.key, secret=self.secret))

    def describe(self) -> str:
        return f"signed with application key {self.key}"
