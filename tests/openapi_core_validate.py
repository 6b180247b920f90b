"""Run inside the isolated openapi-core environment (see test_interop_openapi_core.py): validate every
interaction of the given cassettes against a spec with openapi-core, print one JSON line per verdict.

Only the standard library, PyYAML and openapi-core are importable here; voicespec is not (openapi-core
0.23.1 needs openapi-spec-validator < 0.9, voicespec pins 0.9.0), so the cassette is read as plain YAML.
"""

from __future__ import annotations

import json
import sys
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from openapi_core import OpenAPI  # type: ignore[import-not-found]
from openapi_core.testing import MockRequest, MockResponse  # type: ignore[import-not-found]


def _bytes(body: object) -> bytes:
    if body is None:
        return b""
    return body if isinstance(body, bytes) else str(body).encode("utf-8")


def _single(headers: dict[str, list[str]]) -> dict[str, str]:
    return {name: ", ".join(str(value) for value in values) for name, values in (headers or {}).items()}


def _content_type(headers: dict[str, str]) -> str:
    for name, value in headers.items():
        if name.lower() == "content-type":
            return value
    return ""


def main(spec_path: str, cassettes: list[str]) -> None:
    with open(spec_path, encoding="utf-8") as stream:
        api = OpenAPI.from_dict(yaml.safe_load(stream))
    for path in cassettes:
        with open(path, encoding="utf-8") as stream:
            data = yaml.safe_load(stream)
        for index, item in enumerate(data["interactions"]):
            request, response = item["request"], item["response"]
            parts = urlsplit(request["uri"])
            headers = _single(request.get("headers") or {})
            mock = MockRequest(
                f"{parts.scheme}://{parts.netloc}",
                request["method"],
                parts.path,
                args=dict(parse_qsl(parts.query, keep_blank_values=True)),
                headers=headers,
                data=_bytes(request.get("body")),
                content_type=_content_type(headers),
            )
            answer_headers = _single(response.get("headers") or {})
            answer = MockResponse(
                _bytes(response["body"]["string"]),
                response["status"]["code"],
                answer_headers,
                _content_type(answer_headers),
            )
            verdicts = {
                "request": _verdict(api.validate_request, mock),
                "response": _verdict(api.validate_response, mock, answer),
            }
            print(json.dumps({"file": path, "index": index, **verdicts}))


def _verdict(validate: Any, *arguments: Any) -> str | None:
    """None when openapi-core accepts, else its error (every error class is a verdict here)."""
    try:
        validate(*arguments)
    except Exception as exc:
        cause = exc.__cause__ or exc
        return f"{type(exc).__name__}: {exc}; {type(cause).__name__}: {cause}"[:600]
    return None


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
