import os

from enablex_voice.models import CallStateEvent, PlayStateEvent
from enablex_voice.webhooks import DecryptionError, WebhookError, parse
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

APP_ID = os.environ["ENABLEX_APP_ID"]  # decrypts encrypted events


async def event_url(request: Request) -> Response:  # a Starlette route
    try:
        event = parse(await request.body(), request.headers, app_id=APP_ID)
    except DecryptionError as exc:  # wrong app ID, altered envelope, missing header
        return JSONResponse({"field": exc.field, "reason": exc.reason}, status_code=401)
    except WebhookError as exc:  # a ValueError
        return JSONResponse({"field": exc.field, "reason": exc.reason}, status_code=400)
    if isinstance(event, CallStateEvent) and event.state == "disconnected":
        print(event.voice_id, event.disconnect_reason)
    elif isinstance(event, PlayStateEvent) and event.playstate == "digitcollected":
        print("menu choice", event.digit)
    return JSONResponse({})


app = Starlette(routes=[Route("/enablex/event", event_url, methods=["POST"])])
