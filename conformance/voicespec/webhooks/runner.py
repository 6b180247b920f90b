"""`check_webhooks`: play a provider against a callback handler and judge every answer.

    results = check_webhooks("sinch-voice", app=my_asgi_app, path="/sinch/callback", key=KEY, secret=SECRET)
    results = check_webhooks("enablex-voice", url="http://127.0.0.1:8080/event", api_port=8011)
    assert results.ok, "\n\n".join(map(str, results.failures))

Checks, in order: `contract` (every event: spec examples, evidence, generated), `tolerant` (real events
with enum values and fields the spec does not know yet), `verifies-signatures` (Sinch) or
`verifies-envelopes` (EnableX with an app ID), `malformed-bodies`, `scenarios` (whole calls). A usage
problem (unreachable URL, provider without webhooks, missing key) raises `UsageError`.
"""

from __future__ import annotations

import contextlib
import random
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from voicespec.providers import get_provider
from voicespec.webhooks.contract import contract_problems
from voicespec.webhooks.delivery import Delivery, UsageError
from voicespec.webhooks.enablex_api import ApiServer, rest_problems
from voicespec.webhooks.enablex_calls import EnablexCalls
from voicespec.webhooks.enablex_profile import EnablexProfile
from voicespec.webhooks.events import Event, events
from voicespec.webhooks.forgeries import enablex_forgeries, sinch_forgeries
from voicespec.webhooks.profile import DEFAULT_TIMEOUT, Profile
from voicespec.webhooks.results import Results
from voicespec.webhooks.security import run_forgeries, run_malformed
from voicespec.webhooks.session import Session
from voicespec.webhooks.sinch_calls import SinchCalls
from voicespec.webhooks.sinch_profile import SinchProfile
from voicespec.webhooks.spec_webhooks import spec_webhooks

DEFAULT_MAX_EXAMPLES = 10
_GENERATED_CALLS = 3  # generated ICE events that also start a whole call, besides the real ones


@dataclass(frozen=True)
class Options:
    provider: str
    url: str | None
    app: Any
    path: str
    key: str | None
    secret: str | None
    api_port: int | None
    seed: int
    max_examples: int
    case: str | None
    timeout: float

    def wanted(self, case: str) -> bool:
        return self.case is None or case == self.case or case.startswith(self.case.rstrip("/") + "/")

    def repeat(self, case: str) -> str:
        """The command (or call) that runs `case` again, with the same seed."""
        if self.app is not None:
            return (
                f"check_webhooks({self.provider!r}, app=..., path={self.path!r}, seed={self.seed}, "
                f"max_examples={self.max_examples}, case={case!r}, ...)"
            )
        words = ["voicespec", "webhooks", self.provider, "--url", self.url or "URL"]
        if self.key:
            words += ["--key", self.key] + (["--secret", "$SECRET"] if self.secret else [])
        if self.api_port is not None:
            words += ["--api-port", str(self.api_port)]
        words += ["--seed", str(self.seed), "--max-examples", str(self.max_examples), "--case", case]
        return " ".join(word if word == "$SECRET" else shlex.quote(word) for word in words)


def _profile(options: Options) -> Profile:
    try:
        provider = get_provider(options.provider)
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from exc
    if provider.name == "sinch-voice":
        return SinchProfile(provider, options.key, options.secret, options.timeout)
    if provider.name == "enablex-voice":
        return EnablexProfile(provider, options.key, options.seed, options.timeout)
    spec_webhooks(provider)  # UsageError when the spec documents no webhooks
    raise UsageError(f"voicespec has no webhook simulator for {provider.name} yet")


def _samples(found: list[Event]) -> list[Event]:
    """One real event per webhook (the first example, else the first evidence payload)."""
    chosen: dict[str, Event] = {}
    for event in found:
        if event.kind in ("example", "evidence"):
            chosen.setdefault(event.webhook, event)
    return list(chosen.values())


def _contract(session: Session, found: list[Event]) -> None:
    for event in found:
        check = "tolerant" if event.kind == "tolerant" else "contract"
        case = f"{check}/{event.name}"
        if not session.wanted(case):
            continue
        body = session.profile.encode(event.body)
        mark = session.api.mark() if session.api else 0
        answer = session.send(body)
        problems = contract_problems(session.profile, event.webhook, answer)
        if session.api is not None:
            problems += rest_problems(session.api.since(mark))
        sent = f"{event.name}: {body.decode()[:400]}"
        session.results.record(event.webhook, check, case, sent, answer, reasons=problems)


def _security(session: Session, found: list[Event], seed: int) -> None:
    profile, rng, samples = session.profile, random.Random(seed), _samples(found)
    if isinstance(profile, SinchProfile):
        path, key, secret = session.delivery.path, profile.key, profile.secret
        forge = lambda body: sinch_forgeries(body, path, key, secret, rng)  # noqa: E731
        run_forgeries(session, samples, "verifies-signatures", forge)
    elif isinstance(profile, EnablexProfile) and profile.app_id:
        app_id = profile.app_id
        run_forgeries(session, samples, "verifies-envelopes", lambda body: enablex_forgeries(body, app_id))
    else:
        session.results.notes.append(
            "no app ID (--key): encrypted envelopes and their forgeries were not sent"
        )
    run_malformed(session)


def _scenarios(session: Session, found: list[Event], seed: int) -> None:
    rng = random.Random(seed)
    if isinstance(session.profile, SinchProfile):
        real = [event for event in found if event.webhook == "ice" and event.kind in ("example", "evidence")]
        generated = [event for event in found if event.webhook == "ice" and event.kind == "generated"]
        SinchCalls(session, session.profile, rng).run(real + generated[:_GENERATED_CALLS])
    elif isinstance(session.profile, EnablexProfile):
        EnablexCalls(session, session.profile, rng).run()


@contextlib.contextmanager
def _api(profile: Profile, options: Options) -> Iterator[ApiServer | None]:
    if options.api_port is None or not isinstance(profile, EnablexProfile):
        yield None
        return
    server = ApiServer(profile.provider, options.api_port)
    with server:
        yield server


def check_webhooks(
    provider: str,
    *,
    url: str | None = None,
    app: Any = None,
    path: str = "/",
    key: str | None = None,
    secret: str | None = None,
    api_port: int | None = None,
    seed: int = 0,
    max_examples: int = DEFAULT_MAX_EXAMPLES,
    case: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Callable[[str], None] | None = None,
) -> Results:
    """Play `provider` against the handler at `url`, or the ASGI/WSGI `app` in process (POSTing to `path`).

    Sinch needs the application `key` and `secret` (every callback is signed); for EnableX, `key` is the
    app ID, and with it every event is sent as an encrypted envelope. `api_port` serves EnableX's REST API
    on 127.0.0.1 for the handler to call. `seed` and `max_examples` fix the generated events; `case` runs
    one case (or every case under a prefix) again.
    """
    if (url is None) == (app is None):
        raise UsageError("give exactly one of url= (a running handler) or app= (an ASGI/WSGI app)")
    if max_examples < 0:
        raise UsageError(f"max_examples must be 0 or more, got {max_examples}")
    options = Options(provider, url, app, path, key, secret, api_port, seed, max_examples, case, timeout)
    say = progress or (lambda _line: None)
    profile = _profile(options)
    delivery = Delivery.to_app(app, path, timeout) if app is not None else Delivery.to_url(str(url), timeout)
    results = Results(profile.provider.name, options.repeat)
    try:
        delivery.probe()
        found = events(profile, max_examples, seed)
        say(f"{profile.provider.name}: {len(found)} events, {profile.describe()}, to {delivery.url}")
        with _api(profile, options) as api:
            if api is not None:
                say(f"{profile.provider.name}: REST API served at http://127.0.0.1:{options.api_port}")
            session = Session(profile, delivery, results, options.wanted, api)
            steps: list[tuple[str, Callable[[], None]]] = [
                ("contract and tolerant", lambda: _contract(session, found)),
                ("security", lambda: _security(session, found, seed)),
                ("scenarios", lambda: _scenarios(session, found, seed)),
            ]
            for name, step in steps:
                before = len(results.failures)
                step()
                say(f"  {name}: {len(results.failures) - before} failed")
    finally:
        delivery.close()
    if results.cases == 0:  # a run that checked nothing is a failure, and says why
        matched = f": --case {case!r} matches no case" if case else ""
        results.notes.append(f"no case ran{matched}")
    return results
