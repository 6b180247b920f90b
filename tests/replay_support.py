"""Helpers shared by the replay, server and record tests (not a test module)."""

from __future__ import annotations

import base64
from functools import cache
from typing import Any

import pytest

from tests.conftest import PROVIDERS
from voicespec.client.example_calls import OperationCall, operation_calls
from voicespec.providers import Provider, get_provider
from voicespec.spec.document import SpecDocument

SYMBL = get_provider("symbl-telephony")
needs_symbl = pytest.mark.skipif(SYMBL not in PROVIDERS, reason="symbl-telephony not selected")
BASIC = "Basic " + base64.b64encode(b"app-key:app-secret").decode()


@cache
def all_calls(provider: Provider) -> tuple[OperationCall, ...]:
    """Every (operation, request example) call; cached because reading a spec takes a moment."""
    return tuple(operation_calls(provider))


def first_calls(provider: Provider) -> list[OperationCall]:
    """The first request example of each operation: the request its cassette's error interaction repeats."""
    seen: dict[str, OperationCall] = {}
    for call in all_calls(provider):
        seen.setdefault(call.operation_id, call)
    return list(seen.values())


def credentials(doc: SpecDocument) -> dict[str, str]:
    """A header for every security scheme the spec declares (the replay server checks presence only)."""
    headers = {}
    for scheme in ((doc.data.get("components") or {}).get("securitySchemes") or {}).values():
        if scheme.get("type") == "http" and scheme.get("scheme") == "basic":
            headers["Authorization"] = BASIC
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            headers.setdefault(scheme["name"], "key-value")
    return headers


def symbl_start(phone: str = "14082924837") -> Any:
    """The reference example's start request, built from the generated Symbl models."""
    from symbl_telephony.models import (  # noqa: PLC0415 - importable only when symbl is generated
        Action,
        ActionInvokeOn,
        ActionName,
        ActionParameters,
        ConnectionData,
        PstnEndpoint,
        Session,
        StartConnectionRequest,
    )

    return StartConnectionRequest(
        operation="start",
        endpoint=PstnEndpoint(type_="pstn", phone_number=phone, dtmf=",,81234567890#,,123456#"),
        actions=[
            Action(
                invoke_on=ActionInvokeOn.STOP,
                name=ActionName.SENDSUMMARYEMAIL,
                parameters=ActionParameters(emails=["user@example.com"]),
            )
        ],
        data=ConnectionData(session=Session(name="My Meeting")),
    )
