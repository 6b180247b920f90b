"""What a fuzz run found: one `Finding` per kind of failure and operation, and the run's `FuzzReport`."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from voicespec.checks.fuzz.differential import Differential
from voicespec.checks.fuzz.settings import REPLAY_BASE_URL
from voicespec.checks.runner import CheckResult


@dataclass
class Finding:
    """The first case that showed one kind of failure on one operation, and how often it recurred."""

    operation: str
    phase: str
    mode: str
    title: str
    checks: tuple[str, ...]
    message: str
    request: httpx.Request | None
    status: int | None
    response: str
    curl: str
    occurrences: int = 1

    def describe(self, reproduce: tuple[str, str]) -> str:
        """`reproduce` is (the seed, the command that sends the same requests in the same order)."""
        checks = f" [{', '.join(self.checks)}]" if self.checks else ""
        lines = [
            f"{self.operation}: {self.title}{checks} — {self.phase} phase, {self.mode} data, {reproduce[0]}"
            + (f", seen {self.occurrences} times" if self.occurrences > 1 else ""),
            *(f"    {line}" for line in self.message.strip().splitlines() if line.strip()),
        ]
        if self.status is not None:
            lines.append(f"  response: {self.status} {self.response}")
        lines.append(f"  request: {self.curl}")
        if self.request is not None:
            lines.append(f"  request JSON: {json.dumps(_request_json(self.request))}")
        lines.append(f"  reproduce: {reproduce[1]}")
        return "\n".join(lines)


def _request_json(request: httpx.Request) -> dict[str, Any]:
    replay = httpx.URL(REPLAY_BASE_URL)
    url = replay.copy_with(raw_path=request.url.raw_path)
    headers = dict(request.headers)
    headers["host"] = replay.netloc.decode()
    headers.pop("x-schemathesis-testcaseid", None)  # a random correlation id, not part of the case
    body: Any = None
    if request.content:
        try:
            body = json.loads(request.content)
        except ValueError:
            body = request.content.decode("utf-8", errors="backslashreplace")
    return {"method": request.method, "url": str(url), "headers": headers, "body": body}


@dataclass
class FuzzReport:
    """Requests sent, and one line block per distinct failure."""

    cases: int = 0
    failures: list[str] = field(default_factory=list)
    skipped: str | None = None
    operations: Counter[str] = field(default_factory=Counter)  # requests sent per operation
    kinds: Counter[str] = field(default_factory=Counter)  # requests per "phase/mode": "coverage/negative"
    # Exchanges where voicespec and openapi-core differ for a named reason (differential.py), by name.
    known_divergences: Counter[str] = field(default_factory=Counter)
    # The differential check's one-line summary; it holds CPU times, so two runs' reports compare without it.
    differential: str = field(default="", compare=False)

    def as_outcome(self) -> tuple[int, list[str]]:
        return self.cases, self.failures

    def as_result(self) -> CheckResult:
        return CheckResult(self.cases, self.failures, known_divergences=self.known_divergences.total())

    def with_differential(self, differential: Differential | None) -> FuzzReport:
        if differential is not None:
            self.known_divergences, self.differential = differential.known, differential.summary()
        return self

    def to_json(self) -> str:
        data = {"cases": self.cases, "failures": self.failures, "skipped": self.skipped}
        differential = {"known_divergences": dict(self.known_divergences), "differential": self.differential}
        return json.dumps(
            {**data, "operations": dict(self.operations), "kinds": dict(self.kinds), **differential}
        )

    @classmethod
    def from_json(cls, text: str) -> FuzzReport:
        data = json.loads(text)
        return cls(
            cases=data["cases"],
            failures=data["failures"],
            skipped=data["skipped"],
            operations=Counter(data["operations"]),
            kinds=Counter(data["kinds"]),
            known_divergences=Counter(data["known_divergences"]),
            differential=data["differential"],
        )
