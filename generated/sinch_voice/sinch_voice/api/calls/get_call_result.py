from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error import Error
from ...models.get_call_result_response import GetCallResultResponse
from ...paths import path_segment
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/calling/v1/calls/id/{path_segment(call_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> Error | GetCallResultResponse | None:
    if response.status_code == 200:
        response_200 = GetCallResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[Error | GetCallResultResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> GetCallResultResponse:
    if response.status_code == 200:
        response_200 = GetCallResultResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> Response[Error | GetCallResultResponse]:
    """Get information about a call

     You can retrieve information about an ongoing or completed call using a call ID. You can find the
    call ID of an ongoing call by viewing the response object from a callout request. You can find the
    call ID of a completed call by looking at your call logs in your Sinch
    [Dashboard](https://dashboard.sinch.com/voice/logs).
    Note: You can only use this method for calls that terminate to PSTN or SIP networks from an In-app
    call.

    Args:
        call_id (str):
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[Error | GetCallResultResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> GetCallResultResponse:
    """Get information about a call

     You can retrieve information about an ongoing or completed call using a call ID. You can find the
    call ID of an ongoing call by viewing the response object from a callout request. You can find the
    call ID of a completed call by looking at your call logs in your Sinch
    [Dashboard](https://dashboard.sinch.com/voice/logs).
    Note: You can only use this method for calls that terminate to PSTN or SIP networks from an In-app
    call.

    Args:
        call_id (str):
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        GetCallResultResponse
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> Response[Error | GetCallResultResponse]:
    """Get information about a call

     You can retrieve information about an ongoing or completed call using a call ID. You can find the
    call ID of an ongoing call by viewing the response object from a callout request. You can find the
    call ID of a completed call by looking at your call logs in your Sinch
    [Dashboard](https://dashboard.sinch.com/voice/logs).
    Note: You can only use this method for calls that terminate to PSTN or SIP networks from an In-app
    call.

    Args:
        call_id (str):
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[Error | GetCallResultResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> GetCallResultResponse:
    """Get information about a call

     You can retrieve information about an ongoing or completed call using a call ID. You can find the
    call ID of an ongoing call by viewing the response object from a callout request. You can find the
    call ID of a completed call by looking at your call logs in your Sinch
    [Dashboard](https://dashboard.sinch.com/voice/logs).
    Note: You can only use this method for calls that terminate to PSTN or SIP networks from an In-app
    call.

    Args:
        call_id (str):
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        GetCallResultResponse
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
