from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.callout_response import CalloutResponse
from ...models.conference_callout_request import ConferenceCalloutRequest
from ...models.custom_callout_request import CustomCalloutRequest
from ...models.error import Error
from ...models.tts_callout_request import TtsCalloutRequest
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    *,
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calling/v1/callouts",
    }

    if isinstance(body, TtsCalloutRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ConferenceCalloutRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> CalloutResponse | Error | None:
    if response.status_code == 200:
        response_200 = CalloutResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[CalloutResponse | Error]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> CalloutResponse:
    if response.status_code == 200:
        response_200 = CalloutResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
    request_options: RequestOptions | None = None,
) -> Response[CalloutResponse | Error]:
    """Callout Request

     Makes a call out to a phone number. The types of callouts currently supported are conference
    callouts, text-to-speech callouts, and custom callouts. The custom callout is the most flexible, but
    text-to-speech and conference callouts are more convenient.
    The body is a union discriminated on `method`; the object named after the method (`ttsCallout`,
    `conferenceCallout` or `customCallout`) carries the callout details.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): Currently
            three types of callouts are supported: conference callouts, text-to-speech callouts and
            custom callouts. The custom callout is the most flexible, but text-to-speech and
            conference callouts are more convenient.
            The request is discriminated on `method`, which names the property carrying the callout
            details.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[CalloutResponse | Error]
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
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
    request_options: RequestOptions | None = None,
) -> CalloutResponse:
    """Callout Request

     Makes a call out to a phone number. The types of callouts currently supported are conference
    callouts, text-to-speech callouts, and custom callouts. The custom callout is the most flexible, but
    text-to-speech and conference callouts are more convenient.
    The body is a union discriminated on `method`; the object named after the method (`ttsCallout`,
    `conferenceCallout` or `customCallout`) carries the callout details.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): Currently
            three types of callouts are supported: conference callouts, text-to-speech callouts and
            custom callouts. The custom callout is the most flexible, but text-to-speech and
            conference callouts are more convenient.
            The request is discriminated on `method`, which names the property carrying the callout
            details.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        CalloutResponse
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
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
    request_options: RequestOptions | None = None,
) -> Response[CalloutResponse | Error]:
    """Callout Request

     Makes a call out to a phone number. The types of callouts currently supported are conference
    callouts, text-to-speech callouts, and custom callouts. The custom callout is the most flexible, but
    text-to-speech and conference callouts are more convenient.
    The body is a union discriminated on `method`; the object named after the method (`ttsCallout`,
    `conferenceCallout` or `customCallout`) carries the callout details.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): Currently
            three types of callouts are supported: conference callouts, text-to-speech callouts and
            custom callouts. The custom callout is the most flexible, but text-to-speech and
            conference callouts are more convenient.
            The request is discriminated on `method`, which names the property carrying the callout
            details.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[CalloutResponse | Error]
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
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
    request_options: RequestOptions | None = None,
) -> CalloutResponse:
    """Callout Request

     Makes a call out to a phone number. The types of callouts currently supported are conference
    callouts, text-to-speech callouts, and custom callouts. The custom callout is the most flexible, but
    text-to-speech and conference callouts are more convenient.
    The body is a union discriminated on `method`; the object named after the method (`ttsCallout`,
    `conferenceCallout` or `customCallout`) carries the callout details.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): Currently
            three types of callouts are supported: conference callouts, text-to-speech callouts and
            custom callouts. The custom callout is the most flexible, but text-to-speech and
            conference callouts are more convenient.
            The request is discriminated on `method`, which names the property carrying the callout
            details.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        CalloutResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
