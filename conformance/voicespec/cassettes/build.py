"""`voicespec cassettes build`: one cassette per operation, made from the spec's documented examples.

Each cassette holds a success interaction per request example and one documented error. The requests
are the ones the generated client really sends for those examples (captured at its transport), with
credential placeholders for the operation's security; the responses are the spec's examples. The spec's
examples were cleaned from the provider's seed documents, and each cassette says so, naming the seeds
and, per interaction, the JSON pointers of the examples it was built from.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx

from voicespec.cassettes.model import Cassette, Interaction, RecordedRequest, RecordedResponse, cassette_files
from voicespec.cassettes.redact import REDACTED, Redactor
from voicespec.client.example_calls import OperationCall, call, operation_calls
from voicespec.providers import ROOT, Provider
from voicespec.spec.credentials import credential_headers, needs_credentials, security_alternatives
from voicespec.spec.document import SpecDocument, pointer
from voicespec.spec.responses import SpecResponse, documented_error, placeholder_body, success_response
from voicespec.spec.servers import base_url, path_servers
from voicespec.spec.synthesise import SYNTHESISED

ORIGIN = "spec-examples"
# Headers that say which client sent the request, not what it asked: left out of built cassettes.
_CLIENT_HEADERS = frozenset({"accept", "accept-encoding", "user-agent", "connection", "host"})
# A seed file name, and the description in parentheses right after it when CHANGES.md gives one.
_SEED_MENTION = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt)`?(?:\s*\(([^()\n]+)\))?")


class _Captured(Exception):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request.url)
        self.request = request


def _capture(package: ModuleType, operation_call: OperationCall) -> httpx.Request:
    """The request the generated client sends for `operation_call` (stopped at the transport)."""

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        raise _Captured(request)

    try:
        call(package, operation_call, httpx.MockTransport(handler))
    except _Captured as captured:
        return captured.request
    raise AssertionError(f"{operation_call.label}: the client sent no request")


def _credential_headers(doc: SpecDocument, operation: dict[str, Any]) -> dict[str, list[str]]:
    """Placeholders for the first security alternative, so a cassette shows how the call authenticates."""
    if not needs_credentials(doc, operation):
        return {}
    headers = credential_headers(security_alternatives(doc, operation)[0], REDACTED, REDACTED)
    return {name: [value] for name, value in headers.items()}


def recorded_request(doc: SpecDocument, origin: str, operation_call: OperationCall) -> RecordedRequest:
    """The request the generated client sends for `operation_call`, on `origin`, redacted."""
    package = importlib.import_module(operation_call.binding.module_name.split(".")[0])
    captured = _capture(package, operation_call)
    sent = RecordedRequest.from_httpx(captured)
    # The spec's own server, not the capture's placeholder host: the cassette reads like real traffic.
    sent.uri = origin + captured.url.raw_path.decode("ascii")
    sent.headers = {
        name: values for name, values in sent.headers.items() if name.lower() not in _CLIENT_HEADERS
    }
    sent.headers.update(_credential_headers(doc, operation_call.matched.operation))
    return Redactor.for_spec(doc.data).exchange(sent).request


def operation_origin(doc: SpecDocument, operation_call: OperationCall) -> str:
    """The operation's real host: a path-level `servers` entry (Sinch's management host) wins."""
    server = urlsplit(path_servers(doc).get(operation_call.matched.path) or base_url(doc))
    return f"{server.scheme}://{server.netloc}"


def recorded_success(doc: SpecDocument, operation_call: OperationCall) -> RecordedResponse | None:
    """The operation's documented success as a recorded answer (None when it documents none)."""
    success = success_response(doc, operation_call.matched)
    return None if success is None else _recorded_response(success)


def _recorded_response(answer: SpecResponse) -> RecordedResponse:
    if answer.media_type is None or answer.body is None:
        return RecordedResponse(answer.status)
    body: str | bytes
    if "json" in answer.media_type:
        body = json.dumps(answer.body, ensure_ascii=False, separators=(",", ":"))
    else:
        body = str(answer.body) or placeholder_body(answer.media_type)
    response = RecordedResponse(answer.status, body, {"Content-Type": [answer.media_type]})
    return Redactor().exchange(RecordedRequest("GET", "http://placeholder/"), response).response


def _request_example(operation_call: OperationCall, media: str | None) -> str | None:
    """JSON pointer of the request body example the call was built from (its label names it)."""
    _, _, name = operation_call.label.partition(" ")
    content = (operation_call.matched.operation.get("requestBody") or {}).get("content") or {}
    if not name or media is None or name not in (content.get(media, {}).get("examples") or {}):
        return None
    return operation_call.matched.pointer + pointer("requestBody", "content", media, "examples", name)


def _seeds(provider: Provider) -> list[str]:
    changes = provider.spec_dir / "CHANGES.md"
    text = changes.read_text(encoding="utf-8") if changes.is_file() else ""
    found: dict[str, str] = {}
    for match in _SEED_MENTION.finditer(text):
        found.setdefault(match.group(1), (match.group(2) or "").strip(' "'))
    return [f"{name} ({about})" if about else name for name, about in found.items()]


def _grouped(provider: Provider) -> Iterator[list[OperationCall]]:
    groups: dict[str, list[OperationCall]] = {}
    for operation_call in operation_calls(provider):
        groups.setdefault(operation_call.operation_id, []).append(operation_call)
    yield from groups.values()


def operation_cassette(doc: SpecDocument, provider: Provider, calls: list[OperationCall]) -> Cassette:
    """The cassette for one operation: a success per request example, then one documented error."""
    first = calls[0]
    origin = operation_origin(doc, first)
    success = success_response(doc, first.matched)
    error = documented_error(doc, first.matched)
    interactions = []
    if success is not None:
        for operation_call in calls:
            request = recorded_request(doc, origin, operation_call)
            interactions.append(_interaction(operation_call, request, success, "success"))
    if error is not None:
        request = recorded_request(doc, origin, first)
        interactions.append(_interaction(first, request, error, "documented-error"))
    spec = (
        provider.spec_path.relative_to(ROOT)
        if provider.spec_path.is_relative_to(ROOT)
        else provider.spec_path
    )
    metadata = {
        "voicespec": {
            "provider": provider.name,
            "operationId": first.operation_id,
            "operation": f"{first.matched.method.upper()} {first.matched.path}",
            "origin": ORIGIN,
            "spec": str(spec),
            "note": (
                f"Built by `voicespec cassettes build` from the documented examples in {spec}, which were "
                f"cleaned from the provider's seed documents (every fix is listed in {spec.parent}/"
                "CHANGES.md). This is not recorded traffic. Each interaction names the examples it was "
                "built from. The documented error repeats the first request: replayed in order, that "
                "request is answered with the success first and the error the second time."
            ),
            "seeds": _seeds(provider),
        }
    }
    return Cassette(interactions, metadata)


def _interaction(
    operation_call: OperationCall, request: RecordedRequest, answer: SpecResponse, outcome: str
) -> Interaction:
    source = {
        "source": ORIGIN,
        "outcome": outcome,
        "request_example": _request_example(operation_call, request.header("content-type")),
        "parameters": "spec parameter examples" if set(operation_call.kwargs) - {"body"} else None,
        "response_example": answer.example_pointer or _no_example(answer),
        # What the spec has no example for, made from its schema: never mistaken for documented values.
        SYNTHESISED: list(operation_call.synthesised) + (["response body"] if answer.synthesised else []),
    }
    return Interaction(
        request, _recorded_response(answer), {key: value for key, value in source.items() if value}
    )


def _no_example(answer: SpecResponse) -> str:
    if answer.synthesised:
        return (
            f"{answer.declared_status} {answer.media_type} has no example: body {SYNTHESISED} from the schema"
        )
    if answer.media_type is None:
        return f"{answer.declared_status} response without content"
    return f"{answer.declared_status} {answer.media_type} response has no inline example: a placeholder body"


def build_cassettes(provider: Provider, directory: Path | None = None) -> list[Path]:
    """Write `<operationId>.yaml` for every operation of the provider; remove built cassettes of
    operations that no longer exist (recorded cassettes are never touched)."""
    directory = directory or provider.cassettes_dir
    doc = SpecDocument.load(provider.spec_path)
    comment = (
        f"Built by `voicespec cassettes build --provider {provider.name}` from the spec's examples.\n"
        "Change the spec and rebuild rather than editing this file."
    )
    written = []
    for calls in _grouped(provider):
        cassette = operation_cassette(doc, provider, calls)
        written.append(cassette.save(directory / f"{calls[0].operation_id}.yaml", comment))
    for stale in set(cassette_files(directory)) - set(written):
        if Cassette.load(stale).metadata.get("voicespec", {}).get("origin") == ORIGIN:
            stale.unlink()
    return written
