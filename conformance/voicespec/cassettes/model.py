"""Cassettes in the VCR.py format, so they interoperate with vcrpy and pytest-recording.

A cassette is a versioned envelope around a list of interactions, each one (request, response) pair:

    version: 1
    voicespec: {...}                       # where the interactions came from (`Cassette.metadata`)
    interactions:
      - request:  {method, uri, body, headers: {name: [value, ...]}}
        response: {status: {code, message}, headers: {name: [value, ...]}, body: {string}}
        voicespec: {source: ..., ...}      # per-interaction provenance; vcrpy ignores extra keys

Provenance is not under vcrpy's own top-level `metadata` key: vcrpy 9.4 returns it as a third value
that pytest-recording 0.14.1 cannot unpack. A bodiless request is stored with `body: ''`, as vcrpy
records it, so vcrpy's body matcher agrees. Loading checks every field (status 100-599, HTTP tokens,
ASCII header values without CR/LF, absolute http(s) URIs, UTF-8 text) and raises one `CassetteError`
naming file, interaction and field (`yaml_format.py`).

Bodies are stored as text (bytes only when they are not UTF-8, as YAML `!!binary`), decoded from any
content-encoding, which is why `Content-Encoding` and `Content-Length` are never stored.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import yaml

from voicespec.cassettes.parse_cache import DUMPER, parse_yaml, remember
from voicespec.errors import Problem, VoicespecError

CASSETTE_VERSION = 1
# Headers that describe the bytes on the wire rather than the message; recomputed when replaying.
_WIRE_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})


class CassetteError(VoicespecError):
    """A cassette file cannot be read or is not in the VCR.py format."""


Headers = dict[str, list[str]]


def _header(headers: Headers, name: str) -> str | None:
    for key, values in headers.items():
        if key.lower() == name.lower() and values:
            return values[0]
    return None


def _headers_from(multi_items: Iterable[tuple[str, str]]) -> Headers:
    headers: Headers = {}
    for name, value in multi_items:
        if name.lower() not in _WIRE_HEADERS:
            headers.setdefault(name, []).append(value)
    return headers


def _text(content: bytes) -> str | bytes:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content


def _bytes(body: str | bytes | None) -> bytes:
    if body is None:
        return b""
    return body.encode("utf-8") if isinstance(body, str) else body


@dataclass
class RecordedRequest:
    method: str
    uri: str
    body: str | bytes | None = None
    headers: Headers = field(default_factory=dict)

    @property
    def path(self) -> str:
        return unquote(urlsplit(self.uri).path)

    @property
    def query(self) -> list[tuple[str, str]]:
        return sorted(parse_qsl(urlsplit(self.uri).query, keep_blank_values=True))

    @property
    def content(self) -> bytes:
        return _bytes(self.body)

    def header(self, name: str) -> str | None:
        return _header(self.headers, name)

    def to_httpx(self) -> httpx.Request:
        pairs = [(name, value) for name, values in self.headers.items() for value in values]
        return httpx.Request(self.method, self.uri, headers=pairs, content=self.content)

    @classmethod
    def from_httpx(cls, request: httpx.Request) -> RecordedRequest:
        """The request as sent; call `request.read()` first for a streamed body."""
        headers = _headers_from(request.headers.multi_items())
        headers.pop("host", None)
        headers.pop("Host", None)
        return cls(request.method, str(request.url), _text(request.content), headers)

    def line(self) -> str:
        parts = urlsplit(self.uri)
        return f"{self.method} {parts.path}" + (f"?{parts.query}" if parts.query else "")


@dataclass
class RecordedResponse:
    status: int
    body: str | bytes = ""
    headers: Headers = field(default_factory=dict)
    message: str = ""

    def __post_init__(self) -> None:
        if not self.message:
            try:
                self.message = HTTPStatus(self.status).phrase
            except ValueError:
                self.message = ""

    @property
    def content(self) -> bytes:
        return _bytes(self.body)

    def header(self, name: str) -> str | None:
        return _header(self.headers, name)

    def to_httpx(self, request: httpx.Request | None = None) -> httpx.Response:
        pairs = [(name, value) for name, values in self.headers.items() for value in values]
        extensions = {"reason_phrase": self.message.encode("ascii", "replace")} if self.message else {}
        return httpx.Response(
            self.status, headers=pairs, content=self.content, request=request, extensions=extensions
        )

    @classmethod
    def from_httpx(cls, response: httpx.Response) -> RecordedResponse:
        """The decoded response; call `response.read()` first for a streamed body."""
        headers = _headers_from(response.headers.multi_items())
        return cls(response.status_code, _text(response.content), headers, response.reason_phrase)


@dataclass
class Interaction:
    request: RecordedRequest
    response: RecordedResponse
    source: dict[str, Any] = field(default_factory=dict)


@dataclass
class Cassette:
    interactions: list[Interaction] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "<in-memory cassette>"

    @classmethod
    def load(cls, path: Path | str) -> Cassette:
        path = Path(path)
        try:
            content = path.read_bytes()
            text = content.decode("utf-8")
        except OSError as exc:
            raise CassetteError(f"cannot read cassette {path}", [Problem(str(path), "", str(exc))]) from exc
        except UnicodeDecodeError as exc:
            where = f"byte {exc.start}"
            message = f"not UTF-8 text ({exc.reason}); a cassette is UTF-8 YAML"
            raise CassetteError(f"{path} is not UTF-8", [Problem(str(path), where, message)]) from exc
        try:
            data = parse_yaml(content, text)
        except yaml.YAMLError as exc:
            raise CassetteError(f"{path} is not valid YAML", [Problem(str(path), "", str(exc))]) from exc
        return cls.from_data(data, path)

    @classmethod
    def from_data(cls, data: Any, path: Path | None = None) -> Cassette:
        from voicespec.cassettes.yaml_format import parse_cassette  # noqa: PLC0415 - it imports this module

        return parse_cassette(data, path)

    def to_data(self) -> dict[str, Any]:
        from voicespec.cassettes.yaml_format import cassette_data  # noqa: PLC0415 - it imports this module

        return cassette_data(self)

    def dumps(self, comment: str = "") -> str:
        return self._dumped(self.to_data(), comment)

    @staticmethod
    def _dumped(data: dict[str, Any], comment: str) -> str:
        header = "".join(f"# {line}\n" for line in comment.splitlines())
        return header + yaml.dump(data, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=100)

    def save(self, path: Path | str | None = None, comment: str = "") -> Path:
        """Write atomically (a reader never sees half a cassette) and remember the path; the parse cache
        learns the data too, so loading what was just written costs no YAML parse."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise CassetteError("cassette has no path to save to")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = self.to_data()
        content = self._dumped(data, comment).encode("utf-8")
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".yaml.tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        Path(temporary).replace(target)
        remember(content, data)
        self.path = target
        return target


def cassette_files(directory: Path) -> list[Path]:
    """The cassettes in `directory`, in name order (the order replay searches them)."""
    return sorted(directory.glob("*.yaml")) if directory.is_dir() else []


def load_cassettes(paths: Iterable[Path | str]) -> list[Cassette]:
    """Load cassette files; a directory contributes every `*.yaml` in it."""
    cassettes = []
    for entry in paths:
        path = Path(entry)
        for file in cassette_files(path) if path.is_dir() else [path]:
            cassettes.append(Cassette.load(file))
    return cassettes
