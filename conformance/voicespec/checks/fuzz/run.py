"""Checks 4 and 7: schemathesis against the replay server, through the generated client's httpx stack.

`run_fuzz` runs the examples, coverage and fuzzing phases for every operation of a spec, with positive
and negative data; `run_stateful` runs the stateful phase, whose state machine schemathesis builds from the
spec's OpenAPI `links`. Both start the replay server in process (uvicorn on a loopback port), turn every
generated case into an `httpx.Request` with the generated client's own `httpx.Client` (its timeouts,
headers and, for Sinch, its host-routing transport), send it, and hold the answer to every built-in check
that means something for a replay server via `case.validate_response`.

The replay server cannot verify a credential, only see one, so the run puts a `CredentialGate` in front
of it that knows the run's (fake) credentials: `ignored_auth`'s probe with wrong credentials then gets a
401, and its probe without any reaches the server's own missing-credentials handling.

Runs are reproducible: a fixed seed, no example database, no cache, and (for `voicespec check`) a fresh
interpreter per run (`run_isolated`), so the same seed sends the same requests in the same order. Each
failure is reported once per (operation, failure kind) with the seed, a curl command, the JSON of the
request that showed it and the command that sends the same run again.
"""

from __future__ import annotations

import argparse
import base64
import importlib
import json
import os
import subprocess
import sys
import unittest
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import requests
import schemathesis
from schemathesis import Case
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.generation.hypothesis.builder import (
    HypothesisTestConfig,
    HypothesisTestMode,
    create_test,
)
from starlette.responses import Response as StarletteResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from voicespec.cassette import cassette_files, load_cassettes
from voicespec.errors import VoicespecError
from voicespec.formats import register_formats
from voicespec.providers import CASSETTES_DIR, SPECS_DIR, Provider, get_provider
from voicespec.requestcheck import find_operation
from voicespec.runner import Check
from voicespec.server import SOURCE_HEADER, ServerThread, create_app
from voicespec.specdoc import SpecDocument
from voicespec.specresponses import error_response

DEFAULT_SEED = 20_250_917
DEFAULT_MAX_EXAMPLES = 12  # fuzzing-phase cases per operation; examples and coverage are not capped
DEFAULT_STATEFUL_SCENARIOS = 25
DEFAULT_STATEFUL_STEPS = 6
SEED_ENV = "VOICESPEC_FUZZ_SEED"
MAX_EXAMPLES_ENV = "VOICESPEC_FUZZ_MAX_EXAMPLES"
# Failures name requests against `voicespec serve PROVIDER` on its default port, not the run's random one.
REPLAY_BASE_URL = "http://127.0.0.1:8000"
_FUZZ_USER, _FUZZ_SECRET, _FUZZ_TOKEN = "fuzz-key", "fuzz-secret", "fuzz-token"
_RUN_TIMEOUT = 900  # seconds for one isolated run; the default budget needs well under a minute
_SNIPPET = 300  # characters of a response body shown in a failure
_PHASES = (HypothesisTestMode.EXAMPLES, HypothesisTestMode.COVERAGE, HypothesisTestMode.FUZZING)


class FuzzError(VoicespecError):
    """Unusable fuzz settings (a knob that is not a positive integer, an unknown operationId), or a run
    that could not finish (the replay server did not start, the isolated interpreter failed)."""


@dataclass(frozen=True)
class FuzzSettings:
    """The budget and the seed. `max_examples` is the fuzzing phase's cases per operation."""

    seed: int = DEFAULT_SEED
    max_examples: int = DEFAULT_MAX_EXAMPLES
    stateful_scenarios: int = DEFAULT_STATEFUL_SCENARIOS
    stateful_steps: int = DEFAULT_STATEFUL_STEPS
    phases: tuple[str, ...] = tuple(mode.value for mode in _PHASES)
    operations: frozenset[str] = frozenset()  # operationIds to fuzz; empty means all of them

    def __post_init__(self) -> None:
        known = {mode.value for mode in _PHASES}
        unknown = [phase for phase in self.phases if phase not in known]
        if unknown or not self.phases:
            raise FuzzError(f"fuzz phases must be some of {', '.join(sorted(known))}, not {self.phases!r}")
        for name in ("max_examples", "stateful_scenarios", "stateful_steps"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise FuzzError(f"fuzz setting {name} must be a positive integer, not {value!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FuzzSettings:
        """Defaults, overridden by VOICESPEC_FUZZ_SEED and VOICESPEC_FUZZ_MAX_EXAMPLES."""
        environ = os.environ if environ is None else environ
        return cls(
            seed=_env_int(environ, SEED_ENV, DEFAULT_SEED, minimum=0),
            max_examples=_env_int(environ, MAX_EXAMPLES_ENV, DEFAULT_MAX_EXAMPLES, minimum=1),
        )


def _env_int(environ: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise FuzzError(f"{name}={raw!r} is not an integer") from None
    if value < minimum:
        raise FuzzError(f"{name}={raw!r} must be at least {minimum}")
    return value


# ----------------------------------------------------------------------------------------------------------
# What each provider's replay server is expected to answer


@dataclass(frozen=True)
class Expectations:
    """The credentials a run sends and the statuses the checks accept, per provider."""

    credentials: Mapping[str, str]
    # Negative data: 400 (the request breaks the spec), 401 (credentials taken away), 404/405 (a mutated
    # path no operation serves). Never 5xx: a crash is not a rejection.
    negative: tuple[str, ...] = ("400", "401", "404", "405")
    # Positive data: a 2xx, or an error the cassettes recorded (the server replays a request's
    # documented error the second time it sees it). Filled in from the cassettes.
    positive: tuple[str, ...] = ("2XX",)
    # A missing required header (other than Authorization, which schemathesis holds to 401).
    missing_header: tuple[str, ...] = ("400", "401")


def _basic(user: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()


_CREDENTIALS: dict[str, Mapping[str, str]] = {
    "sinch-voice": {"Authorization": _basic(_FUZZ_USER, _FUZZ_SECRET)},
    "symbl-telephony": {"X-API-KEY": _FUZZ_TOKEN},
    "enablex-voice": {"Authorization": _basic(_FUZZ_USER, _FUZZ_SECRET)},
}


def expectations(provider: Provider) -> Expectations:
    credentials = _CREDENTIALS.get(provider.name)
    if credentials is None:
        raise FuzzError(f"no fuzz credentials are set up for provider {provider.name!r}")
    return Expectations(credentials=credentials, positive=("2XX", *_recorded_errors(provider)))


@cache
def _recorded_errors(provider: Provider) -> tuple[str, ...]:
    cassettes = load_cassettes(cassette_files(CASSETTES_DIR / provider.name))
    statuses = {
        interaction.response.status
        for cassette in cassettes
        for interaction in cassette.interactions
        if interaction.response.status >= 400
    }
    return tuple(str(status) for status in sorted(statuses))


def schemathesis_config(provider: Provider, settings: FuzzSettings) -> schemathesis.Config:
    """Every built-in check that means something for a replay server, with this provider's statuses.

    Left out: `use_after_free` (the replay server keeps no state, so a hung-up call is still answered
    from its cassette, by design) and `object_level_authorization` (it has no users to tell apart)."""
    expected = expectations(provider)
    return schemathesis.Config.from_dict(
        {
            "seed": settings.seed,
            "suppress-health-check": ["all"],
            "cache": {"enabled": False},
            # The credentials are the run's own fakes: show them, so a curl command can be pasted as is.
            "output": {"sanitization": {"enabled": False}},
            "generation": {"database": "none", "max-examples": settings.max_examples},
            "phases": {
                "stateful": {"max-steps": settings.stateful_steps, "inference": {"algorithms": []}},
            },
            "checks": {
                "not_a_server_error": {"expected-statuses": ["2XX", "3XX", "4XX"]},
                "status_code_conformance": {"enabled": True},
                "content_type_conformance": {"enabled": True},
                "response_schema_conformance": {"enabled": True},
                "response_headers_conformance": {"enabled": True},
                "negative_data_rejection": {"expected-statuses": list(expected.negative)},
                "positive_data_acceptance": {"expected-statuses": list(expected.positive)},
                "missing_required_header": {"expected-statuses": list(expected.missing_header)},
                "unsupported_method": {"enabled": True},
                "allow_header_conformance": {"enabled": True},
                "ignored_auth": {"enabled": True},
                "ensure_resource_availability": {"enabled": True},
                "use_after_free": {"enabled": False},
                "object_level_authorization": {"enabled": False},
            },
        }
    )


def load_schema(provider: Provider, settings: FuzzSettings) -> Any:
    """The provider's spec as a schemathesis schema, with the custom formats registered."""
    register_formats()
    return schemathesis.openapi.from_path(provider.spec_path, config=schemathesis_config(provider, settings))


# ----------------------------------------------------------------------------------------------------------
# The server under test


class CredentialGate:
    """ASGI wrapper that gives the replay server the one credential a run may use.

    The replay server cannot verify a credential (cassettes hold none), only that one is present. So
    that `ignored_auth`'s probe with wrong credentials means something, a request that carries a
    credential header other than the run's is answered with the provider's own 401 here; a request with
    none goes through, so the server's own missing-credentials handling is what gets checked."""

    def __init__(self, app: ASGIApp, provider: Provider, credentials: Mapping[str, str]) -> None:
        self.app = app
        self.doc = SpecDocument.load(provider.spec_path)
        self.credentials = {name.lower().encode(): value.encode() for name, value in credentials.items()}
        self._answers: dict[str, tuple[str | None, bytes]] = {}  # per operation: building one is slow

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            wrong = [name for name, value in self.credentials.items() if headers.get(name, value) != value]
            matched = find_operation(self.doc, scope["method"], scope["path"]) if wrong else None
            if matched is not None and self._needs_credentials(matched.operation):
                if matched.pointer not in self._answers:
                    answer = error_response(self.doc, matched, 401, "invalid credentials")
                    self._answers[matched.pointer] = (answer.media_type, json.dumps(answer.body).encode())
                media_type, body = self._answers[matched.pointer]
                response = StarletteResponse(body, status_code=401, media_type=media_type)
                response.headers[SOURCE_HEADER] = "rejected"
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _needs_credentials(self, operation: dict[str, Any]) -> bool:
        requirements = operation.get("security", self.doc.data.get("security")) or []
        return bool(requirements) and all(requirements)


def replay_app(provider: Provider) -> ASGIApp:
    """The replay server for a fuzz run: `create_app` behind the run's `CredentialGate`."""
    return CredentialGate(create_app(provider), provider, expectations(provider).credentials)


def generated_client(provider: Provider, base_url: str) -> httpx.Client:
    """The `httpx.Client` of the provider's generated client, pointed at `base_url`."""
    if provider.name == "sinch-voice":
        # Sinch's client routes application management to its own host: send both hosts to the server.
        hosts = importlib.import_module(f"{provider.package}.hosts")
        client = hosts.sinch_client(calling_base_url=base_url, management_base_url=base_url)
    else:
        client = importlib.import_module(provider.package).Client(base_url=base_url)
    httpx_client: httpx.Client = client.get_httpx_client()
    return httpx_client


# ----------------------------------------------------------------------------------------------------------
# Sending a case and collecting what the checks find


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

    def as_outcome(self) -> tuple[int, list[str]]:
        return self.cases, self.failures

    def to_json(self) -> str:
        data = {"cases": self.cases, "failures": self.failures, "skipped": self.skipped}
        return json.dumps({**data, "operations": dict(self.operations), "kinds": dict(self.kinds)})

    @classmethod
    def from_json(cls, text: str) -> FuzzReport:
        data = json.loads(text)
        return cls(
            cases=data["cases"],
            failures=data["failures"],
            skipped=data["skipped"],
            operations=Counter(data["operations"]),
            kinds=Counter(data["kinds"]),
        )


class _Session:
    """Sends cases through the generated client and records what the checks say about each answer."""

    def __init__(
        self,
        client: httpx.Client,
        base_url: str,
        credentials: Mapping[str, str],
        rewind: Callable[[], None] | None = None,
    ) -> None:
        self.client, self.base_url, self.credentials = client, base_url, dict(credentials)
        # Puts the replay server back to its first answers (a scenario replays its cassettes from the start).
        self.rewind = rewind
        self.operations: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        # The last request sent, by case id: a failing check names the exact request it judged.
        self._last_sent: tuple[str, httpx.Request | None] = ("", None)
        self.findings: dict[tuple[str, str, str], Finding] = {}

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
        return request, self._transmit(request)

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
        try:
            case.validate_response(
                response,
                headers=dict(self.credentials),
                transport_kwargs={"base_url": self.base_url, "headers": dict(self.credentials)},
                recorder=recorder,
            )
        except FailureGroup as group:
            for failure in group.exceptions:
                self.record(case, None, response, failure)

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
        return FuzzReport(self.operations.total(), failures, operations=self.operations, kinds=self.kinds)


@contextmanager
def _session(provider: Provider, app: ASGIApp | None) -> Iterator[_Session]:
    credentials = expectations(provider).credentials
    rewind: Callable[[], None] | None = None
    if app is None:
        replay = create_app(provider)
        rewind = replay.state.responder.replayer.rewind
        app = CredentialGate(replay, provider, credentials)
    with ExitStack() as stack:
        base_url = stack.enter_context(
            ServerThread(app, keep_alive_seconds=int(_RUN_TIMEOUT), log_level="critical")
        )
        client = stack.enter_context(generated_client(provider, base_url))
        yield _Session(client, base_url, credentials, rewind)


# ----------------------------------------------------------------------------------------------------------
# The two checks


def run_fuzz(
    provider: Provider, settings: FuzzSettings | None = None, app: ASGIApp | None = None
) -> FuzzReport:
    """Examples, coverage and fuzzing phases for every operation, against `app` (the replay server)."""
    settings = settings or FuzzSettings.from_env()
    schema = load_schema(provider, settings)
    operations = _operations(schema, provider)
    unknown = sorted(settings.operations - set(operations))
    if unknown:
        raise FuzzError(f"{provider.name} has no operation {', '.join(unknown)}")
    with _session(provider, app) as session:
        for operation_id, operation in operations.items():
            if settings.operations and operation_id not in settings.operations:
                continue
            for mode in (mode for mode in _PHASES if mode.value in settings.phases):
                test = create_test(
                    operation=operation,
                    test_func=session.exercise,
                    config=HypothesisTestConfig(
                        project=schema.config,
                        modes=[mode],
                        settings=_hypothesis_settings(schema, operation, mode.value),
                        apply_ci_profile=False,
                        seed=settings.seed,
                    ),
                )
                try:
                    test()
                except unittest.SkipTest:
                    continue  # nothing to draw in this phase (an operation without examples)
        return session.report("fuzz", provider, settings)


def _operations(schema: Any, provider: Provider) -> dict[str, Any]:
    """The schemathesis operations of the spec by operationId."""
    found = {}
    for result in schema.get_all_operations():
        try:
            operation = result.ok()
        except Exception as exc:
            raise FuzzError(f"schemathesis cannot read an operation of {provider.name}: {exc}") from exc
        found[str(operation.definition.raw.get("operationId", operation.label))] = operation
    return found


def _hypothesis_settings(schema: Any, operation: Any, phase: str) -> hypothesis.settings:
    configured: hypothesis.settings = schema.config.get_hypothesis_settings(
        operation=operation, phase=phase, apply_ci_profile=False
    )
    # No shrinking: `exercise` never fails a case, and each finding already names its exact request.
    return hypothesis.settings(
        configured,
        database=None,
        derandomize=False,
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )


def has_links(provider: Provider) -> bool:
    """Whether any response of the spec declares OpenAPI `links` (the stateful phase needs them)."""
    doc = SpecDocument.load(provider.spec_path)
    for item in (doc.data.get("paths") or {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in (operation.get("responses") or {}).values():
                if doc.deref(response).get("links"):
                    return True
    return False


def run_stateful(
    provider: Provider, settings: FuzzSettings | None = None, app: ASGIApp | None = None
) -> FuzzReport:
    """The stateful phase: scenarios that follow the spec's links (a callout, then GET/PATCH of it)."""
    settings = settings or FuzzSettings.from_env()
    if not has_links(provider):
        return FuzzReport(skipped=f"{provider.spec_path.name} of {provider.name} declares no OpenAPI links")
    schema = load_schema(provider, settings)
    with _session(provider, app) as session:
        machine = _state_machine(schema.as_state_machine(), session, settings.seed)
        report = FuzzReport()
        try:
            machine.run(
                settings=hypothesis.settings(
                    max_examples=settings.stateful_scenarios,
                    stateful_step_count=settings.stateful_steps,
                    database=None,
                    deadline=None,
                    derandomize=False,
                    phases=[hypothesis.Phase.generate],
                    suppress_health_check=list(hypothesis.HealthCheck),
                )
            )
        except Exception as exc:  # a step that could not be sent ends the run: say why
            report.failures.append(
                f"stateful run of {provider.name} stopped (seed {settings.seed}): {type(exc).__name__}: {exc}"
            )
        done = session.report("stateful", provider, settings)
        done.failures.extend(report.failures)
        return done


def _state_machine(base: Any, session: _Session, seed: int) -> Any:
    class ReplayStateMachine(base):  # type: ignore[misc]
        """Steps go through the generated client; failures are collected, not raised, so every
        scenario runs."""

        def setup(self) -> None:
            # Each scenario meets the replay server as it starts: the same steps get the same answers,
            # which hypothesis needs (it refuses a run whose draws depend on state it cannot see).
            if session.rewind is not None:
                session.rewind()
            super().setup()

        def call(self, case: Case[Any], **kwargs: Any) -> schemathesis.Response:
            _, response = session.send(case)
            return schemathesis.Response.from_any(response)

        def validate_response(
            self, response: schemathesis.Response, case: Case[Any], *args: Any, **kwargs: Any
        ) -> None:
            try:
                session.check(case, response, recorder=self.recorder)
            except Exception as exc:  # reported with its request, like a failed check
                session.record(case, None, response, exc)

    seeded: Callable[[type[Any]], type[Any]] = hypothesis.seed(seed)
    return seeded(ReplayStateMachine)


def _command_args(kind: str, provider: Provider, settings: FuzzSettings) -> list[str]:
    args = ["-m", "voicespec.fuzz", kind, provider.name, "--seed", str(settings.seed)]
    defaults = FuzzSettings()
    if kind == "fuzz":
        args += ["--max-examples", str(settings.max_examples)]
        if settings.phases != defaults.phases:
            args += ["--phases", ",".join(settings.phases)]
        if settings.operations:
            args += ["--operations", ",".join(sorted(settings.operations))]
    else:
        args += ["--stateful-scenarios", str(settings.stateful_scenarios)]
        args += ["--stateful-steps", str(settings.stateful_steps)]
    if provider.specs_root != SPECS_DIR:
        args += ["--specs-root", str(provider.specs_root)]
    return args


def reproduce_command(kind: str, provider: Provider, settings: FuzzSettings) -> str:
    """The command that sends the same cases in the same order (a fresh interpreter, like the check)."""
    return "python " + " ".join(_command_args(kind, provider, settings))


_RUNS: dict[str, Callable[[Provider, FuzzSettings], FuzzReport]] = {
    "fuzz": run_fuzz,
    "stateful": run_stateful,
}


def run_isolated(kind: str, provider: Provider, settings: FuzzSettings) -> FuzzReport:
    """`run_fuzz` or `run_stateful` (`kind`) in a fresh interpreter, so the result depends on the seed alone.

    Hypothesis also draws constants from the source of every local module already imported (the
    generated clients, voicespec itself), so in a long-lived process the same seed would draw
    differently depending on what ran before; `python -m voicespec.fuzz` always imports the same ones."""
    command = [sys.executable, *_command_args(kind, provider, settings)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=_RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise FuzzError(f"the {kind} run of {provider.name} took over {_RUN_TIMEOUT} s") from None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        detail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise FuzzError(f"the {kind} run of {provider.name} failed (exit {done.returncode}): {detail}")
    return FuzzReport.from_json(lines[-1])


def fuzz_check(settings: FuzzSettings | None = None) -> Check:
    """Check 4 for `voicespec check`; settings default to the environment's (see `FuzzSettings`)."""

    def run(provider: Provider) -> tuple[int, list[str]]:
        return run_isolated("fuzz", provider, settings or FuzzSettings.from_env()).as_outcome()

    return Check("fuzz", run)


def stateful_check(settings: FuzzSettings | None = None) -> Check:
    """Check 7 for `voicespec check`: 0 cases for a spec without links."""

    def run(provider: Provider) -> tuple[int, list[str]]:
        if not has_links(provider):
            return 0, []  # nothing to chain: no interpreter needs to start to say so
        return run_isolated("stateful", provider, settings or FuzzSettings.from_env()).as_outcome()

    return Check("stateful", run)


FUZZ_CHECK = fuzz_check()
STATEFUL_CHECK = stateful_check()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m voicespec.fuzz fuzz|stateful PROVIDER [--seed N] ...`: one run, its report as JSON."""
    parser = argparse.ArgumentParser(prog="python -m voicespec.fuzz", description=main.__doc__)
    parser.add_argument("kind", choices=sorted(_RUNS))
    parser.add_argument("provider")
    parser.add_argument("--specs-root", type=Path, default=None, help="another specs directory")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES)
    parser.add_argument("--stateful-scenarios", type=int, default=DEFAULT_STATEFUL_SCENARIOS)
    parser.add_argument("--stateful-steps", type=int, default=DEFAULT_STATEFUL_STEPS)
    parser.add_argument("--phases", default=None, help="comma-separated: examples,coverage,fuzzing")
    parser.add_argument("--operations", default="", help="comma-separated operationIds (default: all)")
    args = parser.parse_args(argv)
    try:
        provider = get_provider(args.provider)
    except KeyError as exc:
        parser.error(str(exc.args[0]))
    if args.specs_root is not None:
        provider = replace(provider, specs_root=args.specs_root)
    settings = FuzzSettings(
        seed=args.seed,
        max_examples=args.max_examples,
        stateful_scenarios=args.stateful_scenarios,
        stateful_steps=args.stateful_steps,
        phases=tuple(args.phases.split(",")) if args.phases else FuzzSettings().phases,
        operations=frozenset(name for name in args.operations.split(",") if name),
    )
    report = _RUNS[args.kind](provider, settings)
    for failure in report.failures:  # for a person reproducing a failure; the check reads stdout
        sys.stderr.write(failure + "\n\n")
    sys.stderr.write(
        f"{args.kind} {provider.name}: {report.cases} requests, {len(report.failures)} failures\n"
    )
    sys.stdout.write(report.to_json() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
