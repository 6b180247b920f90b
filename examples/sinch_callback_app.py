import os

from sinch_voice.callbacks import CallbackError, InvalidSignature, parse, verify
from sinch_voice.models import (
    AceRequest,
    IceRequest,
    SvamlActionConnectPstn,
    SvamlActionContinue,
    SvamlInstructionSay,
    SvamlRequestBody,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

APP_KEY = os.environ["SINCH_APP_KEY"]  # the application key and secret from the dashboard
APP_SECRET = os.environ["SINCH_APP_SECRET"]


async def sinch_callback(request: Request) -> Response:
    body = await request.body()
    try:
        verify(request.method, request.url.path, request.headers, body, key=APP_KEY, secret=APP_SECRET)
        event = parse(body)
    except InvalidSignature as exc:
        return JSONResponse({"error": exc.reason}, status_code=401)
    except CallbackError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    if isinstance(event, IceRequest):
        svaml = SvamlRequestBody(
            instructions=[SvamlInstructionSay(name="say", text="Connecting you now.", locale="en-US")],
            action=SvamlActionConnectPstn(name="connectPstn", number="+14155550100", cli="+14155550199"),
        )
        return JSONResponse(svaml.to_dict())
    if isinstance(event, AceRequest):
        return JSONResponse(SvamlRequestBody(action=SvamlActionContinue(name="continue")).to_dict())
    return Response(status_code=200)  # DICE, PIE and notify: acknowledged


app = Starlette(routes=[Route("/sinch/callback", sinch_callback, methods=["POST"])])
