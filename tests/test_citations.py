"""Every citation in the specs' CHANGES.md can be checked by a reader.

A citation is a seed line (`003:120` or `003:120-131`, which must exist in `../shared/seeds/`), an https
URL (a GitHub one pinned to a commit), a repository file at a commit (`owner/name@<40 hex>:path` or
`owner/name:path@<40 hex>`), or an evidence file of the provider (`evidence/NAME.yaml`, which must exist).
Every change entry carries one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from voicespec.providers import Provider

ROOT = Path(__file__).resolve().parents[1]
# The seed documents sit beside the checkout (`../shared/seeds/`), not in it.
SEEDS = next(
    (parent / "shared" / "seeds" for parent in ROOT.parents if (parent / "shared" / "seeds").is_dir()), None
)

_SEED_REF = re.compile(r"(?<![\w/.:-])(\d{3}):(\d+)(?:-(\d+))?(?![\w:])")
_URL = re.compile(r"https?://[^\s`)>\]]+")
_BARE_HOST = re.compile(r"(?<![\w/@.:-])(?:[a-z0-9-]+\.)+(?:com|io|ai|net|org|dev)/[^\s`)]*")
_GITHUB_URL = re.compile(r"https://github\.com/[^/\s]+/[^/\s]+/(?:blob|tree|raw)/[0-9a-f]{40}/\S+")
_REPO_AT_COMMIT = re.compile(
    r"[A-Za-z0-9][\w.-]*/[\w.-]+(?:@[0-9a-f]{40}:[^\s`]+|:[^\s`@]+@[0-9a-f]{40}(?![0-9a-f]))"
)
_EVIDENCE_REF = re.compile(r"evidence/([\w.-]+\.yaml)")
_ENTRY = re.compile(r"^\s*(?:-|\d+\.)\s+")
_LABEL = re.compile(r"\[([A-Z][A-Z0-9-]+)\]")
# Not outside facts: a pointer to another entry, the seed legend, or the project's own conventions.
_INTERNAL = re.compile(r"\b(?:see|by) \d+(?:\.\d+)+|\d{3}_[0-9a-f]{16}\.txt|CONVENTIONS")


def _seed_lines() -> dict[str, int]:
    if SEEDS is None:
        pytest.skip("the seed documents (../shared/seeds/) are not beside this checkout")
    return {path.name[:3]: len(path.read_text(encoding="utf-8").splitlines()) for path in SEEDS.glob("*.txt")}


def _entries(text: str) -> list[tuple[int, str]]:
    """Change entries (list items, with their continuation lines) and the line each starts on."""
    entries: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if _ENTRY.match(line):
            entries.append((number, line))
        elif entries and line.startswith(("  ", "\t")) and line.strip():
            start, body = entries[-1]
            entries[-1] = (start, body + " " + line.strip())
    return entries


def _line_problems(name: str, number: int, line: str, folder: Path, seeds: dict[str, int]) -> list[str]:
    """Citations that point at nothing: seed lines out of range, unpinned GitHub links, missing files."""
    problems = []
    for match in _SEED_REF.finditer(line):
        seed, first, last = match.group(1), int(match.group(2)), int(match.group(3) or match.group(2))
        if seed not in seeds:
            problems.append(f"{name}:{number}: seed {seed} does not exist ({match.group(0)})")
        elif not 1 <= first <= last <= seeds[seed]:
            problems.append(f"{name}:{number}: {match.group(0)} is outside seed {seed} (1-{seeds[seed]})")
    for url in _URL.findall(line):
        if "github.com/" in url and not _GITHUB_URL.match(url):
            problems.append(f"{name}:{number}: GitHub link without a pinned commit: {url}")
    problems.extend(
        f"{name}:{number}: evidence/{file} does not exist"
        for file in _EVIDENCE_REF.findall(line)
        if not (folder / "evidence" / file).is_file()
    )
    return problems


def _is_cited(entry: str, labels: set[str]) -> bool:
    patterns = (_SEED_REF, _URL, _REPO_AT_COMMIT, _EVIDENCE_REF, _INTERNAL)
    return any(pattern.search(entry) for pattern in patterns) or any(
        f"[{label}]" in entry for label in labels
    )


def citation_problems(changes: Path, seeds: dict[str, int]) -> list[str]:
    text = changes.read_text(encoding="utf-8")
    name = changes.name
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        problems.extend(_line_problems(name, number, line, changes.parent, seeds))
    preamble = text.split("\n## ", 1)[0]
    labels = set(_LABEL.findall(preamble))
    for number, entry in _entries(preamble):
        if _LABEL.match(entry.lstrip("- ")) and not (_URL.search(entry) or _REPO_AT_COMMIT.search(entry)):
            problems.append(f"{name}:{number}: a source label without a URL or owner/name@commit:path")
    for number, entry in _entries(text):
        if not _is_cited(entry, labels):
            problems.append(f"{name}:{number}: an entry without a checkable citation: {entry[:100]}")
        problems.extend(
            f"{name}:{number}: a page cited without https://: {host}" for host in _BARE_HOST.findall(entry)
        )
    return problems


def test_every_citation_can_be_checked(provider: Provider) -> None:
    changes = provider.spec_dir / "CHANGES.md"
    assert citation_problems(changes, _seed_lines()) == []


def test_the_check_catches_bad_citations(tmp_path: Path) -> None:
    changes = tmp_path / "CHANGES.md"
    changes.write_text(
        "# x\n\n## Changes\n\n"
        "- `003:9999` — beyond the seed\n"
        "- `007:1` — no such seed\n"
        "- https://github.com/sinch/sinch-sdk-java/blob/main/README.md — not pinned\n"
        "- evidence/missing.yaml — not there\n"
        "- a claim with nothing behind it\n"
        "- docs.example.com/page — no scheme\n",
        encoding="utf-8",
    )
    problems = citation_problems(changes, {"003": 100})
    assert len(problems) == 7, problems  # the bare host is uncited and unschemed
    for fragment in (
        "outside seed 003",
        "seed 007",
        "without a pinned commit",
        "missing.yaml",
        "without a checkable",
    ):
        assert any(fragment in problem for problem in problems), fragment


@pytest.mark.parametrize(
    "entry",
    [
        "- `003:12-14` — a seed range",
        "- https://developers.example.com/docs/voice — a page",
        "- sinch/sinch-sdk-java@0123456789abcdef0123456789abcdef01234567:src/Ice.java — a file at a commit",
    ],
)
def test_good_citations_pass(tmp_path: Path, entry: str) -> None:
    changes = tmp_path / "CHANGES.md"
    changes.write_text(f"# x\n\n## Changes\n\n{entry}\n", encoding="utf-8")
    assert citation_problems(changes, {"003": 100}) == []
