"""Removing credentials from recorded traffic, once, before a cassette is written. It fails closed.

What is a secret is decided by name (`secret_names.py`: a maintained list plus every header, query
parameter and cookie the spec's `securitySchemes` name) wherever a name appears: headers, query strings
(`&` or `;`), userinfo, URLs inside headers such as `Location`, JSON at any depth (and JSON inside JSON
strings), form, multipart and XML bodies, and free text. Each secret value found in the request is then
removed by value from everything else, so a response echoing the request's key is redacted too. A body
that is not UTF-8 is read in the encoding its bytes show (UTF-16/32 by BOM or zero bytes, else Latin-1,
which reads any byte) and redacted the same way; a body that cannot be inspected at all (compressed or
encoded bytes) is stored as `REDACTED` whole, with a note in the interaction's `voicespec` provenance.

Credential headers keep their auth scheme word (`Basic REDACTED`) so a reader still sees how the request
authenticated. When replaying, a recorded `REDACTED` matches any value (see `matchers.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from voicespec.cassettes.model import Headers, RecordedRequest, RecordedResponse
from voicespec.cassettes.redact_text import (
    MIN_ECHOED_VALUE,
    REDACTED,
    Found,
    redact_authorization,
    redact_free_text,
    redact_text,
    redact_values,
)
from voicespec.cassettes.redact_text import (
    redact_uri as _redact_uri,
)
from voicespec.cassettes.secret_names import DEFAULT_NAMES, SecretNames, names_for_spec

__all__ = [
    "REDACTED",
    "Redaction",
    "Redactor",
    "redact_request",
    "redact_response",
    "redact_uri",
]

# Headers whose value is a URL (or holds URLs): their query strings and userinfo are redacted.
_URL_HEADERS = frozenset({"location", "content-location", "link", "referer", "refresh", "origin"})
# Leading bytes of compressed or archived content: nothing in it can be read without unpacking.
_PACKED = (b"\x1f\x8b", b"PK\x03\x04", b"\x28\xb5\x2f\xfd", b"BZh", b"\xfd7zXZ\x00", b"\x78\x9c", b"\x78\xda")
_BOMS = (("utf-32", (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")), ("utf-16", (b"\xff\xfe", b"\xfe\xff")))


@dataclass
class Redaction:
    """The result of redacting one exchange: what to store, and notes on what was stored redacted whole."""

    request: RecordedRequest
    response: RecordedResponse
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Redactor:
    names: SecretNames = DEFAULT_NAMES

    @classmethod
    def for_spec(cls, spec: dict[str, object]) -> Redactor:
        return cls(names_for_spec(spec))

    def uri(self, uri: str, found: Found | None = None) -> str:
        return _redact_uri(uri, self.names, set() if found is None else found)

    def headers(self, headers: Headers, found: Found) -> Headers:
        return {
            name: [self.header(name, value, found) for value in values] for name, values in headers.items()
        }

    def header(self, name: str, value: str, found: Found) -> str:
        if name in self.names:
            if value.strip() in ("", REDACTED) or value.endswith(f" {REDACTED}"):
                return value
            if name.lower() in ("cookie", "set-cookie"):
                for piece in value.split(";"):
                    _, equals, cookie = piece.partition("=")
                    if equals and len(cookie.strip()) >= MIN_ECHOED_VALUE:
                        found.add(cookie.strip())
            return redact_authorization(value, found)
        if name.lower() in _URL_HEADERS or "://" in value:
            return redact_free_text(value, self.names, found)
        return redact_free_text(value, self.names, found, urls=False)

    def body(
        self, body: str | bytes | None, media_type: str, found: Found, notes: list[str], side: str
    ) -> str | bytes | None:
        if not body:
            return body
        try:
            return self._inspected(body, media_type, found, notes, side)
        except RecursionError:  # nested deeper than the parser goes: nothing of it can be vouched for
            notes.append(f"{side} body: nested too deep to inspect: stored redacted")
            return REDACTED

    def _inspected(
        self, body: str | bytes, media_type: str, found: Found, notes: list[str], side: str
    ) -> str | bytes:
        if isinstance(body, str):
            return redact_values(redact_text(body, self.names, found, media_type), found)
        if body.startswith(_PACKED):
            notes.append(f"{side} body: {len(body)} bytes of packed data, not inspectable: stored redacted")
            return REDACTED
        encoding, text = _decoded(body)
        redacted = redact_values(redact_text(text, self.names, found, media_type), found)
        if redacted == text:
            return body
        notes.append(f"{side} body: {encoding} text, secrets redacted")
        return redacted.encode(encoding)

    def exchange(self, request: RecordedRequest, response: RecordedResponse | None = None) -> Redaction:
        """Redact a request and its response together: the request's secret values go from both."""
        found: Found = set()
        notes: list[str] = []
        headers = self.headers(request.headers, found)
        uri = self.uri(request.uri, found)
        body = self.body(request.body, request.header("content-type") or "", found, notes, "request")
        # Values found late (in the body) are also removed from what was redacted early.
        stored = _without_values(RecordedRequest(request.method, uri, body, headers), found)
        if response is None:
            return Redaction(stored, RecordedResponse(0), notes)
        media_type = response.header("content-type") or ""
        answer = RecordedResponse(
            response.status,
            self.body(response.body, media_type, found, notes, "response") or "",
            {
                name: [redact_values(value, found) for value in values]
                for name, values in self.headers(response.headers, found).items()
            },
            response.message,
        )
        # A value the response shows to be secret (an issued token) goes from the request too.
        return Redaction(_without_values(stored, found), answer, notes)


def _without_values(request: RecordedRequest, found: Found) -> RecordedRequest:
    body = request.body
    if isinstance(body, str):
        body = redact_values(body, found)
    elif body:
        encoding, text = _decoded(body)
        cleaned = redact_values(text, found)
        body = body if cleaned == text else cleaned.encode(encoding)
    headers = {
        name: [redact_values(value, found) for value in values] for name, values in request.headers.items()
    }
    return RecordedRequest(request.method, redact_values(request.uri, found), body, headers)


def _decoded(body: bytes) -> tuple[str, str]:
    """(encoding, text) of bytes that are not UTF-8; Latin-1 reads any byte when nothing else fits."""
    encoding = _encoding(body)
    try:
        return encoding, body.decode(encoding)
    except UnicodeDecodeError:
        return "latin-1", body.decode("latin-1")


def _encoding(body: bytes) -> str:
    for encoding, marks in _BOMS:
        if body.startswith(marks):
            return encoding
    if len(body) >= 4 and body.count(0) * 3 >= len(body):
        return "utf-16-le" if body[1] == 0 else "utf-16-be"
    return "latin-1"


DEFAULT_REDACTOR = Redactor()


def redact_request(request: RecordedRequest, redactor: Redactor = DEFAULT_REDACTOR) -> RecordedRequest:
    return redactor.exchange(request).request


def redact_response(response: RecordedResponse, redactor: Redactor = DEFAULT_REDACTOR) -> RecordedResponse:
    placeholder = RecordedRequest("GET", "http://placeholder/")
    return redactor.exchange(placeholder, response).response


def redact_uri(uri: str, redactor: Redactor = DEFAULT_REDACTOR) -> str:
    return redactor.uri(uri)
