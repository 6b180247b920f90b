"""The voicespec exception hierarchy.

    VoicespecError
    ├── SpecError         a spec cannot be read, is invalid, or has an example that contradicts its schema
    ├── LintError         the linter reports problems in a spec
    ├── GenerationError   the generator reported an error or a warning (a warning means a dropped piece)
    └── DriftError        generated/ differs from a fresh regeneration

Every error carries the problems it found as `Problem` values (file, location, message), collected and
reported together rather than stopping at the first one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One finding: the file it is in, where in the file (a JSON pointer or line), and what is wrong."""

    file: str
    location: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.location}" if self.location else self.file
        return f"{where}: {self.message}"


class VoicespecError(Exception):
    """Base of every error voicespec raises on purpose."""

    def __init__(self, summary: str, problems: Iterable[Problem] = ()) -> None:
        self.summary = summary
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = [summary, *(f"  - {problem}" for problem in self.problems)]
        super().__init__("\n".join(lines))


class SpecError(VoicespecError):
    """A spec is unreadable, invalid OpenAPI, or holds an example its schema rejects."""


class LintError(VoicespecError):
    """The OpenAPI linter reports errors or warnings."""


class GenerationError(VoicespecError):
    """openapi-python-client reported an error or a warning, or its output could not be finished."""


class DriftError(VoicespecError):
    """The committed generated code differs from a fresh regeneration."""

    def __init__(self, summary: str, diff: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(summary, problems)
        self.diff = diff
