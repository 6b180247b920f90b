from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.bridge_call_request import BridgeCallRequest
from ...models.bridge_call_response import BridgeCallResponse
from ...models.error_response import ErrorResponse
from ...paths import path_segment
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    voice_id: UUID,
    *,
    body: BridgeCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/voice/v1/call/{path_segment(voice_id)}/connect",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> BridgeCallResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BridgeCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[BridgeCallResponse | ErrorResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> BridgeCallResponse:
    if response.status_code == 200:
        response_200 = BridgeCallResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BridgeCallRequest,
    request_options: RequestOptions | None = None,
) -> Response[BridgeCallResponse | ErrorResponse]:
    """Bridge a call

     Bridges the call to another party: the platform calls `to` with `from` as caller ID and connects the
    two. Progress is reported through `CallStateEvent` webhooks (`bridging`, `bridged`, `failed`,
    `bridge_disconnected`).

    Args:
        voice_id (UUID):
        body (BridgeCallRequest): Request body of `bridgeCall`, and the `connect` action of
            `action_on_connect`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[BridgeCallResponse | ErrorResponse]
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
    body: BridgeCallRequest,
    request_options: RequestOptions | None = None,
) -> BridgeCallResponse:
    """Bridge a call

     Bridges the call to another party: the platform calls `to` with `from` as caller ID and connects the
    two. Progress is reported through `CallStateEvent` webhooks (`bridging`, `bridged`, `failed`,
    `bridge_disconnected`).

    Args:
        voice_id (UUID):
        body (BridgeCallRequest): Request body of `bridgeCall`, and the `connect` action of
            `action_on_connect`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        BridgeCallResponse
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
    body: BridgeCallRequest,
    request_options: RequestOptions | None = None,
) -> Response[BridgeCallResponse | ErrorResponse]:
    """Bridge a call

     Bridges the call to another party: the platform calls `to` with `from` as caller ID and connects the
    two. Progress is reported through `CallStateEvent` webhooks (`bridging`, `bridged`, `failed`,
    `bridge_disconnected`).

    Args:
        voice_id (UUID):
        body (BridgeCallRequest): Request body of `bridgeCall`, and the `connect` action of
            `action_on_connect`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[BridgeCallResponse | ErrorResponse]
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
    body: BridgeCallRequest,
    request_options: RequestOptions | None = None,
) -> BridgeCallResponse:
    """Bridge a call

     Bridges the call to another party: the platform calls `to` with `from` as caller ID and connects the
    two. Progress is reported through `CallStateEvent` webhooks (`bridging`, `bridged`, `failed`,
    `bridge_disconnected`).

    Args:
        voice_id (UUID):
        body (BridgeCallRequest): Request body of `bridgeCall`, and the `connect` action of
            `action_on_connect`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        BridgeCallResponse
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
