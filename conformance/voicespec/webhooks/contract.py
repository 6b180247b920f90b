"""Judging one answer against the webhook's documented contract.

A well-formed event must get a 2xx within the provider's callback timeout; a 5xx is always a failure.
Where the spec documents a JSON answer (Sinch's SVAML), the body must be JSON that validates against it
and follows the provider's own rules (`Profile.answer_problems`: Sinch's SVAML rules); a webhook in
`Profile.answer_required` must be answered with a body (Sinch's ICE and ACE), the others may be.
"""

from __future__ import annotations

import json
from typing import Any

from voicespec.spec.document import all_errors, describe_error
from voicespec.webhooks.delivery import Answer
from voicespec.webhooks.profile import Profile


def decoded(answer: Answer) -> Any:
    """The JSON answer, or None (no body, or not JSON)."""
    if not answer.body.strip():
        return None
    try:
        return json.loads(answer.body)
    except ValueError:
        return None


def timing_problems(profile: Profile, answer: Answer) -> list[str]:
    if answer.error:
        return [f"no answer ({answer.error})"]
    if answer.seconds > profile.timeout:
        return [f"answered after {answer.seconds:.2f}s, beyond the {profile.timeout:g}s the provider waits"]
    return []


def contract_problems(profile: Profile, webhook: str, answer: Answer) -> list[str]:
    """Everything wrong with `answer` to a well-formed event of `webhook` (empty: it conforms)."""
    problems = timing_problems(profile, answer)
    if answer.error:
        return problems
    if answer.status >= 500:
        return [
            *problems,
            f"server error {answer.status}: the handler failed on a well-formed {webhook} event",
        ]
    if not 200 <= answer.status < 300:
        return [*problems, f"status {answer.status}: a well-formed {webhook} event must get a 2xx"]
    hook = profile.webhook(webhook)
    if hook.answer_schema is None:
        return problems
    if not answer.body.strip():
        if webhook in profile.answer_required:
            problems.append(
                f"empty answer: {webhook.upper()} requires a SVAML body ({hook.answer_description})"
            )
        return problems
    if "json" not in answer.content_type:
        problems.append(
            f"content type {answer.content_type or 'none'!r}: the documented answer is application/json"
        )
    body = decoded(answer)
    if body is None:
        return [*problems, "the answer body is not JSON"]
    body = profile.canonical_answer(body)
    problems += profile.answer_problems(webhook, body)
    if not problems:
        validator = profile.doc.validator(hook.answer_schema)
        schema_name = hook.answer_schema.rsplit("/", 1)[-1]
        problems += [
            f"not a valid {schema_name} {describe_error(error)}" for error in all_errors(validator, body)[:3]
        ]
    return problems
