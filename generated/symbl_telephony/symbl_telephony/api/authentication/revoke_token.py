from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error_response import ErrorResponse
from ...models.revoke_token_request import RevokeTokenRequest
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    *,
    body: RevokeTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/oauth2/token:revoke",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

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


def _parse_success(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenRequest,
    request_options: RequestOptions | None = None,
) -> Response[Any | ErrorResponse]:
    """Revoke the access token

     Revokes the access token sent in the `X-API-KEY` header, given the application credentials in the
    body. Symbl's API definition documents no answer body and no status codes; `200` without a body is
    assumed.

    Args:
        body (RevokeTokenRequest): Application credentials of the token to revoke.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: RevokeTokenRequest,
    request_options: RequestOptions | None = None,
) -> None:
    """Revoke the access token

     Revokes the access token sent in the `X-API-KEY` header, given the application credentials in the
    body. Symbl's API definition documents no answer body and no status codes; `200` without a body is
    assumed.

    Args:
        body (RevokeTokenRequest): Application credentials of the token to revoke.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        None
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
    body: RevokeTokenRequest,
    request_options: RequestOptions | None = None,
) -> Response[Any | ErrorResponse]:
    """Revoke the access token

     Revokes the access token sent in the `X-API-KEY` header, given the application credentials in the
    body. Symbl's API definition documents no answer body and no status codes; `200` without a body is
    assumed.

    Args:
        body (RevokeTokenRequest): Application credentials of the token to revoke.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: RevokeTokenRequest,
    request_options: RequestOptions | None = None,
) -> None:
    """Revoke the access token

     Revokes the access token sent in the `X-API-KEY` header, given the application credentials in the
    body. Symbl's API definition documents no answer body and no status codes; `200` without a body is
    assumed.

    Args:
        body (RevokeTokenRequest): Application credentials of the token to revoke.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
