"""`voicespec diff`: what a new version of a spec breaks, for the spec, the generated client and the
recorded traffic.

    from voicespec.diff import compare
    report = compare("git:HEAD~1", "specs/sinch-voice/openapi.yaml")
    report.summary()   # {"breaking": 2, "unknown": 0, "compatible": 5}
"""

from __future__ import annotations

from voicespec.diff.load import DiffUsageError
from voicespec.diff.model import ApiChange, Change, DiffReport, TrafficFinding
from voicespec.diff.pipeline import compare
from voicespec.diff.report import render, to_json

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
