"""Validating an HTTP request against the spec operation it is meant for.

Used by the client-request tests (a generated client must only send what the spec allows) and by the
replay server (an invalid request is answered with the provider's own error shape).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx

from voicespec.errors import Problem
from voicespec.spec.document import SpecDocument, describe_error, first_error, pointer, ref_or_inline
from voicespec.spec.examples import HTTP_METHODS


@dataclass(frozen=True)
class MatchedOperation:
    path: str  # the path template
    method: str
    operation: dict[str, Any]
    pointer: str  # JSON pointer of the operation object
    path_values: dict[str, str]


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{regex}$")


def request_path(request: httpx.Request) -> str:
    """The path as sent, still percent-encoded: decoding first would turn an encoded `/` inside a parameter
    into a separator (`find_operation` decodes each parameter value after matching)."""
    return request.url.raw_path.decode("ascii").split("?", 1)[0]


@dataclass(frozen=True)
class _Route:
    regex: re.Pattern[str]
    template: str
    keys: frozenset[str]  # the path item's keys: the methods it has (and `parameters`, `summary`, ...)


class OperationRoutes:
    """A spec's path templates compiled once, fewest parameters first (a stable sort keeps document order,
    so a literal template wins over a parameterised one and document order breaks ties)."""

    def __init__(self, doc: SpecDocument) -> None:
        self.doc = doc
        paths = doc.data.get("paths") or {}
        routes = [
            _Route(_template_regex(template), template, frozenset(item)) for template, item in paths.items()
        ]
        self._routes = sorted(routes, key=lambda route: route.template.count("{"))

    def find(self, method: str, path: str) -> MatchedOperation | None:
        method = method.lower()
        for route in self._routes:
            if method not in route.keys:
                continue
            match = route.regex.match(path)
            if match is None:
                continue
            values = {name: unquote(value) for name, value in match.groupdict().items()}
            operation = self.doc.data["paths"][route.template][method]
            return MatchedOperation(
                route.template, method, operation, pointer("paths", route.template, method), values
            )
        return None


def find_operation(doc: SpecDocument, method: str, path: str) -> MatchedOperation | None:
    """The operation whose path template matches `path` (the path as sent, still percent-encoded; each
    parameter value is decoded after matching). Templates are compiled once per document: the replay
    server matches every request it answers."""
    return doc.memo("operation_routes", lambda: OperationRoutes(doc)).find(method, path)


def allowed_methods(doc: SpecDocument, path: str) -> list[str]:
    """The methods (upper case) some operation answers on `path`, for a 405's `Allow` header."""
    return [method.upper() for method in HTTP_METHODS if find_operation(doc, method, path) is not None]


def operation_parameters(doc: SpecDocument, matched: MatchedOperation) -> list[tuple[str, dict[str, Any]]]:
    """(schema pointer base, parameter) for path-item and operation parameters, operation ones winning."""
    item_pointer = pointer("paths", matched.path)
    found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    item = doc.data["paths"][matched.path]
    for base, params in (
        (item_pointer, item.get("parameters")),
        (matched.pointer, matched.operation.get("parameters")),
    ):
        for index, raw in enumerate(params or []):
            location = ref_or_inline(raw, f"{base}/parameters/{index}")
            parameter = doc.deref(raw)
            found[(parameter["name"], parameter["in"])] = (location, parameter)
    return list(found.values())


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    """Query and path values arrive as strings; give them the JSON type the schema expects."""
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    try:
        if "integer" in kinds:
            return int(value)
        if "number" in kinds:
            return float(value)
    except ValueError:
        return value
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    return value


def request_problems(doc: SpecDocument, request: httpx.Request) -> list[Problem]:
    """Everything about `request` that the spec does not allow; empty when it conforms."""
    spec = str(doc.path)
    method, path = request.method.lower(), request_path(request)
    matched = find_operation(doc, method, path)
    if matched is None:
        return [Problem(spec, f"{request.method} {path}", "no operation in the spec matches this request")]
    problems: list[Problem] = []
    query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    query_names = {name for name, _ in query}
    known_query = set()
    for location, parameter in operation_parameters(doc, matched):
        name, where = parameter["name"], parameter["in"]
        schema = doc.resolve("#" + location + "/schema") if "schema" in parameter else {}
        if where == "path":
            raw: str | None = matched.path_values.get(name)
        elif where == "query":
            known_query.add(name)
            values = [value for key, value in query if key == name]
            raw = values[0] if values else None
        elif where == "header":
            raw = request.headers.get(name)
        else:
            continue
        if raw is None:
            if parameter.get("required"):
                problems.append(
                    Problem(spec, f"{matched.pointer} {where} {name}", "required parameter missing")
                )
            continue
        error = first_error(doc.validator(location + "/schema"), _coerce(raw, schema))
        if error is not None:
            problems.append(
                Problem(
                    spec, f"{location}/schema", f"{where} parameter {name}={raw!r} {describe_error(error)}"
                )
            )
    for name in sorted(query_names - known_query):
        problems.append(Problem(spec, f"{matched.pointer} query {name}", "query parameter not in the spec"))
    problems.extend(_body_problems(doc, matched, request))
    return problems


FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"


def _decoded_body(media: str, content: bytes) -> Any:
    """The body as the value its schema describes: JSON parsed, a form as an object of strings (a repeated
    field as a list), any other media type as text. `ValueError` when it cannot be read as its type."""
    if media == FORM_MEDIA_TYPE:
        try:
            pairs = parse_qsl(content.decode("ascii"), keep_blank_values=True, strict_parsing=True)
        except (UnicodeDecodeError, ValueError) as exc:
            raise ValueError(f"body is not a URL-encoded form: {exc}") from exc
        fields: dict[str, list[str]] = {}
        for name, item in pairs:
            fields.setdefault(name, []).append(item)
        return {name: items[0] if len(items) == 1 else items for name, items in fields.items()}
    if "json" in media or not media:
        try:
            return json.loads(content)
        except ValueError as exc:
            raise ValueError(f"body is not JSON: {exc}") from exc
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"body is not UTF-8 text: {exc}") from exc


def _body_problems(doc: SpecDocument, matched: MatchedOperation, request: httpx.Request) -> list[Problem]:
    spec = str(doc.path)
    body = doc.deref(matched.operation.get("requestBody")) if "requestBody" in matched.operation else None
    content = request.content
    if body is None:
        return (
            [Problem(spec, matched.pointer, "request has a body but the operation takes none")]
            if content
            else []
        )
    if not content:
        if body.get("required"):
            return [Problem(spec, matched.pointer + "/requestBody", "required request body missing")]
        return []
    media = request.headers.get("content-type", "").split(";")[0].strip()
    if media not in (body.get("content") or {}):
        return [Problem(spec, matched.pointer + "/requestBody", f"content type {media!r} not accepted")]
    body_pointer = ref_or_inline(matched.operation["requestBody"], matched.pointer + "/requestBody")
    schema_pointer = body_pointer + pointer("content", media, "schema")
    try:
        value = _decoded_body(media, content)
    except ValueError as exc:
        return [Problem(spec, matched.pointer + "/requestBody", str(exc))]
    if media == FORM_MEDIA_TYPE:
        properties = doc.deref(doc.resolve("#" + schema_pointer)).get("properties") or {}
        value = {
            name: _coerce(item, doc.deref(properties.get(name, {}))) if isinstance(item, str) else item
            for name, item in value.items()
        }
    error = first_error(doc.validator(schema_pointer), value)
    if error is None:
        return []
    return [Problem(spec, schema_pointer, f"request body {describe_error(error)}")]
