from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error_response import ErrorResponse
from ...models.play_advanced_text_to_speech_request import PlayAdvancedTextToSpeechRequest
from ...models.play_prompt_request import PlayPromptRequest
from ...models.play_response import PlayResponse
from ...models.play_text_to_speech_request import PlayTextToSpeechRequest
from ...paths import path_segment
from ...request_options import RequestOptions, with_options
from ...responses import build_response, build_success
from ...types import Response


def _get_kwargs(
    voice_id: UUID,
    *,
    body: PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/voice/v1/call/{path_segment(voice_id)}/play",
    }

    if isinstance(body, PlayPromptRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PlayTextToSpeechRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, strict: bool = False
) -> ErrorResponse | PlayResponse | None:
    if response.status_code == 200:
        response_200 = PlayResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 405:
        response_405 = ErrorResponse.from_dict(response.json())

        return response_405

    if response.status_code == 406:
        response_406 = ErrorResponse.from_dict(response.json())

        return response_406

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status or strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[ErrorResponse | PlayResponse]:
    return build_response(
        response,
        lambda strict: _parse_response(client=client, response=response, strict=strict),
        raise_on_error=raise_on_error,
    )


def _parse_success(response: httpx.Response) -> PlayResponse:
    if response.status_code == 200:
        response_200 = PlayResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest,
    request_options: RequestOptions | None = None,
) -> Response[ErrorResponse | PlayResponse]:
    """Play a voice prompt

     Plays a prompt into the call: a pre-recorded prompt configured on the EnableX portal
    (`prompt_name`),
    text-to-speech (`text` and `voice`), or text-to-speech built from the advanced options
    (`text_to_speech_option`). Exactly one of the three is sent. Set `dtmf` to wait for keypad digits or
    `asr` to recognise speech after the prompt; EnableX's voice-menu samples also send `interrupt:
    false`
    with a pre-recorded or text-to-speech prompt.

    The response reports `playstate: initiated`; later play states (`playfinished`, `digitcollected`,
    `menutimeout`, `failed`) arrive as `PlayStateEvent` webhooks, recognised speech as
    `SpeechRecognitionEvent`.

    Args:
        voice_id (UUID):
        body (PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest):
            Request body of `playPrompt`: exactly one of a pre-recorded prompt (`prompt_name`), text-
            to-speech
            (`text`) or the advanced text-to-speech options (`text_to_speech_option`), each with the
            optional
            input options (`dtmf`, `asr`, timeouts). The API has no type field to discriminate on, so
            this is a
            `oneOf` without `discriminator`: each variant requires its own key and is closed against
            the other
            two, so a payload matches exactly one variant whatever order they are tried in.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[ErrorResponse | PlayResponse]
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
    body: PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest,
    request_options: RequestOptions | None = None,
) -> PlayResponse:
    """Play a voice prompt

     Plays a prompt into the call: a pre-recorded prompt configured on the EnableX portal
    (`prompt_name`),
    text-to-speech (`text` and `voice`), or text-to-speech built from the advanced options
    (`text_to_speech_option`). Exactly one of the three is sent. Set `dtmf` to wait for keypad digits or
    `asr` to recognise speech after the prompt; EnableX's voice-menu samples also send `interrupt:
    false`
    with a pre-recorded or text-to-speech prompt.

    The response reports `playstate: initiated`; later play states (`playfinished`, `digitcollected`,
    `menutimeout`, `failed`) arrive as `PlayStateEvent` webhooks, recognised speech as
    `SpeechRecognitionEvent`.

    Args:
        voice_id (UUID):
        body (PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest):
            Request body of `playPrompt`: exactly one of a pre-recorded prompt (`prompt_name`), text-
            to-speech
            (`text`) or the advanced text-to-speech options (`text_to_speech_option`), each with the
            optional
            input options (`dtmf`, `asr`, timeouts). The API has no type field to discriminate on, so
            this is a
            `oneOf` without `discriminator`: each variant requires its own key and is closed against
            the other
            two, so a payload matches exactly one variant whatever order they are tried in.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        PlayResponse
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
    body: PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest,
    request_options: RequestOptions | None = None,
) -> Response[ErrorResponse | PlayResponse]:
    """Play a voice prompt

     Plays a prompt into the call: a pre-recorded prompt configured on the EnableX portal
    (`prompt_name`),
    text-to-speech (`text` and `voice`), or text-to-speech built from the advanced options
    (`text_to_speech_option`). Exactly one of the three is sent. Set `dtmf` to wait for keypad digits or
    `asr` to recognise speech after the prompt; EnableX's voice-menu samples also send `interrupt:
    false`
    with a pre-recorded or text-to-speech prompt.

    The response reports `playstate: initiated`; later play states (`playfinished`, `digitcollected`,
    `menutimeout`, `failed`) arrive as `PlayStateEvent` webhooks, recognised speech as
    `SpeechRecognitionEvent`.

    Args:
        voice_id (UUID):
        body (PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest):
            Request body of `playPrompt`: exactly one of a pre-recorded prompt (`prompt_name`), text-
            to-speech
            (`text`) or the advanced text-to-speech options (`text_to_speech_option`), each with the
            optional
            input options (`dtmf`, `asr`, timeouts). The API has no type field to discriminate on, so
            this is a
            `oneOf` without `discriminator`: each variant requires its own key and is closed against
            the other
            two, so a payload matches exactly one variant whatever order they are tried in.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        Response[ErrorResponse | PlayResponse]
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
    body: PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest,
    request_options: RequestOptions | None = None,
) -> PlayResponse:
    """Play a voice prompt

     Plays a prompt into the call: a pre-recorded prompt configured on the EnableX portal
    (`prompt_name`),
    text-to-speech (`text` and `voice`), or text-to-speech built from the advanced options
    (`text_to_speech_option`). Exactly one of the three is sent. Set `dtmf` to wait for keypad digits or
    `asr` to recognise speech after the prompt; EnableX's voice-menu samples also send `interrupt:
    false`
    with a pre-recorded or text-to-speech prompt.

    The response reports `playstate: initiated`; later play states (`playfinished`, `digitcollected`,
    `menutimeout`, `failed`) arrive as `PlayStateEvent` webhooks, recognised speech as
    `SpeechRecognitionEvent`.

    Args:
        voice_id (UUID):
        body (PlayAdvancedTextToSpeechRequest | PlayPromptRequest | PlayTextToSpeechRequest):
            Request body of `playPrompt`: exactly one of a pre-recorded prompt (`prompt_name`), text-
            to-speech
            (`text`) or the advanced text-to-speech options (`text_to_speech_option`), each with the
            optional
            input options (`dtmf`, `asr`, timeouts). The API has no type field to discriminate on, so
            this is a
            `oneOf` without `discriminator`: each variant requires its own key and is closed against
            the other
            two, so a payload matches exactly one variant whatever order they are tried in.
        request_options (RequestOptions | None): a timeout or extra headers for this call only.

    Raises:
        exceptions.ApiStatusError: On a 4xx/5xx or undocumented status (for `*_detailed`, only if
            Client.raise_on_error is True); a subclass per status, such as NotFoundError or RateLimitError.
        exceptions.ResponseParseError: If a success body is not the documented JSON.
        exceptions.ApiConnectionError: If no usable response arrived; ApiTimeoutError (also an
            httpx.TimeoutException) if the request took longer than the timeout.

    Returns:
        PlayResponse
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    httpx_client = client.get_async_httpx_client()
    with translate_transport_errors():
        response = await httpx_client.request(**with_options(kwargs, request_options, httpx_client.base_url))

    return build_success(response, _parse_success)
