"""The spec's operations indexed once for the replay server: `find_operation` without rebuilding every path
template's regex on every request.

The answers are those of `voicespec.spec.request_validation.find_operation` (same template regexes, the
literal template winning over a parameterised one, document order breaking ties); only the work per
request differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from re import Pattern
from urllib.parse import unquote

from voicespec.spec.document import SpecDocument, pointer
from voicespec.spec.examples import HTTP_METHODS
from voicespec.spec.request_validation import MatchedOperation
from voicespec.spec.request_validation import _template_regex as template_regex


@dataclass(frozen=True)
class _Route:
    regex: Pattern[str]
    template: str
    keys: frozenset[str]  # the path item's keys: the methods it has (and `parameters`, `summary`, ...)


class OperationRoutes:
    """Path templates compiled once, fewest parameters first (a stable sort keeps document order)."""

    def __init__(self, doc: SpecDocument) -> None:
        self.doc = doc
        paths = doc.data.get("paths") or {}
        routes = [
            _Route(template_regex(template), template, frozenset(item)) for template, item in paths.items()
        ]
        self._routes = sorted(routes, key=lambda route: route.template.count("{"))

    def find(self, method: str, path: str) -> MatchedOperation | None:
        """What `find_operation(doc, method, path)` answers."""
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

    def allowed(self, path: str) -> list[str]:
        """The methods (upper case) some operation answers on `path`, for a 405's `Allow` header."""
        return [method.upper() for method in HTTP_METHODS if self.find(method, path) is not None]
