"""The differential check of a fuzz run: every request sent and every answer the replay server gives is
judged twice, by voicespec and by openapi-core, and a disagreement is a failure naming both verdicts.

voicespec's verdict on a request is what the replay server decided (`X-Voicespec-Source: rejected` with
400/401/404/405 means it refused the request). Two refusals are not verdicts on the spec, so they count as
accepted: the run's credential gate refusing a credential that is present but is not the run's (the spec
names the header, never its value; see `gate.py`), and 501, a valid request the spec documents no 2xx
answer for. voicespec's verdict on an answer is `response_problem`, what the cassettes check holds every
recorded answer to. openapi-core judges both with its OAS 3.1 validators (`spec/openapi_core_judge.py`).

A disagreement with a known cause is a named `KnownDivergence`: counted apart, with its reason, never a
failure and never silent. There are two: openapi-core refusing the bytes of a raw binary body (its open
bug), and voicespec refusing undeclared query parameters (a voicespec rule OpenAPI does not make). Each
rule recognises its own case from the spec and the request, so a disagreement it does not explain fails.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.metadata import version

import httpx
from schemathesis.core.failures import Failure

from voicespec.providers import Provider
from voicespec.replay.server import SOURCE_HEADER
from voicespec.spec.document import SpecDocument
from voicespec.spec.openapi_core_judge import OpenAPICoreJudge, Verdict
from voicespec.spec.request_validation import MatchedOperation, find_operation, request_path, request_problems
from voicespec.spec.response_validation import response_problem
from voicespec.spec.responses import response_entry

OPENAPI_CORE = f"openapi-core {version('openapi-core')}"
_REFUSALS = frozenset({400, 401, 404, 405})  # the statuses the replay server refuses a request with
_SNIPPET = 200  # characters of a refusal's body quoted as voicespec's reason


class Disagreement(Failure):
    """voicespec and openapi-core judged the same request or answer differently."""

    checks = ("differential",)
    kind_title = "voicespec and openapi-core disagree"


@dataclass(frozen=True)
class Judged:
    """One exchange and both validators' verdicts on one side of it (`side`: request or response)."""

    side: str
    request: httpx.Request
    response: httpx.Response
    matched: MatchedOperation | None
    voicespec: Verdict
    openapi_core: Verdict


@dataclass(frozen=True)
class KnownDivergence:
    name: str
    reason: str
    applies: Callable[[SpecDocument, Judged], bool]


def _raw_binary_body(doc: SpecDocument, judged: Judged) -> bool:
    """openapi-core refused, as not a string, the bytes of an answer documented as `type: string,
    format: binary` that voicespec accepted."""
    if judged.side != "response" or judged.matched is None or judged.openapi_core.valid:
        return False
    if not judged.voicespec.valid or not judged.openapi_core.reason.startswith("InvalidData"):
        return False
    matched = judged.matched
    entry = response_entry(doc, matched.operation, matched.pointer, judged.response.status_code)
    media = judged.response.headers.get("content-type", "").split(";", maxsplit=1)[0].strip()
    media_type = ((entry[2].get("content") or {}) if entry else {}).get(media) or {}
    schema = doc.deref(media_type.get("schema") or {})
    return bool(schema.get("type") == "string" and schema.get("format") == "binary")


_UNDECLARED_QUERY = "query parameter not in the spec"


def _undeclared_query_parameter(doc: SpecDocument, judged: Judged) -> bool:
    """voicespec refused a request only for query parameters its operation does not declare, and
    openapi-core accepted it."""
    if judged.side != "request" or judged.voicespec.valid or not judged.openapi_core.valid:
        return False
    problems = request_problems(doc, judged.request)
    return bool(problems) and all(problem.message == _UNDECLARED_QUERY for problem in problems)


KNOWN_DIVERGENCES = (
    KnownDivergence(
        "undeclared-query-parameter",
        "OpenAPI does not forbid a query parameter an operation does not declare, so openapi-core accepts "
        "one; voicespec refuses it on purpose: the spec is the whole list of what a client may send (the "
        "client-requests check holds the generated clients to it) and schemathesis sends an undeclared one "
        "as negative data that must be refused. A voicespec rule, not an openapi-core error.",
        _undeclared_query_parameter,
    ),
    KnownDivergence(
        "raw-binary-body",
        "openapi-core validates an OAS 3.1 body with the 3.1 dialect, whose `type: string` refuses the bytes "
        "of a raw binary body (https://github.com/python-openapi/openapi-core/issues/854, open; fix proposed "
        "in https://github.com/python-openapi/openapi-core/pull/1193). The spec keeps `format: binary`, "
        "which openapi-python-client needs to type the download as a file.",
        _raw_binary_body,
    ),
)


class Differential:
    """Both verdicts on every exchange of one fuzz session; what they disagree on, and what it cost."""

    def __init__(self, provider: Provider, base_url: str, credentials: Mapping[str, str]) -> None:
        started = time.thread_time()
        self.doc = SpecDocument.load(provider.spec_path)
        self.openapi_core = OpenAPICoreJudge(provider.spec_path, also_served_at=base_url)
        self.credentials = {name.lower(): value for name, value in credentials.items()}
        self.judged = 0
        self.known: Counter[str] = Counter()  # exchanges with a known divergence, by its name
        self.build_seconds = time.thread_time() - started
        # CPU time spent judging, for the cost per request (this thread's: the replay server runs in another).
        self.judge_seconds = 0.0

    def judge(self, request: httpx.Request, response: httpx.Response) -> list[Disagreement]:
        """Both verdicts on the request and on the answer; a disagreement no known divergence explains."""
        started = time.thread_time()
        matched = find_operation(self.doc, request.method, request_path(request))
        sides = [
            Judged(
                "request",
                request,
                response,
                matched,
                self._request_verdict(request, response),
                self.openapi_core.request(request),
            ),
            Judged(
                "response",
                request,
                response,
                matched,
                self._response_verdict(matched, response),
                self.openapi_core.response(request, response),
            ),
        ]
        found = []
        diverged: set[str] = set()
        for judged in sides:
            if judged.voicespec.valid == judged.openapi_core.valid:
                continue
            known = next((rule for rule in KNOWN_DIVERGENCES if rule.applies(self.doc, judged)), None)
            if known is not None:
                diverged.add(known.name)
                continue
            found.append(self._disagreement(judged, matched))
        self.known.update(diverged)
        self.judged += 1
        self.judge_seconds += time.thread_time() - started
        return found

    def _request_verdict(self, request: httpx.Request, response: httpx.Response) -> Verdict:
        status = response.status_code
        if response.headers.get(SOURCE_HEADER) != "rejected" or status not in _REFUSALS:
            return Verdict(True)
        if status == 401 and self._other_credential(request):
            return Verdict(True)  # the gate refused the value; the spec only names the credential
        body = response.content[:_SNIPPET].decode("utf-8", "backslashreplace")
        return Verdict(False, f"the replay server refused it with {status}: {body}")

    def _other_credential(self, request: httpx.Request) -> bool:
        return any(request.headers.get(name, value) != value for name, value in self.credentials.items())

    def _response_verdict(self, matched: MatchedOperation | None, response: httpx.Response) -> Verdict:
        if matched is None:
            return Verdict(False, "no operation in the spec matches the request it answers")
        problem = response_problem(
            self.doc, matched, response.status_code, response.headers.get("content-type"), response.content
        )
        return Verdict(problem is None, problem or "")

    def _disagreement(self, judged: Judged, matched: MatchedOperation | None) -> Disagreement:
        answer = f"{judged.response.status_code} answer" if judged.side == "response" else "request"
        message = (
            f"on the {answer}: voicespec says {judged.voicespec}; {OPENAPI_CORE} says {judged.openapi_core}"
        )
        return Disagreement(
            operation=f"{matched.method.upper()} {matched.path}" if matched else None,
            title=f"voicespec and openapi-core disagree on the {judged.side}",
            message=message,
        )

    def summary(self) -> str:
        """The counts a report shows: exchanges judged, known divergences by name, cost per exchange."""
        per_exchange = self.judge_seconds / self.judged * 1000 if self.judged else 0.0
        known = ", ".join(f"{name} {count}" for name, count in sorted(self.known.items())) or "none"
        return (
            f"differential: {self.judged} exchanges judged by voicespec and {OPENAPI_CORE}; "
            f"known divergences: {known}; {per_exchange:.2f} ms CPU per exchange, "
            f"{self.build_seconds:.2f} s CPU to build"
        )
