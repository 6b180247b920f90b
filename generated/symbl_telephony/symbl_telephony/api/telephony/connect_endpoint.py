from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.connection_response import ConnectionResponse
from ...models.error_response import ErrorResponse
from ...models.start_connection_request import StartConnectionRequest
from ...models.stop_connection_request import StopConnectionRequest
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StartConnectionRequest | StopConnectionRequest,
    verbose: bool | Unset = UNSET,
    sentiment: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["verbose"] = verbose

    params["sentiment"] = sentiment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/endpoint:connect",
        "params": params,
    }

    if isinstance(body, StartConnectionRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> ConnectionResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ConnectionResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[ConnectionResponse | ErrorResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> ConnectionResponse:
    if response.status_code == 201:
        response_201 = ConnectionResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartConnectionRequest | StopConnectionRequest,
    verbose: bool | Unset = UNSET,
    sentiment: bool | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ConnectionResponse | ErrorResponse]:
    """Start or stop a telephony connection

     With `"operation": "start"`, Symbl dials the given PSTN phone number (and plays the DTMF sequence
    once the call is answered) or the given SIP URI, and starts processing the audio of the call.
    Joining can take up to a minute; the conference may ask the host to admit the Symbl caller. The
    answer carries the `connectionId` that identifies the connection and the `conversationId` to use
    with the Conversation API, plus the URLs of the live event stream.

    With `"operation": "stop"` and the `connectionId` returned by the start, Symbl hangs up and the
    connection ends; the `connectionId` is no longer valid afterwards. Actions registered with
    `invokeOn: stop` (such as the summary email) run at that point.

    PSTN audio is limited to 8 kHz; a SIP connection captures audio at 16 kHz and above.

    Args:
        verbose (bool | Unset):
        sentiment (bool | Unset):
        body (StartConnectionRequest | StopConnectionRequest): Body of `POST
            /v1/endpoint:connect`: a start request or a stop request, selected by `operation`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[ConnectionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        verbose=verbose,
        sentiment=sentiment,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StartConnectionRequest | StopConnectionRequest,
    verbose: bool | Unset = UNSET,
    sentiment: bool | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ConnectionResponse:
    """Start or stop a telephony connection

     With `"operation": "start"`, Symbl dials the given PSTN phone number (and plays the DTMF sequence
    once the call is answered) or the given SIP URI, and starts processing the audio of the call.
    Joining can take up to a minute; the conference may ask the host to admit the Symbl caller. The
    answer carries the `connectionId` that identifies the connection and the `conversationId` to use
    with the Conversation API, plus the URLs of the live event stream.

    With `"operation": "stop"` and the `connectionId` returned by the start, Symbl hangs up and the
    connection ends; the `connectionId` is no longer valid afterwards. Actions registered with
    `invokeOn: stop` (such as the summary email) run at that point.

    PSTN audio is limited to 8 kHz; a SIP connection captures audio at 16 kHz and above.

    Args:
        verbose (bool | Unset):
        sentiment (bool | Unset):
        body (StartConnectionRequest | StopConnectionRequest): Body of `POST
            /v1/endpoint:connect`: a start request or a stop request, selected by `operation`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        ConnectionResponse
    """

    kwargs = _get_kwargs(
        body=body,
        verbose=verbose,
        sentiment=sentiment,
    )

    httpx_client = client.get_httpx_client()
    with translate_transport_errors():
        response = httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartConnectionRequest | StopConnectionRequest,
    verbose: bool | Unset = UNSET,
    sentiment: bool | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ConnectionResponse | ErrorResponse]:
    """Start or stop a telephony connection

     With `"operation": "start"`, Symbl dials the given PSTN phone number (and plays the DTMF sequence
    once the call is answered) or the given SIP URI, and starts processing the audio of the call.
    Joining can take up to a minute; the conference may ask the host to admit the Symbl caller. The
    answer carries the `connectionId` that identifies the connection and the `conversationId` to use
    with the Conversation API, plus the URLs of the live event stream.

    With `"operation": "stop"` and the `connectionId` returned by the start, Symbl hangs up and the
    connection ends; the `connectionId` is no longer valid afterwards. Actions registered with
    `invokeOn: stop` (such as the summary email) run at that point.

    PSTN audio is limited to 8 kHz; a SIP connection captures audio at 16 kHz and above.

    Args:
        verbose (bool | Unset):
        sentiment (bool | Unset):
        body (StartConnectionRequest | StopConnectionRequest): Body of `POST
            /v1/endpoint:connect`: a start request or a stop request, selected by `operation`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[ConnectionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        verbose=verbose,
        sentiment=sentiment,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartConnectionRequest | StopConnectionRequest,
    verbose: bool | Unset = UNSET,
    sentiment: bool | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ConnectionResponse:
    """Start or stop a telephony connection

     With `"operation": "start"`, Symbl dials the given PSTN phone number (and plays the DTMF sequence
    once the call is answered) or the given SIP URI, and starts processing the audio of the call.
    Joining can take up to a minute; the conference may ask the host to admit the Symbl caller. The
    answer carries the `connectionId` that identifies the connection and the `conversationId` to use
    with the Conversation API, plus the URLs of the live event stream.

    With `"operation": "stop"` and the `connectionId` returned by the start, Symbl hangs up and the
    connection ends; the `connectionId` is no longer valid afterwards. Actions registered with
    `invokeOn: stop` (such as the summary email) run at that point.

    PSTN audio is limited to 8 kHz; a SIP connection captures audio at 16 kHz and above.

    Args:
        verbose (bool | Unset):
        sentiment (bool | Unset):
        body (StartConnectionRequest | StopConnectionRequest): Body of `POST
            /v1/endpoint:connect`: a start request or a stop request, selected by `operation`.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        ConnectionResponse
    """

    kwargs = _get_kwargs(
        body=body,
        verbose=verbose,
        sentiment=sentiment,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
