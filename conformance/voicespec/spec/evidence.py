"""Reading a provider's evidence corpus (`specs/<provider>/evidence/*.yaml`, format in specs/EVIDENCE.md).

Loading only checks the envelope (sources, names, targets); whether each payload agrees with the spec is
the `evidence` check's job. Every problem names the file and the JSON pointer inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from voicespec.errors import Problem
from voicespec.spec.document import SpecDocument, load_yaml, pointer

EVIDENCE_DIRNAME = "evidence"
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
_REPOSITORY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_TARGET_KINDS = ("webhook", "operation", "schema")
_JSON = "application/json"


@dataclass(frozen=True)
class Source:
    """Where a payload's shape was seen: a repository file at a commit, or a page."""

    url: str | None = None
    repository: str | None = None
    path: str | None = None
    commit: str | None = None

    def __str__(self) -> str:
        if self.url:
            return self.url
        return f"{self.repository}@{self.commit}:{self.path}"


@dataclass(frozen=True)
class Target:
    """What in the spec a payload is an instance of."""

    kind: str  # webhook | operation | schema
    name: str
    part: str = "request"  # request | response
    status: str | None = None

    def __str__(self) -> str:
        if self.kind == "schema":
            return f"schema {self.name}"
        status = f" {self.status}" if self.status else ""
        return f"{self.kind} {self.name} {self.part}{status}"


@dataclass(frozen=True)
class EvidencePayload:
    file: Path
    index: int
    name: str
    target: Target
    payload: Any
    sources: tuple[Source, ...]
    headers: dict[str, str] = field(default_factory=dict)
    divergence: str | None = None

    @property
    def location(self) -> str:
        return pointer("payloads", self.index)


def evidence_files(spec_dir: Path) -> list[Path]:
    return sorted((spec_dir / EVIDENCE_DIRNAME).glob("*.yaml"))


def _source(raw: Any, file: Path, where: str, problems: list[Problem]) -> Source | None:
    if not isinstance(raw, dict):
        problems.append(Problem(str(file), where, "a source must be a mapping"))
        return None
    url = raw.get("url")
    if url is not None:
        if not isinstance(url, str) or not url.startswith("https://"):
            problems.append(Problem(str(file), where + "/url", f"not an https URL: {url!r}"))
            return None
        return Source(url=url)
    repository, path, commit = raw.get("repository"), raw.get("path"), raw.get("commit")
    bad = []
    if not isinstance(repository, str) or not _REPOSITORY.match(repository):
        bad.append(f"repository {repository!r} is not owner/name")
    if not isinstance(path, str) or not path or path.startswith("/"):
        bad.append(f"path {path!r} is not a path inside the repository")
    if not isinstance(commit, str) or not _COMMIT.match(commit):
        bad.append(f"commit {commit!r} is not 40 lower-case hex digits")
    if bad:
        problems.append(Problem(str(file), where, "; ".join(bad)))
        return None
    return Source(repository=repository, path=path, commit=commit)


def _target(raw: Any, file: Path, where: str, problems: list[Problem]) -> Target | None:
    if not isinstance(raw, dict):
        problems.append(Problem(str(file), where, "target must be a mapping"))
        return None
    kinds = [kind for kind in _TARGET_KINDS if kind in raw]
    if len(kinds) != 1:
        problems.append(Problem(str(file), where, f"target needs exactly one of {', '.join(_TARGET_KINDS)}"))
        return None
    part = raw.get("part", "request")
    if part not in ("request", "response"):
        problems.append(
            Problem(str(file), where + "/part", f"part must be request or response, not {part!r}")
        )
        return None
    status = raw.get("status")
    if kinds[0] == "operation" and part == "response" and status is None:
        problems.append(Problem(str(file), where + "/status", "a response target needs its status"))
        return None
    return Target(kinds[0], str(raw[kinds[0]]), part, None if status is None else str(status))


def _payload(
    raw: Any, file: Path, index: int, sources: tuple[Source, ...], problems: list[Problem]
) -> EvidencePayload | None:
    where = pointer("payloads", index)
    if not isinstance(raw, dict):
        problems.append(Problem(str(file), where, "a payload entry must be a mapping"))
        return None
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        problems.append(Problem(str(file), where + "/name", f"name {name!r} is not kebab-case"))
        return None
    if "payload" not in raw:
        problems.append(Problem(str(file), where, f"{name}: no `payload`"))
        return None
    target = _target(raw.get("target"), file, where + "/target", problems)
    headers = raw.get("headers", {})
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        problems.append(Problem(str(file), where + "/headers", "headers must map names to strings"))
        return None
    divergence = raw.get("divergence")
    if divergence is not None and (not isinstance(divergence, str) or not divergence.strip()):
        problems.append(Problem(str(file), where + "/divergence", "a divergence needs its reason"))
        return None
    if target is None:
        return None
    return EvidencePayload(
        file,
        index,
        name,
        target,
        raw["payload"],
        sources,
        {str(k): v for k, v in headers.items()},
        divergence,
    )


def _file_payloads(file: Path, problems: list[Problem]) -> Iterator[EvidencePayload]:
    try:
        data = load_yaml(file)
    except Exception as exc:  # a SpecError already names file and line
        problems.append(Problem(str(file), "", str(exc)))
        return
    if not isinstance(data, dict):
        problems.append(Problem(str(file), "", "an evidence file must be a mapping"))
        return
    raw_sources = data.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        problems.append(Problem(str(file), "/sources", "an evidence file needs at least one source"))
        return
    sources = tuple(
        source
        for index, raw in enumerate(raw_sources)
        if (source := _source(raw, file, pointer("sources", index), problems)) is not None
    )
    if len(sources) != len(raw_sources):
        return
    if not isinstance(data.get("shows"), str) or not data["shows"].strip():
        problems.append(Problem(str(file), "/shows", "say what the sources show"))
    raw_payloads = data.get("payloads")
    if not isinstance(raw_payloads, list) or not raw_payloads:
        problems.append(Problem(str(file), "/payloads", "an evidence file needs at least one payload"))
        return
    for index, raw in enumerate(raw_payloads):
        item = _payload(raw, file, index, sources, problems)
        if item is not None:
            yield item


def load_corpus(spec_dir: Path) -> tuple[list[EvidencePayload], list[Problem]]:
    """Every payload of the corpus, and the problems of the envelope (duplicate names included)."""
    problems: list[Problem] = []
    items: list[EvidencePayload] = []
    seen: dict[str, EvidencePayload] = {}
    for file in evidence_files(spec_dir):
        for item in _file_payloads(file, problems):
            first = seen.get(item.name)
            if first is not None:
                problems.append(
                    Problem(str(file), item.location, f"name {item.name!r} already used in {first.file.name}")
                )
                continue
            seen[item.name] = item
            items.append(item)
    return items, problems


def _body_schema(doc: SpecDocument, body_location: str) -> str:
    body = doc.follow(body_location)
    content = doc.resolve("#" + body).get("content", {})
    media = _JSON if _JSON in content else next(iter(content), None) if len(content) == 1 else None
    if media is None:
        raise LookupError(f"{body} has no single JSON body")
    return body + pointer("content", media, "schema")


def _operation_location(doc: SpecDocument, operation_id: str) -> str:
    for path, item in doc.data.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return pointer("paths", path, method)
    raise LookupError(f"no operation with operationId {operation_id!r}")


def _webhook_location(doc: SpecDocument, name: str) -> str:
    webhooks = doc.data.get("webhooks", {})
    if name not in webhooks:
        raise LookupError(f"no webhook {name!r} (the spec has: {', '.join(webhooks) or 'none'})")
    item = doc.follow(pointer("webhooks", name))
    methods = [m for m in doc.resolve("#" + item) if m in ("post", "put", "get", "patch", "delete")]
    if len(methods) != 1:
        raise LookupError(f"webhook {name!r} has {len(methods)} operations, not 1")
    return item + pointer(methods[0])


def _response_status(doc: SpecDocument, operation: str, status: str | None) -> str:
    responses = doc.resolve("#" + operation + "/responses")
    if status is None:
        success = sorted(code for code in responses if str(code).startswith("2"))
        if len(success) != 1:
            raise LookupError(f"{operation} has {len(success)} success responses; name the status")
        status = str(success[0])
    if status not in {str(code) for code in responses}:
        raise LookupError(f"{operation} documents no {status} response")
    return operation + pointer("responses", status)


def target_schema(doc: SpecDocument, target: Target) -> str:
    """The JSON pointer of the schema a payload for `target` must satisfy; LookupError when absent."""
    if target.kind == "schema":
        location = pointer("components", "schemas", target.name)
        if target.name not in doc.data.get("components", {}).get("schemas", {}):
            raise LookupError(f"no schema {target.name!r} in components/schemas")
        return location
    operation = (
        _operation_location(doc, target.name)
        if target.kind == "operation"
        else _webhook_location(doc, target.name)
    )
    if target.part == "request":
        if "requestBody" not in doc.resolve("#" + operation):
            raise LookupError(f"{target.kind} {target.name!r} takes no request body")
        return _body_schema(doc, operation + "/requestBody")
    return _body_schema(doc, _response_status(doc, operation, target.status))
