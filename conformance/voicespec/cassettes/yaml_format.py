"""The VCR.py cassette format: a cassette as plain data (`cassette_data`) and back (`parse_cassette`),
naming the exact field when something is not as VCR.py writes it. The model is in `model.py`; reading
and writing files is `Cassette.load` / `Cassette.save` there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from voicespec.cassettes.model import (
    CASSETTE_VERSION,
    Cassette,
    CassetteError,
    Headers,
    Interaction,
    RecordedRequest,
    RecordedResponse,
)
from voicespec.errors import Problem


def cassette_data(cassette: Cassette) -> dict[str, Any]:
    """The cassette as the YAML document holds it: version, metadata, interactions."""
    data: dict[str, Any] = {"version": CASSETTE_VERSION}
    if cassette.metadata:
        data["metadata"] = cassette.metadata
    data["interactions"] = [_interaction_data(interaction) for interaction in cassette.interactions]
    return data


def parse_cassette(data: Any, path: Path | None = None) -> Cassette:
    """The cassette `data` describes; `CassetteError` naming the file and field when it is malformed."""
    return _Parser(str(path) if path else "<cassette>").cassette(data, path)


def _interaction_data(interaction: Interaction) -> dict[str, Any]:
    request, response = interaction.request, interaction.response
    data: dict[str, Any] = {
        "request": {
            "method": request.method,
            "uri": request.uri,
            "body": request.body,
            "headers": request.headers,
        },
        "response": {
            "status": {"code": response.status, "message": response.message},
            "headers": response.headers,
            "body": {"string": response.body},
        },
    }
    if interaction.source:
        data["voicespec"] = interaction.source
    return data


class _Parser:
    """Reads the cassette structure, naming the exact field when something is not as VCR.py writes it."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, message: str) -> CassetteError:
        return CassetteError(f"{self.file} is not a VCR.py cassette", [Problem(self.file, where, message)])

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected a mapping, found {type(value).__name__}")
        return value

    def cassette(self, data: Any, path: Path | None) -> Cassette:
        data = self.mapping(data, "/")
        if data.get("version") != CASSETTE_VERSION:
            raise self.fail("/version", f"expected version {CASSETTE_VERSION}, found {data.get('version')!r}")
        raw = data.get("interactions")
        if not isinstance(raw, list):
            raise self.fail("/interactions", "expected a list of interactions")
        interactions = [self.interaction(item, f"/interactions/{index}") for index, item in enumerate(raw)]
        metadata = self.mapping(data.get("metadata") or {}, "/metadata")
        return Cassette(interactions, metadata, path)

    def interaction(self, item: Any, where: str) -> Interaction:
        item = self.mapping(item, where)
        request = self.mapping(item.get("request"), where + "/request")
        response = self.mapping(item.get("response"), where + "/response")
        status = self.mapping(response.get("status"), where + "/response/status")
        body = self.mapping(response.get("body"), where + "/response/body")
        method, uri, code = request.get("method"), request.get("uri"), status.get("code")
        if not isinstance(method, str) or not isinstance(uri, str):
            raise self.fail(where + "/request", "method and uri must be strings")
        if not isinstance(code, int):
            raise self.fail(where + "/response/status/code", f"expected an integer, found {code!r}")
        return Interaction(
            RecordedRequest(
                method.upper(),
                uri,
                self.body(request.get("body"), where + "/request/body"),
                self.headers(request.get("headers"), where + "/request/headers"),
            ),
            RecordedResponse(
                code,
                self.body(body.get("string"), where + "/response/body/string") or "",
                self.headers(response.get("headers"), where + "/response/headers"),
                str(status.get("message") or ""),
            ),
            self.mapping(item.get("voicespec") or {}, where + "/voicespec"),
        )

    def body(self, value: Any, where: str) -> str | bytes | None:
        if value is None or isinstance(value, str | bytes):
            return value
        raise self.fail(where, f"expected a string, found {type(value).__name__}")

    def headers(self, value: Any, where: str) -> Headers:
        headers: Headers = {}
        for name, values in self.mapping(value or {}, where).items():
            listed = values if isinstance(values, list) else [values]
            if not all(isinstance(item, str | int) for item in listed):
                raise self.fail(f"{where}/{name}", "header values must be strings")
            headers[str(name)] = [str(item) for item in listed]
        return headers
