"""`voicespec diff`: what a new version of a spec breaks, for the spec, the generated client and the
recorded traffic.

    from voicespec.diff import compare
    report = compare("git:HEAD~1", "specs/sinch-voice/openapi.yaml")
    report.summary()   # {"breaking": N, "unknown": N, "compatible": N}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from voicespec.diff.load import DiffUsageError
from voicespec.diff.model import ApiChange, Change, DiffReport, TrafficFinding
from voicespec.diff.report import render, to_json

if TYPE_CHECKING:
    from voicespec.diff.pipeline import compare


def __getattr__(name: str) -> Any:
    # `compare` brings in the generator and griffe: loaded on first use, so that registering the
    # subcommand does not slow every other `voicespec` command down.
    if name == "compare":
        from voicespec.diff.pipeline import compare  # noqa: PLC0415

        return compare
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ApiChange",
    "Change",
    "DiffReport",
    "DiffUsageError",
    "TrafficFinding",
    "compare",
    "render",
    "to_json",
]
