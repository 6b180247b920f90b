"""The security checks: forged or altered callbacks refused with 401/403 (`verifies-signatures` for
Sinch, `verifies-envelopes` for EnableX with an app ID), malformed bodies refused with a 4xx, never a 5xx."""

from __future__ import annotations

from collections.abc import Callable

from voicespec.webhooks.delivery import Answer
from voicespec.webhooks.events import Event
from voicespec.webhooks.forgeries import Forgery, malformed_bodies
from voicespec.webhooks.session import Session

REFUSED = (401, 403)


def _excerpt(body: bytes, limit: int = 160) -> str:
    text = body.decode("utf-8", "replace")
    return text if len(text) <= limit else text[:limit] + "..."


def run_forgeries(
    session: Session, samples: list[Event], check: str, forgeries: Callable[[bytes], list[Forgery]]
) -> None:
    """Send each forgery of one sample event per webhook; each must be refused with 401 or 403."""
    for event in samples:
        for what, body, headers in forgeries(session.profile.encode(event.body)):
            case = f"{check}/{event.webhook}/{what.replace(' ', '-')}"
            if not session.wanted(case):
                continue
            answer = session.delivery.send(body, headers)
            reasons = _refusal_problems(answer, what)
            session.results.record(
                event.webhook, check, case, f"{event.name}, {what}: {_excerpt(body)}", answer, reasons=reasons
            )


def _refusal_problems(answer: Answer, what: str) -> list[str]:
    if answer.error:
        return [f"no answer ({answer.error})"]
    if answer.status in REFUSED:
        return []
    if 200 <= answer.status < 300:
        return [
            f"accepted a callback with {what} (status {answer.status}): the handler does not check that "
            "the provider sent it"
        ]
    if answer.status >= 500:
        return [f"server error {answer.status} on a callback with {what}; expected 401 or 403"]
    return [f"refused with {answer.status}; a callback with {what} must be refused with 401 or 403"]


def run_malformed(session: Session) -> None:
    """Bodies that are no event: each must get a 4xx (authenticated as the provider would send them)."""
    for what, body in malformed_bodies(session.profile.provider.name):
        case = f"malformed-bodies/{what.replace(' ', '-')}"
        if not session.wanted(case):
            continue
        answer = session.send(body)
        if answer.error:
            reasons = [f"no answer ({answer.error})"]
        elif answer.status >= 500:
            reasons = [
                f"server error {answer.status} on {what}: a malformed body must get a 4xx, never a 5xx"
            ]
        elif not 400 <= answer.status < 500:
            reasons = [f"status {answer.status} on {what}: a malformed body must be refused with a 4xx"]
        else:
            reasons = []
        session.results.record(
            "(any)", "malformed-bodies", case, f"{what}: {_excerpt(body)!r}", answer, reasons=reasons
        )
