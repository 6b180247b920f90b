"""The `lint` check: Redocly CLI's `recommended` rules report nothing for the spec.

Without Node (voicespec installed without the `lint` extra) the check is skipped with the reason, which
the progress line, the summary and the JUnit XML show: a lint that did not run never counts as passed.
"""

from __future__ import annotations

from voicespec.checks.runner import Check, CheckSkipped
from voicespec.providers import Provider
from voicespec.spec.lint import LinterUnavailable, lint_problems


def _lint(provider: Provider) -> tuple[int, list[str]]:
    try:
        problems = lint_problems(provider.spec_path)
    except LinterUnavailable as exc:
        raise CheckSkipped(exc.summary) from exc
    return 1, [str(problem) for problem in problems]


LINT_CHECK = Check("lint", _lint)
