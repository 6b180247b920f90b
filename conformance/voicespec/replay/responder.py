"""The replay server's logic: a request in, its answer out (no HTTP server in here).

Every request is checked against the spec first (operation, credentials, parameters, body); a refusal is
the provider's own error shape. A valid request is answered from the cassettes (a sequence plays in order,
then its last answer repeats), else from the operation's first documented 2xx example; `Prefer: code=` or
`Prefer: example=` picks a documented error on demand. The verdict on a request is kept for byte-identical
requests (`verdicts.py`); each answer is built once per recorded interaction or documented example.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
from starlette.types import Scope

from voicespec.cassettes.model import Cassette, cassette_files, load_cassettes
from voicespec.providers import Provider
from voicespec.replay.answer import Answer
from voicespec.replay.limits import Limits, preferences
from voicespec.replay.transport import NoMatchingInteraction, Replayer, Slot
from voicespec.replay.verdicts import VerdictMemo
from voicespec.spec.credentials import missing_credentials
from voicespec.spec.document import SpecDocument, pointer
from voicespec.spec.request_validation import (
    MatchedOperation,
    allowed_methods,
    find_operation,
    request_path,
    request_problems,
)
from voicespec.spec.responses import (
    SpecResponse,
    documented_responses,
    error_response,
    placeholder_body,
    success_response,
)

SOURCE_HEADER = "X-Voicespec-Source"
DETAIL_HEADER = "X-Voicespec-Detail"  # the interaction or spec example the answer came from

# A request's verdict: the rejection it gets, or the operation it is for and its `Prefer` preferences.
_Verdict = Answer | tuple[MatchedOperation, dict[str, str]]


@dataclass
class _Remembered:
    """What the server keeps about a request it may see again byte for byte."""

    verdict: _Verdict
    # Without `Prefer`: which recorded interactions it matches (a pure function of the request; which of
    # them answers is decided at each request).
    matching: list[int] | None = None


class Responder:
    """Answers one request the way the replay server does."""

    def __init__(
        self, provider: Provider, cassettes: Sequence[Cassette] | None = None, limits: Limits | None = None
    ) -> None:
        self.provider = provider
        self.limits = limits or Limits()
        self.doc = SpecDocument.load(provider.spec_path)
        if cassettes is None:
            cassettes = load_cassettes(cassette_files(provider.cassettes_dir))
        # A server outlives any one client's flow: once played out, an interaction keeps answering.
        self.replayer = Replayer(cassettes, allow_repeats=True)
        # Answers that depend only on what was recorded or documented, made once: a replayed interaction
        # (by the identity of its slot, which lives as long as the replayer) and an operation's
        # synthesised success (by its pointer).
        self._replayed_answers: dict[int, Answer] = {}
        self._synthesised_answers: dict[str, Answer | None] = {}
        self._verdicts: VerdictMemo[_Remembered] = VerdictMemo()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request).to_httpx(request)

    def answer(self, request: httpx.Request, key: Hashable | None = None) -> Answer:
        """The answer to `request`; `key` (from `memo_key`) lets an identical request reuse the verdict
        on it (see `remembered`)."""
        request.read()
        entry = self._verdicts.get(key)
        if entry is None:
            entry = _Remembered(self._verdict(request))
            self._verdicts.remember(key, entry)
        if isinstance(entry.verdict, Answer):
            return entry.verdict
        matched, prefer = entry.verdict
        if prefer:
            return self._preferred(request, matched, prefer)
        entry.matching = self.replayer.matching(request, _success)
        return self._played(matched, entry.matching)

    def remembered(self, key: Hashable | None) -> Answer | None:
        """The answer to a request seen before with exactly this key, without reading it again: its
        verdict, and the interactions it matches, still played in turn. None when it has to be read."""
        entry = self._verdicts.get(key)
        if entry is None:
            return None
        if isinstance(entry.verdict, Answer):
            return entry.verdict
        matched, _ = entry.verdict
        return None if entry.matching is None else self._played(matched, entry.matching)

    def _played(self, matched: MatchedOperation, matching: list[int]) -> Answer:
        """The next of the matching recorded interactions, else the spec's success."""
        slot = self.replayer.take(matching)
        return self._synthesised(matched) if slot is None else self._replay(slot)

    def _verdict(self, request: httpx.Request) -> _Verdict:
        """The rejection a request gets, or the operation it is for and the answer it prefers."""
        path = request_path(request)
        matched = find_operation(self.doc, request.method, path)
        if matched is None:
            allowed = allowed_methods(self.doc, path)
            text = f"{request.method} {path} is not an operation of the {self.provider.title}"
            rejected = self._rejected(None, 405 if allowed else 404, text)
            return rejected.with_headers({"Allow": ", ".join(allowed)}) if allowed else rejected
        missing = missing_credentials(self.doc, matched, request)
        if missing is not None:
            return self._rejected(matched, 401, missing)
        wrong = self.limits.wrong_credential(request)
        if wrong is not None:
            return self._rejected(matched, 401, wrong)
        problems = request_problems(self.doc, request)
        if problems:
            text = "; ".join(f"{problem.message} ({problem.location})" for problem in problems)
            return self._rejected(matched, 400, text)
        return matched, preferences(request.headers.get("prefer", ""))

    def _preferred(self, request: httpx.Request, matched: MatchedOperation, prefer: dict[str, str]) -> Answer:
        """Prism's `Prefer: code=...` / `example=...`: a recorded answer with that status, else the
        spec's documented response (by status, or the example of that name)."""
        operation_id = matched.operation.get("operationId")
        code = prefer.get("code")
        if code is not None and not (code.isdigit() and 100 <= int(code) <= 599):
            return self._rejected(matched, 400, f"Prefer: code={code} is not a status code")
        status = int(code) if code is not None else None
        example = prefer.get("example")
        if example is None and status is not None:
            try:
                slot = self.replayer.play(
                    request,
                    lambda slot: slot.interaction.response.status == status,
                    strict=True,
                    explain=False,
                )
            except NoMatchingInteraction:
                pass
            else:
                return self._replay(slot)
        for entry in documented_responses(self.doc, matched):
            if _is_example(entry, example) and (status is None or entry.status == status):
                return _documented(entry, "synthesised")
        asked = " and ".join(f"{key}={value}" for key, value in prefer.items())
        return self._rejected(matched, 400, f"Prefer: {asked}: {operation_id} documents no such answer")

    def _replay(self, slot: Slot) -> Answer:
        answer = self._replayed_answers.get(id(slot))
        if answer is None:
            response = slot.interaction.response
            recorded = tuple((name, value) for name, values in response.headers.items() for value in values)
            detail = f"{Path(slot.cassette.name).name}#/interactions/{slot.index}"
            answer = Answer(response.status, recorded, response.content, response.message)
            answer = self._replayed_answers[id(slot)] = answer.with_headers(
                {SOURCE_HEADER: "replayed", DETAIL_HEADER: detail}
            )
        return answer

    def _synthesised(self, matched: MatchedOperation) -> Answer:
        if matched.pointer not in self._synthesised_answers:
            entry = success_response(self.doc, matched)
            self._synthesised_answers[matched.pointer] = (
                None if entry is None else _documented(entry, "synthesised")
            )
        answer = self._synthesised_answers[matched.pointer]
        if answer is None:
            text = f"the spec documents no 2xx answer for {matched.operation.get('operationId')}"
            return self._rejected(matched, 501, text)
        return answer

    def memo_key(self, scope: Scope, target: bytes, body: bytes) -> Hashable | None:
        return self._verdicts.key(scope, target, body)

    def reject_unreadable(self, text: str, status: int = 400) -> Answer:
        return self._rejected(None, status, text)

    def _rejected(self, matched: MatchedOperation | None, status: int, text: str) -> Answer:
        return _documented(error_response(self.doc, matched, status, text), "rejected")


def _is_example(entry: SpecResponse, name: str | None) -> bool:
    """Whether `entry` is the documented example called `name` (any entry when no name is asked)."""
    if name is None:
        return True
    return entry.example_pointer is not None and entry.example_pointer.endswith(pointer("examples", name))


def _success(slot: Slot) -> bool:
    return 200 <= slot.interaction.response.status < 300


def _documented(answer: SpecResponse, source: str) -> Answer:
    """A documented (or error-shaped) response as an answer, `source` saying where it came from."""
    headers = [(SOURCE_HEADER, source)]
    if answer.example_pointer:
        headers.append((DETAIL_HEADER, answer.example_pointer))
    if answer.media_type is None or answer.body is None:
        return Answer(answer.status, tuple(headers))
    headers.append(("Content-Type", answer.media_type))
    if "json" in answer.media_type:
        content = json.dumps(answer.body).encode()
    else:  # a binary answer documented only by `externalValue` gets a real file, never zero bytes
        content = str(answer.body).encode() or placeholder_body(answer.media_type)
    return Answer(answer.status, tuple(headers), content)
