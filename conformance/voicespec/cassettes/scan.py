"""`voicespec cassettes scan PATH...`: report anything secret-like in cassette files (a pre-commit hook).

A finding is whatever the redactor would still change in a stored interaction (so the scanner knows every
name and format the redactor knows, including the security schemes of every provider's spec), plus token
shapes no name announces: random-looking base64 runs. `!!binary` bodies are decoded and read as the
redactor reads them. A file that is not a readable cassette is a finding too, never a pass.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from voicespec.cassettes.model import Cassette, CassetteError, Interaction, cassette_files
from voicespec.cassettes.redact import REDACTED, Redactor
from voicespec.cassettes.secret_names import DEFAULT_NAMES, SecretNames, scheme_names
from voicespec.errors import Problem
from voicespec.providers import available_providers
from voicespec.spec.document import SpecDocument

_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{40,}={0,2}")
# Random base64 of 40+ characters carries about 4.6-4.9 bits per character; paths and prose stay near 4.
_RANDOM_BITS_PER_CHAR = 4.4


class Finding(Problem):
    """A secret-like value: a `Problem` written `file#pointer`, the form a cassette reader can open."""

    def __str__(self) -> str:
        return f"{self.file}#{self.location}: {self.message}"


def every_spec_names() -> SecretNames:
    """The maintained names plus the credential names of every provider's security schemes."""
    names: set[str] = set()
    for provider in available_providers():
        names |= scheme_names(SpecDocument.load(provider.spec_path).data)
    return DEFAULT_NAMES.with_names(names)


def scan_paths(paths: Iterable[Path], names: SecretNames | None = None) -> list[Finding]:
    redactor = Redactor(names if names is not None else every_spec_names())
    findings: list[Finding] = []
    for entry in paths:
        files = (cassette_files(entry) or sorted(entry.rglob("*.yaml"))) if entry.is_dir() else [entry]
        for file in files:
            findings.extend(scan_file(file, redactor))
    return findings


def scan_file(path: Path, redactor: Redactor) -> list[Finding]:
    try:
        cassette = Cassette.load(path)
    except (CassetteError, UnicodeDecodeError) as exc:  # an undecodable file is not known to be clean
        return [Finding(str(path), "/", f"not a readable cassette, so not known to be clean: {exc}")]
    findings = []
    for index, interaction in enumerate(cassette.interactions):
        for location, message in _interaction_findings(interaction, redactor):
            findings.append(Finding(str(path), f"/interactions/{index}/{location}", message))
    return findings


def _interaction_findings(interaction: Interaction, redactor: Redactor) -> Iterator[tuple[str, str]]:
    request, response = interaction.request, interaction.response
    redaction = redactor.exchange(request, response)
    clean_request, clean_response = redaction.request, redaction.response
    if clean_request.uri != request.uri:
        yield "request/uri", f"holds a secret: {_hint(request.uri, clean_request.uri)}"
    for side, headers, cleaned in (
        ("request", request.headers, clean_request.headers),
        ("response", response.headers, clean_response.headers),
    ):
        for name, values in headers.items():
            if cleaned.get(name) != values:
                yield f"{side}/headers/{name}", "holds a secret"
            for value in values:
                yield from _random_runs(f"{side}/headers/{name}", value)
    for side, body, cleaned_body in (
        ("request/body", request.body, clean_request.body),
        ("response/body/string", response.body, clean_response.body),
    ):
        if (body or None) != (cleaned_body or None):
            yield side, f"holds a secret: {_hint(_text(body), _text(cleaned_body))}"
        yield from _random_runs(side, _text(body))


def _text(body: str | bytes | None) -> str:
    if body is None:
        return ""
    return body if isinstance(body, str) else body.decode("latin-1")


def _hint(before: str, after: str) -> str:
    """Where the two differ, with the secret itself cut to its first 3 characters."""
    start = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), 0)
    context = before[max(0, start - 30) : start]
    return f"…{context}{before[start : start + 3]}… would become {REDACTED}"


def _random_runs(where: str, text: str) -> Iterator[tuple[str, str]]:
    for match in _BASE64_RUN.finditer(text):
        run = match.group(0)
        if "/" in run and run.count("/") > 2:
            continue  # a path, not a token
        if _looks_random(run):
            yield where, f"looks like a random token: {run[:6]}…"


def _looks_random(run: str) -> bool:
    mixed = all(any(test(char) for char in run) for test in (str.isupper, str.islower, str.isdigit))
    counts = Counter(run)
    entropy = -sum(count / len(run) * math.log2(count / len(run)) for count in counts.values())
    return mixed and entropy >= _RANDOM_BITS_PER_CHAR
