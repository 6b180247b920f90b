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
from voicespec.providers import PROVIDERS, Provider, get_provider

__all__ = [
    "PROVIDERS",
    "DriftError",
    "GenerationError",
    "LintError",
    "Problem",
    "Provider",
    "SpecError",
    "VoicespecError",
    "get_provider",
]
