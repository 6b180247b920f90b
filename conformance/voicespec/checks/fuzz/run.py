"""The `fuzz` and `stateful` runs: schemathesis against the replay server, through the generated
client's httpx stack.

`run_fuzz` runs the examples, coverage and fuzzing phases for every operation of a spec, with positive
and negative data; `run_stateful` runs the stateful phase, whose state machine schemathesis builds from the
spec's OpenAPI `links`. Both start the replay server in process (uvicorn on a loopback port), turn every
generated case into an `httpx.Request` with the generated client's own `httpx.Client` (its timeouts,
headers and event hooks, built by `voicespec.client.factory`), send it, and hold the answer to every
built-in check that means something for a replay server via `case.validate_response`.

The replay server cannot verify a credential, only see one, so the run puts a `CredentialGate` in front
of it that knows the run's (fake) credentials: `ignored_auth`'s probe with wrong credentials then gets a
401, and its probe without any reaches the server's own missing-credentials handling.

Runs are reproducible: a fixed seed, no example database, no cache, and (for `voicespec check`) a fresh
interpreter per run (`run_isolated`), so the same seed sends the same requests in the same order. Each
failure is reported once per (operation, failure kind) with the seed, a curl command, the JSON of the
request that showed it and the command that sends the same run again.
"""

from __future__ import annotations

import unittest
from collections.abc import Callable
from typing import Any

import hypothesis
import schemathesis
from schemathesis import Case
from schemathesis.generation.hypothesis.builder import (
    HypothesisTestConfig,
    create_test,
)
from starlette.types import ASGIApp

from voicespec.checks.fuzz.expectations import load_schema
from voicespec.checks.fuzz.report import FuzzReport
from voicespec.checks.fuzz.session import Session, open_session
from voicespec.checks.fuzz.settings import PHASES, FuzzError, FuzzSettings
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument

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
    with open_session(provider, app) as session:
        for operation_id, operation in operations.items():
            if settings.operations and operation_id not in settings.operations:
                continue
            for mode in (mode for mode in PHASES if mode.value in settings.phases):
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
    with open_session(provider, app) as session:
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


def _state_machine(base: Any, session: Session, seed: int) -> Any:
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
