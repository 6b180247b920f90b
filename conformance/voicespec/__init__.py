"""voicespec: cleaned voice-API specs, their generated clients, and the conformance suite that ties them."""

from __future__ import annotations

from voicespec.errors import (
    DriftError,
    GenerationError,
    LintError,
    Problem,
    SpecError,
    VoicespecError,
)
from voicespec.providers import Provider, available_providers, get_provider

__all__ = [
    "DriftError",
    "GenerationError",
    "LintError",
    "Problem",
    "Provider",
    "SpecError",
    "VoicespecError",
    "available_providers",
    "get_provider",
]
