"""The VCR.py cassette format: a cassette as plain data (`cassette_data`) and back (`parse_cassette`),
naming the exact field when something is not as VCR.py writes it. The model is in `model.py`; reading
and writing files is `Cassette.load` / `Cassette.save` there.
"""

from __future__ import annotations

import re
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

PROVENANCE = "voicespec"
# RFC 9110 5.6.2 token (methods, header names) and field values: visible ASCII, spaces and tabs.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# scheme://[userinfo@]host[:port][/path?query#fragment], host a name or a bracketed IPv6 address; a
# regular expression rather than urlsplit, which costs more than the rest of loading an interaction.
_ABSOLUTE_HTTP = re.compile(
    r"https?://(?:[^/?#@]*@)?(?:\[[0-9A-Fa-f:.]+\]|[^/?#:@\[\]]+)(?::[0-9]{1,5})?(?:[/?#].*)?"
)
_URI_CHARACTERS = re.compile(r"[\x21-\x7e]+")  # visible ASCII: no space or control character
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e]*")


def cassette_data(cassette: Cassette) -> dict[str, Any]:
    """The cassette as the YAML document holds it: version, metadata, interactions."""
    data: dict[str, Any] = {"version": CASSETTE_VERSION}
    # Provenance sits under a top-level `voicespec` key that vcrpy ignores: vcrpy >= 9.4 hands a
    # `metadata` key to its persister as a third value, which pytest-recording 0.14.1 cannot unpack.
    metadata = dict(cassette.metadata)
    if PROVENANCE in metadata:
        data[PROVENANCE] = metadata.pop(PROVENANCE)
    if metadata:
        data["metadata"] = metadata
    data["interactions"] = [_interaction_data(interaction) for interaction in cassette.interactions]
    return data


def parse_cassette(data: Any, path: Path | None = None) -> Cassette:
    """The cassette `data` describes; `CassetteError` naming the file and field when it is malformed."""
    return _Parser(str(path) if path else "<cassette>").cassette(data, path)


def interaction_data(interaction: Interaction) -> dict[str, Any]:
    """One interaction as the YAML document holds it (also what `append.py` appends)."""
    return _interaction_data(interaction)


def _interaction_data(interaction: Interaction) -> dict[str, Any]:
    request, response = interaction.request, interaction.response
    data: dict[str, Any] = {
        "request": {
            "method": request.method,
            "uri": request.uri,
            "body": "" if request.body is None else request.body,  # vcrpy records a bodiless request so
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
        metadata = dict(self.mapping(data.get("metadata") or {}, "/metadata"))
        if data.get(PROVENANCE) is not None:
            metadata[PROVENANCE] = self.mapping(data[PROVENANCE], f"/{PROVENANCE}")
        return Cassette(interactions, metadata, path)

    def interaction(self, item: Any, where: str) -> Interaction:
        item = self.mapping(item, where)
        request = self.mapping(item.get("request"), where + "/request")
        response = self.mapping(item.get("response"), where + "/response")
        status = self.mapping(response.get("status"), where + "/response/status")
        body = self.mapping(response.get("body"), where + "/response/body")
        method, uri, code = request.get("method"), request.get("uri"), status.get("code")
        if not isinstance(method, str) or not _TOKEN.fullmatch(method):
            raise self.fail(where + "/request/method", f"expected an HTTP method, found {method!r}")
        uri = self.uri(uri, where + "/request/uri")
        if not isinstance(code, int) or isinstance(code, bool) or not 100 <= code <= 599:
            raise self.fail(where + "/response/status/code", f"expected an integer 100-599, found {code!r}")
        message = status.get("message")
        if message is not None and not (isinstance(message, str) and _FIELD_VALUE.fullmatch(message)):
            raise self.fail(
                where + "/response/status/message", f"expected a reason phrase, found {message!r}"
            )
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
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise self.fail(where, f"text that is not encodable as UTF-8 ({exc.reason})") from exc
            return value
        if value is None or isinstance(value, bytes):
            return value
        raise self.fail(where, f"expected a string, found {type(value).__name__}")

    def headers(self, value: Any, where: str) -> Headers:
        headers: Headers = {}
        for name, values in self.mapping(value or {}, where).items():
            if not isinstance(name, str) or not _TOKEN.fullmatch(name):
                raise self.fail(f"{where}/{name}", f"header name {name!r} is not an HTTP token")
            listed = values if isinstance(values, list) else [values]
            for index, item in enumerate(listed):
                text = str(item) if isinstance(item, int) and not isinstance(item, bool) else item
                if not isinstance(text, str) or not _FIELD_VALUE.fullmatch(text):
                    raise self.fail(
                        f"{where}/{name}/{index}",
                        f"header value {item!r} must be ASCII without CR, LF or other control characters",
                    )
            headers[name] = [str(item) for item in listed]
        return headers

    def uri(self, value: Any, where: str) -> str:
        reason = _uri_problem(value)
        if reason:
            raise self.fail(where, f"{reason}: {value!r}")
        return str(value)


def _uri_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return "expected an absolute http(s) URI"
    if not _URI_CHARACTERS.fullmatch(value):
        return "a URI is ASCII without spaces or control characters"
    if not _ABSOLUTE_HTTP.fullmatch(value):
        return "expected an absolute http(s) URI"
    return None
