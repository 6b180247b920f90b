"""Fuzz run settings: the seed and budgets (with their environment knobs), and the command that
repeats a run with them."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from schemathesis.generation.hypothesis.builder import (
    HypothesisTestMode,
)

from voicespec.errors import VoicespecError
from voicespec.providers import SPECS_DIR, Provider

DEFAULT_SEED = 20_250_917
DEFAULT_MAX_EXAMPLES = 12  # fuzzing-phase cases per operation; examples and coverage are not capped
DEFAULT_STATEFUL_SCENARIOS = 25
DEFAULT_STATEFUL_STEPS = 6
SEED_ENV = "VOICESPEC_FUZZ_SEED"
MAX_EXAMPLES_ENV = "VOICESPEC_FUZZ_MAX_EXAMPLES"
# Failures name requests against `voicespec serve PROVIDER` on its default port, not the run's random one.
REPLAY_BASE_URL = "http://127.0.0.1:8000"
RUN_TIMEOUT = 900  # seconds for one isolated run; the default budget needs well under a minute
PHASES = (HypothesisTestMode.EXAMPLES, HypothesisTestMode.COVERAGE, HypothesisTestMode.FUZZING)


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
    phases: tuple[str, ...] = tuple(mode.value for mode in PHASES)
    operations: frozenset[str] = frozenset()  # operationIds to fuzz; empty means all of them

    def __post_init__(self) -> None:
        known = {mode.value for mode in PHASES}
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


def command_args(kind: str, provider: Provider, settings: FuzzSettings) -> list[str]:
    args = ["-m", "voicespec.checks.fuzz", kind, provider.name, "--seed", str(settings.seed)]
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
    return "python " + " ".join(command_args(kind, provider, settings))
