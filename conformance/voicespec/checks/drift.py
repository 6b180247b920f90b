"""The `drift` check: `generated/` equals a fresh regeneration from the spec."""

from __future__ import annotations

from voicespec.checks.runner import Check
from voicespec.errors import DriftError
from voicespec.generation.generator import check_drift
from voicespec.providers import Provider

# The full diff is printed by `voicespec generate --check`; the check summary shows its start.
_DIFF_LINES_SHOWN = 60


def _drift(provider: Provider) -> tuple[int, list[str]]:
    try:
        check_drift([provider])
    except DriftError as exc:
        lines = exc.diff.splitlines()
        shown = "\n".join(lines[:_DIFF_LINES_SHOWN])
        more = (
            f"\n… {len(lines) - _DIFF_LINES_SHOWN} more diff lines" if len(lines) > _DIFF_LINES_SHOWN else ""
        )
        return 1, [f"{exc}\n{shown}{more}"]
    return 1, []


DRIFT_CHECK = Check("drift", _drift)
