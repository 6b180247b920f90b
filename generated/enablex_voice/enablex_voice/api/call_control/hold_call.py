from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.call_control_response import CallControlResponse
from ...models.error_response import ErrorResponse
from ...models.hold_call_request import HoldCallRequest
from ...paths import path_segment
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    voice_id: UUID,
    *,
    body: HoldCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/voice/v1/call/{path_segment(voice_id)}/hold",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> CallControlResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallControlResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[CallControlResponse | ErrorResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> CallControlResponse:
    if response.status_code == 200:
        response_200 = CallControlResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HoldCallRequest,
    request_options: RequestOptions | None = None,
) -> Response[CallControlResponse | ErrorResponse]:
    """Hold or resume a call

     Holds (`hold: true`) or resumes (`hold: false`) a bridged channel and plays music on hold. The seed
    documents no response for this route; the standard call-control response (as for forward) is
    assumed.

    Args:
        voice_id (UUID):
        body (HoldCallRequest): Request body of `holdCall`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[CallControlResponse | ErrorResponse]
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
    body: HoldCallRequest,
    request_options: RequestOptions | None = None,
) -> CallControlResponse:
    """Hold or resume a call

     Holds (`hold: true`) or resumes (`hold: false`) a bridged channel and plays music on hold. The seed
    documents no response for this route; the standard call-control response (as for forward) is
    assumed.

    Args:
        voice_id (UUID):
        body (HoldCallRequest): Request body of `holdCall`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        CallControlResponse
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
    body: HoldCallRequest,
    request_options: RequestOptions | None = None,
) -> Response[CallControlResponse | ErrorResponse]:
    """Hold or resume a call

     Holds (`hold: true`) or resumes (`hold: false`) a bridged channel and plays music on hold. The seed
    documents no response for this route; the standard call-control response (as for forward) is
    assumed.

    Args:
        voice_id (UUID):
        body (HoldCallRequest): Request body of `holdCall`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[CallControlResponse | ErrorResponse]
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
    body: HoldCallRequest,
    request_options: RequestOptions | None = None,
) -> CallControlResponse:
    """Hold or resume a call

     Holds (`hold: true`) or resumes (`hold: false`) a bridged channel and plays music on hold. The seed
    documents no response for this route; the standard call-control response (as for forward) is
    assumed.

    Args:
        voice_id (UUID):
        body (HoldCallRequest): Request body of `holdCall`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        CallControlResponse
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
