"""Redacting secrets inside text, whatever its format: JSON (also JSON inside JSON strings), form bodies,
multipart, XML, URLs and free text (`name=value`, `name: value`, `Bearer ...`, private keys, JWTs).

Every function takes the `SecretNames` to look for and a `Found` set that collects the secret values it
replaced, so the caller can then remove the same values wherever else they appear (a response echoing
the request's credential). The format is decided from the text itself as well as from its media type,
which a client may have got wrong; the free-text pass runs on everything, as a net under the others.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from voicespec.cassettes.secret_names import SecretNames

REDACTED = "REDACTED"
Found = set[str]

# Values shorter than this are not searched for elsewhere: replacing every "1" would destroy the body.
MIN_ECHOED_VALUE = 4
_AUTH_WORD = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_-]*)\s+(\S.*)$", re.DOTALL)
_AUTH_IN_TEXT = re.compile(r"\b(Basic|Bearer|Token|Digest|Application|AWS4-HMAC-SHA256)\s+([^\s\"'<>,;]{6,})")
_PRIVATE_KEY = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.DOTALL
)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_URL = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s\"'<>]+")
_NAME = r"[A-Za-z_][\w.\-]*"
# name=value in free text and attributes: the value runs to a separator or the closing quote.
_ASSIGNED = re.compile(rf"(?<![\w.\-])({_NAME})(\s*=\s*)(\"[^\"]*\"|'[^']*'|[^&;\s\"'<>,]*)")
# name: value and "name": "value" in free text (YAML, logs, JSON-like text that does not parse).
_COLON = re.compile(
    rf"([\"']?)({_NAME})\1(\s*:\s*)(\"(?:[^\"\\]|\\.)*\"|'[^']*'|[^\s,;}}\]\"'][^\s,;}}\]]*)", re.S
)
_XML_ELEMENT = re.compile(r"<((?:[\w.\-]+:)?([\w.\-]+))(\s[^<>]*)?>([^<]*)</\1\s*>")
_FORM_SHAPE = re.compile(r"\s*[^=&;\s]+=[^&;]*(?:[&;][^=&;\s]+=[^&;]*)*\s*")
_BOUNDARY = re.compile(r"boundary=(\"[^\"]+\"|[^;\s]+)", re.I)
_DISPOSITION_NAME = re.compile(r"\bname=(\"[^\"]*\"|[^;\s]+)", re.I)


def _keep(found: Found, value: str) -> None:
    if value and value != REDACTED:
        found.add(value)


def redact_authorization(value: str, found: Found) -> str:
    """An Authorization-like value: REDACTED keeping the scheme word (`Basic REDACTED`)."""
    match = _AUTH_WORD.match(value)
    if match is None:
        _keep(found, value.strip())
        return REDACTED
    credential = match.group(2).strip()
    _keep(found, credential)
    _keep_decoded_basic(match.group(1), credential, found)
    return f"{match.group(1)} {REDACTED}"


def _keep_decoded_basic(word: str, credential: str, found: Found) -> None:
    if word.lower() != "basic":
        return
    import base64  # noqa: PLC0415 - only Basic credentials need it
    import binascii  # noqa: PLC0415

    try:
        user, _, password = base64.b64decode(credential, validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return
    for part in (user, password):
        if len(part) >= MIN_ECHOED_VALUE:
            found.add(part)


def redact_uri(uri: str, names: SecretNames, found: Found) -> str:
    """Drop userinfo from the authority and redact secret query parameters (`&` or `;` separated)."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return redact_free_text(uri, names, found, urls=False)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, netloc = netloc.rpartition("@")
        for piece in userinfo.split(":", 1):
            if len(piece) >= MIN_ECHOED_VALUE:
                found.add(unquote_plus(piece))
    query = redact_pairs(parts.query, names, found) if parts.query else parts.query
    fragment = redact_pairs(parts.fragment, names, found) if "=" in parts.fragment else parts.fragment
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def redact_pairs(encoded: str, names: SecretNames, found: Found) -> str:
    """`a=1&password=x;b=2` with secret values replaced; everything else kept byte for byte (a value
    ends at `&` or `;`, so a raw space or trailing newline is part of it and goes too)."""
    pieces = re.split(r"([&;])", encoded)
    for index in range(0, len(pieces), 2):
        name, equals, value = pieces[index].partition("=")
        if equals and unquote_plus(name).strip() in names:
            _keep(found, unquote_plus(value).strip())
            pieces[index] = f"{name}={REDACTED}"
    return "".join(pieces)


def redact_json_value(value: Any, names: SecretNames, found: Found) -> Any:
    """A copy of a JSON value with every secret field's value replaced, at any depth; strings are looked
    into too (JSON inside a string, URLs, `name=value`)."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key in names and item is not None and item != REDACTED:
                _keep_json(item, found)
                result[key] = REDACTED
            else:
                result[key] = redact_json_value(item, names, found)
        return result
    if isinstance(value, list):
        return [redact_json_value(item, names, found) for item in value]
    if isinstance(value, str):
        return redact_text(value, names, found)
    return value


def _keep_json(value: Any, found: Found) -> None:
    if isinstance(value, str):
        _keep(found, value)
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            _keep_json(item, found)
    elif not isinstance(value, bool) and value is not None:
        _keep(found, str(value))


def _json(text: str) -> Any:
    stripped = text.strip()
    if not stripped or stripped[0] not in '{["':
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return None


def redact_text(text: str, names: SecretNames, found: Found, media_type: str = "") -> str:
    """Secrets removed from `text`, by its format: JSON, multipart, XML, form, or free text."""
    if not text:
        return text
    parsed = _json(text)
    if isinstance(parsed, dict | list | str) and parsed != text:
        redacted = redact_json_value(parsed, names, found)
        if redacted == parsed:
            return text
        return json.dumps(redacted, ensure_ascii=False, separators=(",", ":"))
    boundary = _boundary(text, media_type)
    if boundary:
        return _redact_multipart(text, boundary, names, found)
    if "<" in text and "</" in text:
        text = _XML_ELEMENT.sub(lambda match: _xml_element(match, names, found), text)
    if "form-urlencoded" in media_type.lower() or _FORM_SHAPE.fullmatch(text):
        text = redact_pairs(text, names, found)
    return redact_free_text(text, names, found)


def redact_free_text(text: str, names: SecretNames, found: Found, *, urls: bool = True) -> str:
    """The net under every format: auth headers, private keys, JWTs, URLs, `name=value`, `name: value`."""
    text = _PRIVATE_KEY.sub(lambda match: _whole(match.group(0), found), text)
    text = _JWT.sub(lambda match: _whole(match.group(0), found), text)
    text = _AUTH_IN_TEXT.sub(lambda match: _scheme(match, found), text)
    if urls and "://" in text:
        text = _URL.sub(lambda match: redact_uri(match.group(0), names, found), text)
    text = _ASSIGNED.sub(lambda match: _assigned(match, names, found), text)
    return _COLON.sub(lambda match: _colon(match, names, found), text)


def redact_values(text: str, found: Found) -> str:
    """Every known secret value (longest first) replaced wherever it appears."""
    for value in sorted((value for value in found if len(value) >= MIN_ECHOED_VALUE), key=len, reverse=True):
        if value in text:
            text = text.replace(value, REDACTED)
    return text


def _whole(value: str, found: Found) -> str:
    _keep(found, value)
    return REDACTED


def _scheme(match: re.Match[str], found: Found) -> str:
    if match.group(2) == REDACTED:
        return match.group(0)
    _keep(found, match.group(2))
    return f"{match.group(1)} {REDACTED}"


def _quoted(value: str) -> tuple[str, str]:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[0], value[1:-1]
    return "", value


def _assigned(match: re.Match[str], names: SecretNames, found: Found) -> str:
    name, equals, raw = match.groups()
    quote, value = _quoted(raw)
    if name not in names or not value or value == REDACTED:
        return match.group(0)
    _keep(found, unquote_plus(value))
    return f"{name}{equals}{quote}{REDACTED}{quote}"


def _colon(match: re.Match[str], names: SecretNames, found: Found) -> str:
    name_quote, name, colon, raw = match.groups()
    quote, value = _quoted(raw)
    if name not in names or not value or value in (REDACTED, "null") or value.startswith("//"):
        return match.group(0)
    _keep(found, value)
    return f"{name_quote}{name}{name_quote}{colon}{quote}{REDACTED}{quote}"


def _xml_element(match: re.Match[str], names: SecretNames, found: Found) -> str:
    tag, local, attributes, content = match.groups()
    if local not in names or not content.strip() or content.strip() == REDACTED:
        return match.group(0)
    _keep(found, content.strip())
    return f"<{tag}{attributes or ''}>{REDACTED}</{tag}>"


def _boundary(text: str, media_type: str) -> str | None:
    declared = _BOUNDARY.search(media_type) if "multipart/" in media_type.lower() else None
    if declared:
        return declared.group(1).strip('"')
    first = text.lstrip("\r\n").split("\n", 1)[0].rstrip("\r")
    if first.startswith("--") and len(first) > 2 and f"\n{first}" in text:
        return first[2:]
    return None


def _redact_multipart(text: str, boundary: str, names: SecretNames, found: Found) -> str:
    delimiter = "--" + boundary
    pieces = text.split(delimiter)
    for index, piece in enumerate(pieces[1:], start=1):
        head, separator, body = piece.partition("\r\n\r\n")
        if not separator:
            head, separator, body = piece.partition("\n\n")
        if not separator:
            pieces[index] = redact_free_text(piece, names, found)
            continue
        disposition = _DISPOSITION_NAME.search(head)
        field_name = disposition.group(1).strip('"') if disposition else ""
        ending = body[len(body.rstrip("\r\n")) :]
        content = body[: len(body) - len(ending)]
        if field_name in names and content.strip() and content.strip() != REDACTED:
            _keep(found, content.strip())
            content = REDACTED
        else:
            content = redact_text(content, names, found)
        pieces[index] = redact_free_text(head, names, found) + separator + content + ending
    return delimiter.join(pieces)
