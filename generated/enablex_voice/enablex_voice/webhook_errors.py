"""The errors `enablex_voice.webhooks.parse` raises (hand-written runtime, copied in by `voicespec generate`).

A module of its own so that the envelope decryption (`webhook_envelope`) and the event parser (`webhooks`)
can both raise them without importing each other.
"""

from __future__ import annotations

from .errors import EnablexVoiceError

__all__ = ["DecryptionError", "WebhookError"]


class WebhookError(EnablexVoiceError, ValueError):
    """A webhook body that is not an EnableX event this package can parse.

    Attributes:
        field: the key (or HTTP header) at fault, canonical spelling, or None when the body as a whole is
            (empty, not UTF-8, not JSON, not an object).
        reason: what is wrong, for a person to read.
    """

    def __init__(self, field: str | None, reason: str) -> None:
        super().__init__(f"{field}: {reason}" if field is not None else reason)
        self.field = field
        self.reason = reason


class DecryptionError(WebhookError):
    """An encrypted webhook envelope that cannot be decrypted into an event.

    Raised for a wrong app ID, a tampered or truncated `encrypted_data`, a missing or unsupported
    `x-algoritm` / `x-format` / `x-encoding` header, or an envelope given without an app ID. `.field` names
    the header, `encrypted_data` or `app_id`; `.reason` says what is wrong.
    """
