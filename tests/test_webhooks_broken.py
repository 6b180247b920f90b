"""Deliberately broken callback handlers: `voicespec webhooks` catches each one, with a failure that names
the problem, the event sent, the answer and the command that repeats it."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
from typing import Any

import httpx
import pytest
from sinch_voice.callbacks import InvalidSignature, parse, verify
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from voicespec.cli import main
from voicespec.replay.server import ServerThread
from voicespec.webhooks import Results, UsageError, check_webhooks

KEY = "0c0ffee0-0000-4000-8000-000000000b0b"
SECRET = base64.b64encode(b"voicespec broken handlers").decode("ascii")
PATH = "/callback"
MENU: dict[str, Any] = {
    "name": "runMenu",
    "mainMenu": "main",
    "menus": [
        {
            "id": "main",
            "mainPrompt": "#tts[Press 1 for sales, 2 for support]",
            "maxDigits": 1,
            "options": [{"dtmf": "1", "action": "return(sales)"}, {"dtmf": "2", "action": "menu(support)"}],
        },
        {
            "id": "support",
            "mainPrompt": "#tts[Press 1]",
            "options": [{"dtmf": "1", "action": "return(help)"}],
        },
    ],
}
HANGUP = {"action": {"name": "hangup"}}


def sinch_app(
    *,
    checks_signature: bool = True,
    ice: dict[str, Any] | None = None,
    ace: dict[str, Any] | None = None,
    pie: dict[str, Any] | None = None,
    crash_on_pie: bool = False,
    fail_on_new_notify: bool = False,
    seen: list[dict[str, Any]] | None = None,
) -> Starlette:
    """A Sinch handler whose answers (and faults) the test chooses."""

    async def callback(request: Request) -> Response:
        body = await request.body()
        if checks_signature:
            try:
                verify(request.method, request.url.path, request.headers, body, key=KEY, secret=SECRET)
            except InvalidSignature as exc:
                return JSONResponse({"error": exc.reason}, status_code=401)
        try:
            parse(body)
            event = json.loads(body)
        except ValueError:
            return JSONResponse({"error": "not a callback"}, status_code=400)
        if seen is not None:
            seen.append(event)
        kind = event["event"]
        if kind == "pie" and crash_on_pie and event["menuResult"]["type"] == "return":
            raise KeyError(event["menuResult"]["value"])  # a menu choice the code does not expect
        if kind == "notify" and fail_on_new_notify and event["type"] not in ("recording_available", "amd"):
            return Response("unknown notification", status_code=500)
        answer = {"ice": ice, "ace": ace or {"action": {"name": "continue"}}, "pie": pie}.get(kind)
        return JSONResponse(answer) if answer is not None else Response(status_code=200)

    return Starlette(routes=[Route(PATH, callback, methods=["POST"])])


def run_sinch(app: Any, **options: Any) -> Results:
    return check_webhooks(
        "sinch-voice", app=app, path=PATH, key=KEY, secret=SECRET, max_examples=2, **options
    )


def failures(results: Results, check: str) -> list[str]:
    return [str(failure) for failure in results.failures if failure.check == check]


def test_a_menu_handler_that_conforms_gets_every_pie_result() -> None:
    seen: list[dict[str, Any]] = []
    results = run_sinch(sinch_app(ice={"action": MENU}, pie=HANGUP, seen=seen))
    assert results.failures == []
    pies = [event for event in seen if event["event"] == "pie" and event.get("applicationKey") == KEY]
    kinds = {event["menuResult"]["type"] for event in pies}
    assert kinds >= {"sequence", "return", "timeout", "invalidinput"}
    assert {event["menuResult"]["value"] for event in pies if event["menuResult"]["type"] == "return"} == {
        "sales"
    }
    # every call carries its callid and custom from ICE to DICE, with timestamps moving forward
    calls: dict[str, list[dict[str, Any]]] = {}
    for event in seen:
        if "callid" in event and event["event"] in ("ice", "pie", "dice"):
            calls.setdefault(event["callid"], []).append(event)
    flows = [events for events in calls.values() if [e["event"] for e in events] == ["ice", "pie", "dice"]]
    assert len(flows) >= 4
    for flow in flows:
        assert len({event.get("custom") for event in flow}) == 1
        stamps = [event["timestamp"] for event in flow]
        assert stamps == sorted(stamps)


def test_no_signature_check_fails_verifies_signatures() -> None:
    results = run_sinch(sinch_app(checks_signature=False, ice=HANGUP))
    found = failures(results, "verifies-signatures")
    assert len(found) == 5 * 8  # every forgery, for each of the five webhooks
    assert any("accepted a callback with forged signature (status 200)" in item for item in found)
    assert any("stale timestamp" in item for item in found)
    assert any("wrong Basic password" in item for item in found)
    assert "case='verifies-signatures/" in found[0]
    assert failures(results, "contract") == []


def test_an_invalid_svaml_action_is_named() -> None:
    results = run_sinch(sinch_app(ice={"action": {"name": "dance"}}))
    found = failures(results, "contract")
    assert found
    assert "action 'dance' is not allowed in an answer to ICE" in found[0]
    assert "sent:   example/ice/IceExample" in str(results.failures[0]) or "sent:" in found[0]


def test_an_action_sinch_refuses_for_the_event_is_named() -> None:
    # `continue` is an ACE/PIE action; ICE does not take it; DICE takes nothing but hangup
    results = run_sinch(sinch_app(ice={"action": {"name": "continue"}}, ace=HANGUP))
    assert any(
        "action 'continue' is not allowed in an answer to ICE" in item
        for item in failures(results, "contract")
    )


def test_a_menu_referring_to_an_undefined_menu_is_named() -> None:
    broken = {**MENU, "menus": [{**MENU["menus"][0]}]}  # `menu(support)` refers to a menu no longer defined
    results = run_sinch(sinch_app(ice={"action": broken}, pie=HANGUP))
    assert any(
        "goes to menu 'support', which runMenu does not define" in item
        for item in failures(results, "contract")
    )


def test_a_pie_that_crashes_the_handler_fails_the_scenario() -> None:
    results = run_sinch(sinch_app(ice={"action": MENU}, pie=HANGUP, crash_on_pie=True))
    found = failures(results, "scenarios")
    assert found
    assert all("ICE -> PIE" in item for item in found)
    assert any("server error 500: the handler failed on a well-formed pie event" in item for item in found)
    assert any('"type": "return"' in item and '"value": "sales"' in item for item in found)
    assert all("/return" in failure.case for failure in results.failures if failure.check == "scenarios")


def test_a_500_on_a_new_notify_type_fails_tolerant() -> None:
    results = run_sinch(sinch_app(ice=HANGUP, fail_on_new_notify=True))
    found = [str(failure) for failure in results.failures if failure.webhook == "notify"]
    assert any("voicespec-new-value" in item and "server error 500" in item for item in found)
    assert {failure.check for failure in results.failures} <= {"contract", "tolerant"}
    assert "tolerant" in {failure.check for failure in results.failures}


def test_a_dice_answered_with_instructions_is_refused() -> None:
    async def callback(request: Request) -> Response:
        event = json.loads(await request.body())
        answer = HANGUP if event["event"] != "dice" else {"instructions": [{"name": "say", "text": "Bye"}]}
        return JSONResponse(answer)

    app = Starlette(routes=[Route(PATH, callback, methods=["POST"])])
    results = run_sinch(app, case="contract/example/dice")
    assert results.cases == 1
    assert "instruction 'say' is not allowed in an answer to DICE (allowed: none)" in str(results.failures[0])


def test_a_slow_handler_fails_the_timeout() -> None:
    async def callback(request: Request) -> Response:
        await asyncio.sleep(0.3)
        return JSONResponse(HANGUP)

    app = Starlette(routes=[Route(PATH, callback, methods=["POST"])])
    results = run_sinch(app, case="contract/example/ice", timeout=0.2)
    assert "beyond the 0.2s the provider waits" in str(results.failures[0])


def test_a_500_on_a_malformed_body_fails_malformed_bodies() -> None:
    async def callback(request: Request) -> Response:
        event = json.loads(await request.body())  # raises on anything that is not JSON: a 500
        return JSONResponse(HANGUP if event.get("event") == "ice" else {})

    app = Starlette(routes=[Route(PATH, callback, methods=["POST"])])
    results = run_sinch(app, case="malformed-bodies")
    found = failures(results, "malformed-bodies")
    assert any(
        "server error 500 on not JSON: a malformed body must get a 4xx, never a 5xx" in item for item in found
    )


def test_a_wsgi_app_is_driven_in_process() -> None:
    def wsgi(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "application/json")])
        return [json.dumps(HANGUP).encode()]

    results = run_sinch(wsgi, case="contract/example/ice")
    assert results.cases == 1
    assert results.ok


# --- EnableX ------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def enablex_app(api_url: str, *, ignore_after_disconnect: bool = False, bad_play: bool = False) -> Starlette:
    """An EnableX IVR handler: accept, play a menu, hang up; optionally with one of two faults."""
    state = {"ended": False}

    async def event_url(request: Request) -> Response:
        event = json.loads(await request.body())
        if ignore_after_disconnect and state["ended"]:
            return JSONResponse({"error": "no active call"}, status_code=404)
        voice_id, call_state = event.get("voice_id"), event.get("state")
        async with httpx.AsyncClient(base_url=api_url, auth=("app-id", "app-key")) as api:
            if call_state == "incomingcall":
                await api.put(f"/voice/v1/call/{voice_id}/accept")
            elif call_state == "connected":
                play = (
                    {"text": 5, "voice": "female"}
                    if bad_play
                    else {"text": "Hi", "voice": "female", "dtmf": True}
                )
                await api.put(f"/voice/v1/call/{voice_id}/play", json=play)
            elif event.get("playstate") == "digitcollected":
                await api.delete(f"/voice/v1/call/{voice_id}")
        if call_state == "disconnected":
            state["ended"] = True
        return JSONResponse({})

    return Starlette(routes=[Route("/event", event_url, methods=["POST"])])


def run_enablex(app: Starlette, port: int) -> Results:
    return check_webhooks("enablex-voice", app=app, path="/event", api_port=port, case="scenarios")


def test_an_enablex_ivr_that_conforms_runs_whole_calls() -> None:
    port = free_port()
    results = run_enablex(enablex_app(f"http://127.0.0.1:{port}"), port)
    assert results.failures == []
    assert (
        results.outcome("playState", "scenarios").cases == 6
    )  # initiated + digitcollected in each of 3 calls
    assert results.outcome("callState", "scenarios").cases == 9  # incomingcall, connected, disconnected


def test_enablex_events_ignored_after_disconnected_are_caught() -> None:
    port = free_port()
    results = run_enablex(enablex_app(f"http://127.0.0.1:{port}", ignore_after_disconnect=True), port)
    found = failures(results, "scenarios")
    assert len(found) == 2  # calls 2 and 3
    assert "call 2" in found[0]
    assert "incomingcall" in found[0]
    assert "status 404: a well-formed callState event must get a 2xx" in found[0]
    # its repeat command runs call 2 after call 1, so the failure shows again
    again = check_webhooks(
        "enablex-voice",
        app=enablex_app(f"http://127.0.0.1:{port}", ignore_after_disconnect=True),
        path="/event",
        api_port=port,
        case="scenarios/inbound-call-2",
    )
    assert [failure.case for failure in again.failures] == ["scenarios/inbound-call-2"]


def test_an_enablex_rest_call_with_an_invalid_body_is_caught() -> None:
    port = free_port()
    results = run_enablex(enablex_app(f"http://127.0.0.1:{port}", bad_play=True), port)
    found = failures(results, "scenarios")
    assert len(found) == 3
    assert "REST call PUT /voice/v1/call/" in found[0]
    assert "(playPrompt) refused by the spec: 400" in found[0]
    assert "connected" in found[0]


def test_an_enablex_handler_that_does_not_decrypt_fails_verifies_envelopes() -> None:
    async def event_url(request: Request) -> Response:
        return JSONResponse({})  # accepts anything, encrypted or not, without reading it

    app = Starlette(routes=[Route("/event", event_url, methods=["POST"])])
    results = check_webhooks("enablex-voice", app=app, path="/event", key="example-app-id", max_examples=1)
    found = failures(results, "verifies-envelopes")
    assert any("accepted a callback with envelope encrypted with another app ID" in item for item in found)
    assert any("envelope altered in transit" in item for item in found)
    assert failures(results, "malformed-bodies")  # `{}` to a body that is not JSON is not a 4xx


# --- the command line: exit codes ---------------------------------------------------------------------------


def test_the_command_exits_1_for_a_broken_handler_over_http(capsys: pytest.CaptureFixture[str]) -> None:
    with ServerThread(sinch_app(checks_signature=False, ice=HANGUP)) as url:
        code = main(
            [
                "webhooks",
                "sinch-voice",
                "--url",
                url + PATH,
                "--key",
                KEY,
                "--secret",
                SECRET,
                "--max-examples",
                "1",
                "--case",
                "verifies-signatures/ice",
            ]
        )
    out = capsys.readouterr()
    assert code == 1
    assert "the handler does not conform" in out.out
    assert "FAIL verifies-signatures verifies-signatures/ice/unsigned" in out.err
    assert f"repeat: voicespec webhooks sinch-voice --url {url}{PATH} --key {KEY} --secret $SECRET" in out.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["symbl-telephony", "--url", "http://127.0.0.1:9/x"], "documents no webhooks"),
        (["sinch-voice", "--url", "http://127.0.0.1:9/x"], "give the application key and secret"),
        (
            ["sinch-voice", "--url", "http://127.0.0.1:9/x", "--key", KEY, "--secret", "not base64!"],
            "--secret",
        ),
        (["no-such-provider", "--url", "http://127.0.0.1:9/x"], "unknown provider"),
        (["sinch-voice", "--url", "ftp://example.com/", "--key", KEY, "--secret", SECRET], "http(s) URL"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["webhooks", *argv]) == 2
    assert message in capsys.readouterr().err


def test_an_unreachable_url_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()  # closed again: nothing listens there
    code = main(
        ["webhooks", "sinch-voice", "--url", f"http://127.0.0.1:{port}/cb", "--key", KEY, "--secret", SECRET]
    )
    assert code == 2
    assert "cannot reach" in capsys.readouterr().err


def test_the_same_seed_sends_the_same_events() -> None:
    seen: list[list[dict[str, Any]]] = [[], [], []]
    for run, seed in zip(seen, (7, 7, 8), strict=True):
        run_sinch(sinch_app(ice=HANGUP, seen=run), seed=seed, case="contract/generated")
    assert seen[0] == seen[1]
    assert seen[0] != seen[2]


def test_a_crash_over_http_is_reported_once_not_on_the_next_request() -> None:
    # uvicorn closes the connection after a crashed answer; the next event must not pay for it
    app = sinch_app(ice={"action": MENU}, pie=HANGUP, crash_on_pie=True)
    with ServerThread(app) as url:
        results = check_webhooks(
            "sinch-voice", url=url + PATH, key=KEY, secret=SECRET, max_examples=1, case="scenarios"
        )
    assert results.failures
    assert all(failure.webhook == "pie" for failure in results.failures)
    assert all("server error 500" in failure.why for failure in results.failures)


def test_an_in_process_handler_that_never_answers_does_not_hold_the_run() -> None:
    async def callback(request: Request) -> Response:
        await asyncio.sleep(30)
        return Response(status_code=200)

    app = Starlette(routes=[Route(PATH, callback, methods=["POST"])])
    results = run_sinch(app, case="contract/example/ice", timeout=0.1)
    assert "no answer (no answer within 0.2s)" in str(results.failures[0])


def test_a_case_that_matches_nothing_fails_and_says_so() -> None:
    results = run_sinch(sinch_app(ice=HANGUP), case="contract/no-such-case")
    assert results.cases == 0
    assert not results.ok
    assert results.notes == ["no case ran: --case 'contract/no-such-case' matches no case"]


def test_an_api_port_in_use_is_a_usage_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        app = enablex_app(f"http://127.0.0.1:{port}")
        with pytest.raises(UsageError, match=f"--api-port {port}: cannot serve the REST API there"):
            check_webhooks("enablex-voice", app=app, path="/event", api_port=port, case="scenarios")


def test_case_repeats_exactly_one_scenario_call() -> None:
    seen: list[dict[str, Any]] = []
    app = sinch_app(ice={"action": MENU}, pie=HANGUP, crash_on_pie=True, seen=seen)
    results = run_sinch(app, case="scenarios/example/ice/IceExample/return")
    assert [event["event"] for event in seen] == ["ice", "pie"]
    assert seen[1]["menuResult"]["type"] == "return"
    assert [failure.case for failure in results.failures] == ["scenarios/example/ice/IceExample/return"]
