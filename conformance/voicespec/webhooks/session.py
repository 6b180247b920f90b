"""What every check of one run shares: the provider, the way to the handler, the results, the case filter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from voicespec.webhooks.delivery import Answer, Delivery
from voicespec.webhooks.enablex_api import ApiServer
from voicespec.webhooks.profile import Profile
from voicespec.webhooks.results import Results


@dataclass(frozen=True)
class Session:
    profile: Profile
    delivery: Delivery
    results: Results
    wanted: Callable[[str], bool]  # whether a case id is to run (`--case`)
    api: ApiServer | None = None  # EnableX's REST API, when served

    def send(self, body: bytes) -> Answer:
        """`body` to the handler, authenticated as the provider does."""
        return self.profile.send(self.delivery, body)
