"""A second opinion on requests and responses: openapi-core, an OpenAPI implementation voicespec did not
write, judging an `httpx.Request` and an `(httpx.Request, httpx.Response)` pair against a spec.

The validators are built once per spec (openapi-core validates the spec itself when it loads it, which
costs far more than judging a request). openapi-core reads requests and responses through its own
`Request` / `Response` protocols; the adapters below give it exactly what went over the wire (the path
percent-decoded, as every openapi-core integration does, the query as a multi-dict, the body as bytes).

`also_served_at` is a base URL the whole API is served from besides the spec's own servers (the replay
server answers every host of a provider on one loopback port): it is added to the spec's top-level and
every path-level and operation-level `servers`, so openapi-core matches a request sent there to the same
operation it would match on the real host (Sinch's application management paths name a host of their own).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.validators import V31RequestValidator
from openapi_core.validation.response.validators import V31ResponseValidator
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory
from openapi_core.validation.schemas.validators import SchemaValidator
from werkzeug.datastructures import Headers, ImmutableMultiDict

from voicespec.spec.document import load_yaml

_REASON = 400  # characters of openapi-core's explanation kept in a verdict
_REMEMBERED = 512  # path lookups a judge keeps (one exchange asks twice; fuzzing rarely repeats a URL)


@dataclass(frozen=True)
class Verdict:
    """Whether a validator accepts a request or response, and if not, its first reason."""

    valid: bool
    reason: str = ""

    def __str__(self) -> str:
        return "valid" if self.valid else f"invalid ({self.reason})"


class _CoreRequest:
    """An `httpx.Request` as openapi-core's `Request` protocol."""

    def __init__(self, request: httpx.Request) -> None:
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        self.path = unquote(url.raw_path.decode("ascii").split("?", 1)[0])
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("content-type", "")
        query = parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(_cookies(request.headers.get_list("cookie"))),
        )


def _cookies(values: list[str]) -> list[tuple[str, str]]:
    jar: SimpleCookie = SimpleCookie()
    for value in values:
        try:
            jar.load(value)
        except CookieError:
            continue  # an unparsable Cookie header carries no cookie openapi-core could see either
    return [(name, morsel.value) for name, morsel in jar.items()]


class _CoreResponse:
    """An `httpx.Response` as openapi-core's `Response` protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.multi_items()))
        self.content_type = response.headers.get("content-type", "")
        self.data: bytes | None = response.content


def _text(exc: BaseException) -> str:
    # openapi-core's own message for a body that is not UTF-8 raises UnicodeDecodeError (0.23.1).
    try:
        return f"{type(exc).__name__}: {exc}"
    except Exception:
        return f"{type(exc).__name__}: {exc.args!r}"


def _reason(exc: BaseException) -> str:
    """openapi-core's error and the schema errors it wraps, on one line."""
    parts = [_text(exc)]
    cause = exc.__cause__
    for error in getattr(cause, "schema_errors", ()) or ():
        parts.append(str(getattr(error, "message", error)))
    if cause is not None and len(parts) == 1:
        parts.append(_text(cause))
    return " — ".join(" ".join(part.split()) for part in parts)[:_REASON]


def _never_raising(check: Callable[[Any], Any], raises: Any) -> Callable[[Any], bool]:
    def conforms(value: Any) -> bool:
        try:
            return bool(check(value))
        except raises:
            return False

    return conforms


def _format_validators(validator_cls: Any) -> dict[str, Callable[[Any], bool]]:
    """The format checks an openapi-core validator class uses, handed over once: left to itself it
    deep-copies its format checker for every schema it validates, a quarter of its time per request. Each
    check keeps the errors it counts as "does not conform" (`FormatChecker.checks(..., raises=...)`)."""
    checker = validator_cls.schema_validators_factory.format_checker
    return {name: _never_raising(check, raises) for name, (check, raises) in checker.checkers.items()}


def _served_also_at(data: dict[str, Any], base_url: str) -> dict[str, Any]:
    """A copy of the spec whose every `servers` list also names `base_url`."""
    data = copy.deepcopy(data)
    extra = {"url": base_url.rstrip("/"), "description": "also served here (voicespec's replay server)"}
    holders: list[dict[str, Any]] = [data]
    for item in (data.get("paths") or {}).values():
        if isinstance(item, dict):
            holders.append(item)
            holders += [operation for operation in item.values() if isinstance(operation, dict)]
    for holder in holders:
        servers = holder.get("servers")
        if holder is data or isinstance(servers, list):
            holder["servers"] = [*(servers or [{"url": "/"}]), extra]
    return data


def _remembering(answers: dict[tuple[str, str], PathOperationServer]) -> type[APICallPathFinder]:
    """openapi-core's own path finder, remembering its answers in `answers`: the response validator asks
    the question the request validator has just asked (same method, same URL), and finding a path is half
    of openapi-core's time per exchange. Only answers are kept; a lookup that raises is asked again."""

    class RememberingPathFinder(APICallPathFinder):
        def find(self, method: str, name: str) -> PathOperationServer:
            found = answers.get((method, name))
            if found is None:
                if len(answers) >= _REMEMBERED:
                    answers.clear()
                found = answers[(method, name)] = super().find(method, name)
            return found

    return RememberingPathFinder


def _factory_of(validator_cls: Any) -> SchemaValidatorsFactory:
    """The schema-validator factory a V30/V31 validator class is declared with (a class attribute of the
    concrete classes that openapi-core's protocol types do not show)."""
    factory: SchemaValidatorsFactory = validator_cls.schema_validators_factory
    return factory


def _remembering_validators(inner: SchemaValidatorsFactory) -> SchemaValidatorsFactory:
    """A copy of openapi-core's schema-validator factory that builds each schema's validator once. Left to
    itself it builds a new jsonschema validator (resolving the schema anew) for every parameter and body of
    every request, a third of its time per exchange; the validators it builds hold no state between calls."""
    factory = copy.copy(inner)
    made: dict[tuple[Any, ...], SchemaValidator] = {}

    def create(spec: SchemaPath, schema: SchemaPath, *args: Any, **kwargs: Any) -> SchemaValidator:
        key = (schema.parts, tuple(map(id, args)), tuple((k, id(v)) for k, v in sorted(kwargs.items())))
        validator = made.get(key)
        if validator is None:
            validator = made[key] = inner.create(spec, schema, *args, **kwargs)
        return validator

    # An instance attribute shadows the method for this copy only; openapi-core calls `factory.create`.
    setattr(factory, "create", create)  # noqa: B010
    return factory


class OpenAPICoreJudge:
    """openapi-core's V31 request and response validators for one spec, built once."""

    def __init__(self, spec_path: Path, also_served_at: str | None = None) -> None:
        data = load_yaml(spec_path)
        if also_served_at is not None:
            data = _served_also_at(data, also_served_at)
        # The spec's own location is the base URI, so a relative `$ref` to another file resolves.
        api = OpenAPI.from_dict(data, base_uri=spec_path.resolve().as_uri())
        spec: SchemaPath = api.spec
        # The validators of the spec's own version: V31 for the three providers' specs, V30 for a 3.0
        # spec as written (voicespec judges the 3.1 upgrade of it, so both judge the same document).
        requests_cls = api.request_validator_cls or V31RequestValidator
        responses_cls = api.response_validator_cls or V31ResponseValidator
        finder = _remembering({})
        self._requests = requests_cls(
            spec,
            format_validators=_format_validators(requests_cls),
            path_finder_cls=finder,
            schema_validators_factory=_remembering_validators(_factory_of(requests_cls)),
        )
        self._responses = responses_cls(
            spec,
            format_validators=_format_validators(responses_cls),
            path_finder_cls=finder,
            schema_validators_factory=_remembering_validators(_factory_of(responses_cls)),
        )

    def request(self, request: httpx.Request) -> Verdict:
        try:
            self._requests.validate(_CoreRequest(request))
        except Exception as exc:  # every error openapi-core raises is its verdict
            return Verdict(False, _reason(exc))
        return Verdict(True)

    def response(self, request: httpx.Request, response: httpx.Response) -> Verdict:
        try:
            self._responses.validate(_CoreRequest(request), _CoreResponse(response))
        except Exception as exc:
            return Verdict(False, _reason(exc))
        return Verdict(True)
