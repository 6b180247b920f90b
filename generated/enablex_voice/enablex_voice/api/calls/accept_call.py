from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error_response import ErrorResponse
from ...paths import path_segment
from ...responses import build_response
from ...types import Response


def _get_kwargs(
    voice_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/voice/v1/call/{path_segment(voice_id)}/accept",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[Any | ErrorResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def sync_detailed(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Accept an incoming call

     Answers an inbound call announced by a `CallStateEvent` with `state: incomingcall`, when the
    application
    decides programmatically whether to take the call. EnableX's sample applications send it with no
    body
    and do not read the answer; no public source shows the answer's body, so none is described here (the
    generated client returns the HTTP response without decoding a body).

    Args:
        voice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


def sync(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Accept an incoming call

     Answers an inbound call announced by a `CallStateEvent` with `state: incomingcall`, when the
    application
    decides programmatically whether to take the call. EnableX's sample applications send it with no
    body
    and do not read the answer; no public source shows the answer's body, so none is described here (the
    generated client returns the HTTP response without decoding a body).

    Args:
        voice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response, raise_on_error=True).parsed


async def asyncio_detailed(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Accept an incoming call

     Answers an inbound call announced by a `CallStateEvent` with `state: incomingcall`, when the
    application
    decides programmatically whether to take the call. EnableX's sample applications send it with no
    body
    and do not read the answer; no public source shows the answer's body, so none is described here (the
    generated client returns the HTTP response without decoding a body).

    Args:
        voice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)


async def asyncio(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Accept an incoming call

     Answers an inbound call announced by a `CallStateEvent` with `state: incomingcall`, when the
    application
    decides programmatically whether to take the call. EnableX's sample applications send it with no
    body
    and do not read the answer; no public source shows the answer's body, so none is described here (the
    generated client returns the HTTP response without decoding a body).

    Args:
        voice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response, raise_on_error=True).parsed
