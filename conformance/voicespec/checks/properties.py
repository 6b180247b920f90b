"""What the property-based checks share: the example budget, reproducible hypothesis settings, and
turning a falsified property into a failure message.

Runs are reproducible: a fixed seed (`derandomize`), no example database. `VOICESPEC_MAX_EXAMPLES` sets
the examples per schema or operation (default `DEFAULT_MAX_EXAMPLES`). A failure names the provider, the
schema or operation and the shrunk falsifying JSON.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, settings

from voicespec.errors import VoicespecError

# 20 examples per schema or operation: about 17 s of CPU for model-roundtrip and client-requests over the
# three providers, against 31 s for 40 (VOICESPEC_MAX_EXAMPLES=40, the budget before the 45 s target).
DEFAULT_MAX_EXAMPLES = 20
MAX_EXAMPLES_ENV = "VOICESPEC_MAX_EXAMPLES"


class Counterexample(AssertionError):
    """Raised inside a property; hypothesis shrinks the input and re-raises it for the minimal one."""


def max_examples() -> int:
    raw = os.environ.get(MAX_EXAMPLES_ENV, str(DEFAULT_MAX_EXAMPLES))
    if not raw.isdigit() or int(raw) < 1:
        raise VoicespecError(f"{MAX_EXAMPLES_ENV} must be a positive integer, got {raw!r}")
    return int(raw)


def property_settings(examples: int) -> settings:
    """Reproducible and quiet: the failure message carries the falsifying example."""
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        verbosity=Verbosity.quiet,
        report_multiple_bugs=False,
        # Hypothesis' "explain" phase reruns a failure to annotate it; the message already names the
        # shrunk example, and the reruns cost more than the shrinking.
        phases=[phase for phase in Phase if phase is not Phase.explain],
        suppress_health_check=[HealthCheck.too_slow],
    )


def run_property(test: Callable[[], None]) -> str | None:
    """Run a `@given` test; the failure message, or None when it held."""
    try:
        test()
    except Counterexample as exc:
        return str(exc)
    except Exception as exc:  # a strategy that cannot generate, a failed health check: still a finding
        return f"{type(exc).__name__}: {exc}"
    return None


def as_json(value: Any) -> str:
    return json.dumps(value, default=str)
