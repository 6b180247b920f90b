from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.dial_out_request import DialOutRequest
from ...models.dial_out_response import DialOutResponse
from ...models.error_response import ErrorResponse
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    *,
    body: DialOutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voice/v1/call",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> DialOutResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DialOutResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[DialOutResponse | ErrorResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> DialOutResponse:
    if response.status_code == 200:
        response_200 = DialOutResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DialOutRequest,
    request_options: RequestOptions | None = None,
) -> Response[DialOutResponse | ErrorResponse]:
    """Dial out a number

     Makes an outbound call to a destination number. The CLI (Caller Line Identification) passed in
    `from`
    must be a number rented for the project (shared or dedicated); it is matched against the provisioned
    number and the call fails on a mismatch. `action_on_connect` says what happens once the called party
    answers: play a prompt or text-to-speech, bridge the call to another number, or join a video room.

    The response is immediate; call progress is reported through `CallStateEvent` webhooks to
    `event_url`.

    Args:
        body (DialOutRequest): Request body of `dialOut`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[DialOutResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DialOutRequest,
    request_options: RequestOptions | None = None,
) -> DialOutResponse:
    """Dial out a number

     Makes an outbound call to a destination number. The CLI (Caller Line Identification) passed in
    `from`
    must be a number rented for the project (shared or dedicated); it is matched against the provisioned
    number and the call fails on a mismatch. `action_on_connect` says what happens once the called party
    answers: play a prompt or text-to-speech, bridge the call to another number, or join a video room.

    The response is immediate; call progress is reported through `CallStateEvent` webhooks to
    `event_url`.

    Args:
        body (DialOutRequest): Request body of `dialOut`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        DialOutResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DialOutRequest,
    request_options: RequestOptions | None = None,
) -> Response[DialOutResponse | ErrorResponse]:
    """Dial out a number

     Makes an outbound call to a destination number. The CLI (Caller Line Identification) passed in
    `from`
    must be a number rented for the project (shared or dedicated); it is matched against the provisioned
    number and the call fails on a mismatch. `action_on_connect` says what happens once the called party
    answers: play a prompt or text-to-speech, bridge the call to another number, or join a video room.

    The response is immediate; call progress is reported through `CallStateEvent` webhooks to
    `event_url`.

    Args:
        body (DialOutRequest): Request body of `dialOut`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[DialOutResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DialOutRequest,
    request_options: RequestOptions | None = None,
) -> DialOutResponse:
    """Dial out a number

     Makes an outbound call to a destination number. The CLI (Caller Line Identification) passed in
    `from`
    must be a number rented for the project (shared or dedicated); it is matched against the provisioned
    number and the call fails on a mismatch. `action_on_connect` says what happens once the called party
    answers: play a prompt or text-to-speech, bridge the call to another number, or join a video room.

    The response is immediate; call progress is reported through `CallStateEvent` webhooks to
    `event_url`.

    Args:
        body (DialOutRequest): Request body of `dialOut`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        DialOutResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
