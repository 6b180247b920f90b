"""What a provider's replay server is expected to answer in a fuzz run: the credentials the run sends
and the statuses each schemathesis check accepts."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import schemathesis

from voicespec.cassettes.model import cassette_files, load_cassettes
from voicespec.checks.fuzz.settings import FuzzSettings
from voicespec.providers import Provider
from voicespec.spec.credentials import spec_credentials
from voicespec.spec.document import SpecDocument
from voicespec.spec.formats import register_formats

_FUZZ_USER, _FUZZ_SECRET, _FUZZ_TOKEN = "fuzz-key", "fuzz-secret", "fuzz-token"


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


def fuzz_credentials(provider: Provider) -> dict[str, str]:
    """The run's fake credentials, in the form the spec's `securitySchemes` name (HTTP Basic, a bearer
    token, an API key header, ...), for the first security alternative the spec asks for."""
    basic = base64.b64encode(f"{_FUZZ_USER}:{_FUZZ_SECRET}".encode()).decode()
    return spec_credentials(SpecDocument.load(provider.spec_path), _FUZZ_TOKEN, basic)


def expectations(provider: Provider) -> Expectations:
    return Expectations(credentials=fuzz_credentials(provider), positive=("2XX", *_recorded_errors(provider)))


@cache
def _recorded_errors(provider: Provider) -> tuple[str, ...]:
    cassettes = load_cassettes(cassette_files(provider.cassettes_dir))
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
