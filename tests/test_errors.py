"""The typed error hierarchy (`exceptions.py`) and `responses.build_response`, as copied into a generated
package. Each is provider-agnostic; symbl_telephony is just the package they are tested in."""

from __future__ import annotations

import importlib
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
from symbl_telephony import errors, exceptions, responses
from symbl_telephony.exceptions import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
    error_for_response,
    translate_transport_errors,
)
from symbl_telephony.models import ErrorResponse, GenerateTokenResponse

from tests.test_retry import defined_public_names
from voicespec.spec.error_fields import ErrorFields, schema_error_fields

URL = "https://api.example.test/v1/thing"


def _response(
    status: int, body: Any = None, *, raw: bytes | None = None, method: str = "POST"
) -> httpx.Response:
    content = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    return httpx.Response(status, content=content, request=httpx.Request(method, URL))


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, PaymentRequiredError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (599, ServerError),
        (418, ApiStatusError),
        (405, ApiStatusError),
    ],
)
def test_each_status_gets_its_class(status: int, expected: type[ApiStatusError]) -> None:
    error = error_for_response(_response(status, {"message": "no"}))
    assert type(error) is expected
    assert error.status_code == status
    # Old handlers written against the generator's error keep catching every status error.
    assert isinstance(error, errors.UnexpectedStatus)
    assert isinstance(error, exceptions.ApiError)


@pytest.mark.parametrize(
    ("package", "body", "code", "message"),
    [
        (
            "sinch_voice",
            {"errorCode": 40003, "message": "Invalid callId", "reference": "r1"},
            40003,
            "Invalid callId",
        ),
        ("enablex_voice", {"result": 1, "msg": "Invalid voice_id"}, 1, "Invalid voice_id"),
        ("symbl_telephony", {"message": "Token expired"}, None, "Token expired"),
        # Only the fields the package's spec names are read: EnableX's spellings mean nothing to Sinch.
        ("sinch_voice", {"result": 1, "msg": "Invalid voice_id"}, None, None),
        # values of the wrong type are not offered as a code or a message
        ("sinch_voice", {"errorCode": True, "message": {"nested": 1}}, None, None),
        ("enablex_voice", {"result": None, "msg": 7}, None, None),
    ],
)
def test_each_package_reads_the_error_fields_its_spec_names(
    package: str, body: dict[str, Any], code: object, message: object
) -> None:
    error = importlib.import_module(f"{package}.exceptions").error_for_response(_response(400, body))
    assert error.body == body
    assert error.error_code == code
    assert error.message == message


def test_error_fields_come_from_the_error_schemas_or_their_extension() -> None:
    # The packages' lists are what the specs' error schemas declare (generate --check keeps them in step).
    assert importlib.import_module("enablex_voice.error_fields").MESSAGE_KEYS == ("msg",)
    assert importlib.import_module("sinch_voice.error_fields").ERROR_CODE_KEYS == ("errorCode",)
    named = {
        "type": "object",
        "x-voicespec-error-fields": {"message": "reason", "code": "errno"},
        "properties": {
            "reason": {"type": "string"},
            "errno": {"type": "integer"},
            "message": {"type": "string"},
        },
    }
    assert schema_error_fields(named) == ErrorFields(("reason",), ("errno",))
    only_string = {"type": "object", "properties": {"why": {"type": "string"}, "n": {"type": "integer"}}}
    assert schema_error_fields(only_string) == ErrorFields(("why",), ())


def test_the_message_names_status_request_and_provider_message() -> None:
    error = error_for_response(_response(404, {"errorCode": 40400, "message": "Call not found"}))
    assert str(error) == f"404 Not Found from POST {URL}: Call not found"
    assert error.content == error.response.content


@pytest.mark.parametrize(
    "raw",
    [
        b"<html><body>Bad Gateway</body></html>",
        b"",
        b'{"message": "cut sho',
        b"\xff\xfe not utf-8",
        b"[1, 2]",
    ],
)
def test_bodies_that_are_not_a_json_object_give_no_code_or_message(raw: bytes) -> None:
    error = error_for_response(_response(502, raw=raw))
    assert isinstance(error, ServerError)
    assert error.error_code is None
    assert error.message is None
    assert error.body == (json.loads(raw) if raw == b"[1, 2]" else None)
    assert error.response.content == raw


def test_a_response_without_request_still_describes_itself() -> None:
    error = error_for_response(httpx.Response(599))
    assert str(error) == "599 undocumented status"


def test_status_map_is_a_mapping_of_error_classes() -> None:
    assert set(exceptions.STATUS_ERRORS) == {400, 401, 402, 403, 404, 409, 422, 429}
    for status, error_class in exceptions.STATUS_ERRORS.items():
        assert exceptions.status_error_class(status) is error_class


def test_transport_errors_are_translated_at_the_boundary() -> None:
    request = httpx.Request("GET", URL)
    with pytest.raises(ApiTimeoutError) as timeout, translate_transport_errors():
        raise httpx.ReadTimeout("timed out", request=request)
    assert isinstance(timeout.value, httpx.TimeoutException)  # what the generated docstrings promise
    assert isinstance(timeout.value.__cause__, httpx.ReadTimeout)
    assert timeout.value.request is request
    assert str(timeout.value) == f"GET {URL} timed out: timed out"

    for cause in (
        httpx.ConnectError("refused"),
        httpx.RemoteProtocolError("peer closed"),
        httpx.ReadError(""),
    ):
        with pytest.raises(ApiConnectionError) as failed, translate_transport_errors():
            raise cause
        assert failed.value.__cause__ is cause
        assert not isinstance(failed.value, ApiTimeoutError)


def test_typed_errors_pass_the_boundary_unchanged() -> None:
    original = ApiTimeoutError("already typed")
    with pytest.raises(ApiTimeoutError) as raised, translate_transport_errors():
        raise original
    assert raised.value is original


def _parse_token(response: httpx.Response) -> Any:
    """What a generated `_parse_response` does for a 200-or-error operation."""

    def parse(strict: bool) -> GenerateTokenResponse | ErrorResponse | None:
        if response.status_code == 200:
            return GenerateTokenResponse.from_dict(response.json())
        if response.status_code == 400:
            return ErrorResponse.from_dict(response.json())
        if strict:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return None

    return parse


def test_build_response_returns_error_models_unless_asked_to_raise() -> None:
    bad = _response(400, {"message": "appId is required"})
    built = responses.build_response(bad, _parse_token(bad), raise_on_error=False)
    assert built.parsed == ErrorResponse(message="appId is required")
    with pytest.raises(BadRequestError, match="appId is required"):
        responses.build_response(bad, _parse_token(bad), raise_on_error=True)


def test_build_response_parses_success() -> None:
    ok = _response(200, {"accessToken": "abc", "expiresIn": 86400})
    built = responses.build_response(ok, _parse_token(ok), raise_on_error=True)
    assert built.parsed == GenerateTokenResponse(access_token="abc", expires_in=86400)
    assert built.status_code == 200


def test_undocumented_status_is_none_or_a_typed_error() -> None:
    odd = _response(202, {"queued": True})
    assert responses.build_response(odd, _parse_token(odd), raise_on_error=False).parsed is None
    with pytest.raises(ApiStatusError) as raised:
        responses.build_response(odd, _parse_token(odd), raise_on_error=True)
    assert type(raised.value) is ApiStatusError
    assert isinstance(raised.value.__cause__, errors.UnexpectedStatus)


@pytest.mark.parametrize("raise_on_error", [False, True])
def test_unparseable_bodies_raise_typed_errors_in_both_modes(raise_on_error: bool) -> None:
    for raw, cause in ((b'{"accessToken": "ab', json.JSONDecodeError), (b'{"expiresIn": 1}', KeyError)):
        ok = _response(200, raw=raw)
        with pytest.raises(ResponseParseError) as raised:
            responses.build_response(ok, _parse_token(ok), raise_on_error=raise_on_error)
        assert isinstance(raised.value.__cause__, cause)
        assert raised.value.status_code == 200
        assert "body is not the documented JSON" in str(raised.value)
    # A documented error status whose body is HTML: the status error, not a JSONDecodeError.
    html = _response(400, raw=b"<html>Bad Request</html>")
    with pytest.raises(BadRequestError):
        responses.build_response(html, _parse_token(html), raise_on_error=raise_on_error)


def test_non_standard_status_raises_instead_of_value_error() -> None:
    odd = _response(299, {"accessToken": "abc", "expiresIn": 1})
    with pytest.raises(ApiStatusError, match="299"):
        responses.build_response(odd, _parse_token(odd), raise_on_error=False)


@pytest.mark.parametrize("module", [exceptions, responses])
def test_every_public_name_is_exported(module: ModuleType) -> None:
    reexported = set(errors.__all__) if module is exceptions else set()  # the package's root error class
    assert defined_public_names(module) | reexported == set(module.__all__)
