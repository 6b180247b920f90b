"""Every check `voicespec check` runs, in the order it runs them.

Adding a check: write a module in `voicespec/checks/` that defines a `Check` (a name and a function from a
`Provider` to `(cases, failures)`), and add it to `ALL_CHECKS` below; `--only NAME`, the summary and the
JUnit XML pick it up from here.
"""

from __future__ import annotations

from voicespec.checks.cassettes import CASSETTE_CHECK
from voicespec.checks.client_import import IMPORT_CHECK
from voicespec.checks.client_requests import CLIENT_REQUEST_CHECK
from voicespec.checks.drift import DRIFT_CHECK
from voicespec.checks.evidence import EVIDENCE_CHECK
from voicespec.checks.fuzz.checks import FUZZ_CHECK, STATEFUL_CHECK
from voicespec.checks.lint import LINT_CHECK
from voicespec.checks.model_roundtrip import MODEL_ROUNDTRIP_CHECK
from voicespec.checks.runner import Check
from voicespec.checks.spec_validity import SPEC_CHECK

ALL_CHECKS: tuple[Check, ...] = (
    SPEC_CHECK,
    LINT_CHECK,
    DRIFT_CHECK,
    IMPORT_CHECK,
    CASSETTE_CHECK,
    EVIDENCE_CHECK,
    MODEL_ROUNDTRIP_CHECK,
    CLIENT_REQUEST_CHECK,
    FUZZ_CHECK,
    STATEFUL_CHECK,
)


def check_names() -> list[str]:
    return [check.name for check in ALL_CHECKS]
