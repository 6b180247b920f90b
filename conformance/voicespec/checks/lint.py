"""The `lint` check: Redocly CLI's `recommended` rules report nothing for the spec."""

from __future__ import annotations

from voicespec.checks.runner import Check
from voicespec.providers import Provider
from voicespec.spec.lint import lint_problems


def _lint(provider: Provider) -> tuple[int, list[str]]:
    return 1, [str(problem) for problem in lint_problems(provider.spec_path)]


LINT_CHECK = Check("lint", _lint)
