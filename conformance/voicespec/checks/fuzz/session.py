"""A fuzz session: cases sent through the generated client to the replay server, and the checks' verdicts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx
import requests
from schemathesis import Case
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import ignored_auth
from starlette.types import ASGIApp

from voicespec.checks.fuzz.differential import Differential
from voicespec.checks.fuzz.expectations import expectations
from voicespec.checks.fuzz.gate import CredentialGate
from voicespec.checks.fuzz.report import Finding, FuzzReport
from voicespec.checks.fuzz.settings import (
    REPLAY_BASE_URL,
    RUN_TIMEOUT,
    FuzzError,
    FuzzSettings,
    reproduce_command,
)
from voicespec.client.factory import generated_client
from voicespec.providers import Provider
from voicespec.replay.server import ServerThread, create_app

_SNIPPET = 300  # characters of a response body shown in a failure


class Session:
    """Sends cases through the generated client and records what the checks say about each answer."""

    def __init__(
        self,
        client: httpx.Client,
        base_url: str,
        credentials: Mapping[str, str],
        rewind: Callable[[], None] | None = None,
        differential: Differential | None = None,
    ) -> None:
        self.client, self.base_url, self.credentials = client, base_url, dict(credentials)
        self.differential = differential  # openapi-core's second opinion on every exchange
        # Puts the replay server back to its first answers (a scenario replays its cassettes from the start).
        self.rewind = rewind
        self.operations: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        # The last request sent, by case id: a failing check names the exact request it judged.
        self._last_sent: tuple[str, httpx.Request | None] = ("", None)
        self.findings: dict[tuple[str, str, str], Finding] = {}
        # Operations whose auth enforcement `ignored_auth` has already probed (see `check`).
        self._auth_probed: set[str] = set()

    def build(self, case: Case[Any]) -> httpx.Request:
        """The case as the generated client's `httpx.Request`.

        schemathesis serialises the case (the credentials ride as explicit headers, and a header a
        coverage case leaves out on purpose stays out); `requests` renders the bytes it would send."""
        kwargs = case.as_transport_kwargs(base_url=self.base_url, headers=dict(self.credentials))
        prepared = requests.Request(**kwargs).prepare()
        headers = [
            (name.encode("latin-1"), value.encode("latin-1") if isinstance(value, str) else value)
            for name, value in prepared.headers.items()
            if name.lower() != "content-length"  # httpx counts the body itself
        ]
        raw = prepared.body
        if isinstance(raw, str):
            body: bytes | None = raw.encode()
        elif isinstance(raw, bytes) or raw is None:
            body = raw
        else:
            raise FuzzError(f"{case.operation.label}: cannot send a streamed request body")
        return self.client.build_request(
            str(prepared.method), str(prepared.url), headers=headers, content=body
        )

    def send(self, case: Case[Any]) -> tuple[httpx.Request, httpx.Response]:
        request = self.build(case)
        self._count(case, request)
        response = self._transmit(request)
        self.compare(case, request, response)
        return request, response

    def _transmit(self, request: httpx.Request) -> httpx.Response:
        try:
            return self.client.send(request)
        except (httpx.RemoteProtocolError, httpx.ReadError):
            # uvicorn closes a connection after the app crashed on the previous request, without saying
            # so; like curl and schemathesis itself, resend once on a fresh connection. The crash is
            # reported on the request that caused it.
            return self.client.send(request)

    def _count(self, case: Case[Any], request: httpx.Request) -> None:
        self._last_sent = (case.id, request)
        self.operations[case.operation.label] += 1
        meta = case.meta
        if meta is not None:
            self.kinds[f"{meta.phase.name.value}/{meta.generation.mode.value}"] += 1

    def check(self, case: Case[Any], response: Any, recorder: Any = None) -> None:
        # `ignored_auth` probes an operation without and with wrong credentials after each 2xx answer.
        # Enforcement is a property of the operation (schemathesis itself confirms it once per run, but
        # forgets that between `validate_response` calls), so after the first probe the rest only cost
        # time: about a third of a fuzz run's requests.
        label = case.operation.label
        excluded = [ignored_auth] if label in self._auth_probed else []
        try:
            case.validate_response(
                response,
                excluded_checks=excluded,
                headers=dict(self.credentials),
                transport_kwargs={"base_url": self.base_url, "headers": dict(self.credentials)},
                recorder=recorder,
            )
        except FailureGroup as group:
            for failure in group.exceptions:
                self.record(case, None, response, failure)
        probed_path = case.meta is None or not case.meta.is_negative_at(ParameterLocation.PATH)
        if 200 <= int(getattr(response, "status_code", 0)) < 300 and probed_path:
            self._auth_probed.add(label)

    def exercise(self, case: Case[Any]) -> None:
        """Send one case and check the answer; nothing raises, so hypothesis keeps going."""
        request: httpx.Request | None = None
        try:
            request = self.build(case)
            self._count(case, request)
            response = self._transmit(request)
        except Exception as exc:  # the client's stack failing on a case is a finding too
            self.record(case, request, None, exc)
            return
        try:
            self.check(case, response)
        except Exception as exc:  # a check that crashes is reported with its request
            self.record(case, request, response, exc)
        self.compare(case, request, response)

    def compare(self, case: Case[Any], request: httpx.Request, response: httpx.Response) -> None:
        """voicespec's and openapi-core's verdicts on the exchange; each disagreement is a finding."""
        try:
            for disagreement in self.differential.judge(request, response) if self.differential else ():
                self.record(case, request, response, disagreement)
        except Exception as exc:
            self.record(case, request, response, exc)

    def record(
        self, case: Case[Any], request: httpx.Request | None, response: Any, error: BaseException
    ) -> None:
        operation = case.operation.label
        if isinstance(error, Failure):
            title, checks, message = error.title, tuple(type(error).checks), error.message
        else:
            title, checks, message = f"{type(error).__name__} while testing", (), str(error)
        key = (operation, type(error).__name__, title)
        known = self.findings.get(key)
        if known is not None:
            known.occurrences += 1
            return
        meta = case.meta
        status = getattr(response, "status_code", None)
        text = ""
        if response is not None:
            # An httpx.Response (fuzz phases) or a schemathesis Response (stateful), whose headers hold lists.
            content_type = response.headers.get("content-type") or ""
            if isinstance(content_type, list):
                content_type = content_type[0] if content_type else ""
            text = f"{content_type} {response.content[:_SNIPPET].decode('utf-8', 'backslashreplace')!r}"
        if request is None and self._last_sent[0] == case.id:
            request = self._last_sent[1]
        self.findings[key] = Finding(
            operation=operation,
            phase=meta.phase.name.value if meta is not None else "?",
            mode=meta.generation.mode.value if meta is not None else "?",
            title=title,
            checks=checks,
            message=message,
            request=request,
            status=status,
            response=text,
            curl=case.as_curl_command(headers=dict(self.credentials), base_url=REPLAY_BASE_URL),
        )

    def report(self, kind: str, provider: Provider, settings: FuzzSettings) -> FuzzReport:
        reproduce = (f"seed {settings.seed}", reproduce_command(kind, provider, settings))
        failures = [finding.describe(reproduce) for finding in self.findings.values()]
        report = FuzzReport(self.operations.total(), failures, operations=self.operations, kinds=self.kinds)
        return report.with_differential(self.differential)


@contextmanager
def open_session(provider: Provider, app: ASGIApp | None) -> Iterator[Session]:
    credentials = expectations(provider).credentials
    rewind: Callable[[], None] | None = None
    if app is None:
        replay = create_app(provider)
        rewind = replay.state.responder.replayer.rewind
        app = CredentialGate(replay, provider, credentials)
    with ExitStack() as stack:
        base_url = stack.enter_context(
            ServerThread(app, keep_alive_seconds=int(RUN_TIMEOUT), log_level="critical")
        )
        client = stack.enter_context(generated_client(provider, base_url))
        yield Session(client, base_url, credentials, rewind, Differential(provider, base_url, credentials))
