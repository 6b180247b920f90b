"""What the simulator needs to know about one provider's webhooks, beyond the spec (the base class)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar

from voicespec.providers import Provider
from voicespec.spec.document import all_errors, describe_error
from voicespec.webhooks.delivery import Answer, Delivery
from voicespec.webhooks.spec_webhooks import Webhook, spec_webhooks

# Neither Sinch's Calling API v1 reference nor EnableX's documents how long they wait for an answer; Sinch's
# Voice API 2.0 documents a 5-second response timeout
# (https://developers.sinch.com/docs/voice-2.0/api-reference/voice/webhooks/timeouts-and-failover), the
# only figure either provider publishes, so it is the default for both.
DEFAULT_TIMEOUT = 5.0


class Profile:
    """A provider's webhooks: the spec's, plus how events are authenticated and recognised."""

    # Keys whose value decides which event a body is: tolerant variants leave them alone.
    deciding_keys: frozenset[str] = frozenset()
    # Webhooks whose deciding key may take a new value (a new call state is still a call-state event).
    open_deciding: ClassVar[Mapping[str, frozenset[str]]] = {}

    # Webhooks whose documented answer must have a body.
    answer_required: frozenset[str] = frozenset()

    def __init__(self, provider: Provider, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.provider = provider
        self.doc, self.webhooks = spec_webhooks(provider)
        self.timeout = timeout

    def webhook(self, name: str) -> Webhook:
        return self.webhooks[name]

    def parses_as(self, webhook: str, body: Any) -> bool:
        """Whether the provider's runtime reads `body` as an event of `webhook` (as the handler will)."""
        raise NotImplementedError

    def send(self, delivery: Delivery, body: bytes) -> Answer:
        """Deliver `body` authenticated exactly as the provider does."""
        raise NotImplementedError

    def answer_problems(self, webhook: str, answer: Any) -> list[str]:
        """What the provider refuses in a JSON answer beyond its schema."""
        return []

    def canonical_answer(self, answer: Any) -> Any:
        """A JSON answer in the spelling the spec writes, where the provider accepts others too."""
        return answer

    def validated(self, webhook: str, body: Any) -> Any:
        """`body`, if a valid event of `webhook`; else RuntimeError: a simulator bug, never the handler's."""
        validator = self.doc.validator(self.webhook(webhook).event_schema)
        errors = [describe_error(error) for error in all_errors(validator, body)]
        if errors or not self.parses_as(webhook, body):
            raise RuntimeError(f"voicespec built an invalid {webhook} event {body}: {errors}")
        return body

    def encode(self, event: Any) -> bytes:
        return json.dumps(event).encode("utf-8")

    def describe(self) -> str:
        """How events are authenticated, for the progress line."""
        raise NotImplementedError
