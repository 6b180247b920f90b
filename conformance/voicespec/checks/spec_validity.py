"""The `spec` check: the spec is valid OpenAPI and every example it holds satisfies its schema."""

from __future__ import annotations

from voicespec.checks.runner import Check
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.examples import iter_examples
from voicespec.spec.validity import spec_problems


def _spec(provider: Provider) -> tuple[int, list[str]]:
    problems = spec_problems(provider.spec_path)
    examples = sum(1 for _ in iter_examples(SpecDocument.load(provider.spec_path)))
    return 1 + examples, [str(problem) for problem in problems]


SPEC_CHECK = Check("spec", _spec)
