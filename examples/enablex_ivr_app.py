import os

import httpx
from enablex_voice import Client
from enablex_voice.api.calls import accept_call, hang_up_call
from enablex_voice.api.prompts import play_prompt
from enablex_voice.models import CallStateEvent, PlayStateEvent, PlayTextToSpeechRequest, TextToSpeechVoice
from enablex_voice.webhooks import DecryptionError, WebhookError, parse
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

APP_ID = os.environ["ENABLEX_APP_ID"]  # Basic-auth user, and decrypts encrypted events
APP_KEY = os.environ["ENABLEX_APP_KEY"]  # Basic-auth password
API_URL = os.environ.get("ENABLEX_API_URL", "https://api.enablex.io")


def api() -> Client:
    return Client(base_url=API_URL, httpx_args={"auth": httpx.BasicAuth(APP_ID, APP_KEY)})


MENU = PlayTextToSpeechRequest(
    text="Press 1 to talk to sales.",
    voice=TextToSpeechVoice.FEMALE,
    language="en-US",
    prompt_ref="menu",
    dtmf=True,
)


async def event_url(request: Request) -> Response:
    try:
        event = parse(await request.body(), request.headers, app_id=APP_ID)
    except DecryptionError as exc:
        return JSONResponse({"field": exc.field, "reason": exc.reason}, status_code=401)
    except WebhookError as exc:
        return JSONResponse({"field": exc.field, "reason": exc.reason}, status_code=400)
    if isinstance(event, CallStateEvent) and event.state == "incomingcall":
        async with api() as client:
            await accept_call.asyncio_detailed(event.voice_id, client=client)  # then: connected
    elif isinstance(event, CallStateEvent) and event.state == "connected":
        async with api() as client:
            await play_prompt.asyncio_detailed(event.voice_id, client=client, body=MENU)
    elif isinstance(event, PlayStateEvent) and event.playstate == "digitcollected":
        async with api() as client:
            await hang_up_call.asyncio_detailed(event.voice_id, client=client)  # then: disconnected
    return JSONResponse({})


app = Starlette(routes=[Route("/enablex/event", event_url, methods=["POST"])])
