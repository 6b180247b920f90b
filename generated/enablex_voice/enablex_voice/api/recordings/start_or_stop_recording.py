from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error_response import ErrorResponse
from ...models.recording_response import RecordingResponse
from ...models.start_recording_request import StartRecordingRequest
from ...models.stop_recording_request import StopRecordingRequest
from ...paths import path_segment
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    voice_id: UUID,
    *,
    body: StartRecordingRequest | StopRecordingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/voice/v1/call/{path_segment(voice_id)}/recording",
    }

    if isinstance(body, StartRecordingRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> ErrorResponse | RecordingResponse | None:
    if response.status_code == 200:
        response_200 = RecordingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[ErrorResponse | RecordingResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> RecordingResponse:
    if response.status_code == 200:
        response_200 = RecordingResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StartRecordingRequest | StopRecordingRequest,
    request_options: RequestOptions | None = None,
) -> Response[ErrorResponse | RecordingResponse]:
    """Start or stop call recording

     Starts (`start: true`, optionally with a `recording_name`) or stops (`stop: true`) the recording of
    a
    live call. Recording progress is reported through `RecordingStateEvent` webhooks.

    Args:
        voice_id (UUID):
        body (StartRecordingRequest | StopRecordingRequest): Request body of
            `startOrStopRecording`: start (`start`) or stop (`stop`) recording. There is no type
            field (so no `discriminator`); the variants are told apart by which of the two keys is
            present, and each
            is closed against the other.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[ErrorResponse | RecordingResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


def sync(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StartRecordingRequest | StopRecordingRequest,
    request_options: RequestOptions | None = None,
) -> RecordingResponse:
    """Start or stop call recording

     Starts (`start: true`, optionally with a `recording_name`) or stops (`stop: true`) the recording of
    a
    live call. Recording progress is reported through `RecordingStateEvent` webhooks.

    Args:
        voice_id (UUID):
        body (StartRecordingRequest | StopRecordingRequest): Request body of
            `startOrStopRecording`: start (`start`) or stop (`stop`) recording. There is no type
            field (so no `discriminator`); the variants are told apart by which of the two keys is
            present, and each
            is closed against the other.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        RecordingResponse
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)


async def asyncio_detailed(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StartRecordingRequest | StopRecordingRequest,
    request_options: RequestOptions | None = None,
) -> Response[ErrorResponse | RecordingResponse]:
    """Start or stop call recording

     Starts (`start: true`, optionally with a `recording_name`) or stops (`stop: true`) the recording of
    a
    live call. Recording progress is reported through `RecordingStateEvent` webhooks.

    Args:
        voice_id (UUID):
        body (StartRecordingRequest | StopRecordingRequest): Request body of
            `startOrStopRecording`: start (`start`) or stop (`stop`) recording. There is no type
            field (so no `discriminator`); the variants are told apart by which of the two keys is
            present, and each
            is closed against the other.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[ErrorResponse | RecordingResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


async def asyncio(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StartRecordingRequest | StopRecordingRequest,
    request_options: RequestOptions | None = None,
) -> RecordingResponse:
    """Start or stop call recording

     Starts (`start: true`, optionally with a `recording_name`) or stops (`stop: true`) the recording of
    a
    live call. Recording progress is reported through `RecordingStateEvent` webhooks.

    Args:
        voice_id (UUID):
        body (StartRecordingRequest | StopRecordingRequest): Request body of
            `startOrStopRecording`: start (`start`) or stop (`stop`) recording. There is no type
            field (so no `discriminator`); the variants are told apart by which of the two keys is
            present, and each
            is closed against the other.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        RecordingResponse
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
