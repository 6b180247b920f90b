"""Answering requests from cassettes: in process (`ReplayTransport`), over HTTP (`voicespec serve`), and
recording new cassettes through a proxy (`voicespec record`)."""

from __future__ import annotations

from voicespec.replay.transport import NoMatchingInteraction, ReplayTransport

__all__ = ["NoMatchingInteraction", "ReplayTransport"]
