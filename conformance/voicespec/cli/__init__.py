"""The `voicespec` command (console script `voicespec.cli:main`)."""

from __future__ import annotations

from voicespec.cli.app import main

__all__ = ["main"]
