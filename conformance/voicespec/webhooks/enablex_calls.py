"""EnableX call scenarios: events in the order the spec's state descriptions give (`CallState`,
`PlayState`), following the handler's REST calls.

An inbound call: `incomingcall`; if the handler accepts it (`acceptCall`) the call is `connected`, else the
caller gives up (`disconnected`). Each prompt the handler plays (`playPrompt`) is reported `initiated`,
then `digitcollected` (the caller presses 1) when it asked for DTMF, else `playfinished`. A bridge
(`bridgeCall`) is `bridging` then `bridged`; a hang-up (`hangUpCall`) or the caller's hang-up ends the
call with `disconnected`. Several calls run one after another, so a handler must keep working after a
call ended. Every answer must be a 2xx in time, and every REST call valid for the spec and for this call.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from voicespec.webhooks.contract import contract_problems
from voicespec.webhooks.enablex_api import ApiCall, rest_problems
from voicespec.webhooks.enablex_profile import EnablexProfile
from voicespec.webhooks.session import Session

_MAX_STEPS = 12
CALLS = 3  # calls per run: enough to see a handler that stops working once a call has ended


class EnablexCalls:
    def __init__(self, session: Session, profile: EnablexProfile, rng: random.Random) -> None:
        self.session, self.profile, self.results, self.rng = session, profile, session.results, rng
        self.api = session.api

    def run(self) -> None:
        if self.api is None:
            self.results.notes.append(
                "EnableX scenarios ran without the REST API (no --api-port): the handler's REST calls were "
                "not checked and no call was accepted"
            )
        # A call is repeated (`--case`) together with the calls before it: the handler's state after them
        # may be what fails it.
        wanted = [number for number in range(1, CALLS + 1) if self.session.wanted(self._case(number))]
        for number in range(1, max(wanted, default=0) + 1):
            self.call(self._case(number), number)

    @staticmethod
    def _case(number: int) -> str:
        return f"scenarios/inbound-call-{number}"

    def _number(self) -> str:
        return "1555" + "".join(str(self.rng.randint(0, 9)) for _ in range(7))

    def call(self, case: str, number: int) -> None:
        voice_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        parties = {"voice_id": voice_id, "from": self._number(), "to": self._number()}
        moment = datetime.now(UTC)
        queue: list[tuple[str, dict[str, Any]]] = [
            ("callState", {**parties, "state": "incomingcall", "channel_id": f"channel-{number}"})
        ]
        connected = ended = False
        trail: list[str] = []
        for _step in range(_MAX_STEPS):
            if not queue:
                if ended:
                    return
                queue.append(
                    (
                        "callState",
                        {**parties, "state": "disconnected", "disconnect_reason": "Normal Clearing"},
                    )
                )
            webhook, event = queue.pop(0)
            moment += timedelta(seconds=2)
            event["timestamp"] = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
            label = str(event.get("state") or event.get("playstate"))
            trail.append(label)
            ended = ended or label == "disconnected"
            mark = self.api.mark() if self.api else 0
            answer = self.session.send(self.profile.encode(self.profile.validated(webhook, event)))
            calls = self.api.since(mark) if self.api else []
            problems = contract_problems(self.profile, webhook, answer) + rest_problems(calls, voice_id)
            sent = f"call {number} ({voice_id}) {' -> '.join(trail)}: {self.profile.encode(event).decode()}"
            if calls:
                sent += "; handler's REST calls: " + ", ".join(call.describe() for call in calls)
            if not self.results.record(webhook, "scenarios", case, sent, answer, reasons=problems) or ended:
                return
            for call in calls:
                connected = self._follow(call, parties, connected, queue)

    def _follow(self, call: ApiCall, parties: dict[str, Any], connected: bool, queue: list[Any]) -> bool:
        """Queue the events the service sends after a REST call; returns whether the call is connected."""
        if call.refusal():
            return connected
        body = call.json_body() if isinstance(call.json_body(), dict) else {}
        if call.operation == "acceptCall" and not connected:
            queue.append(("callState", {**parties, "state": "connected"}))
            return True
        if call.operation == "playPrompt":
            play = {"voice_id": parties["voice_id"], "prompt_ref": str(body.get("prompt_ref") or "prompt")}
            queue.append(("playState", {**play, "playstate": "initiated", "play_id": f"play-{len(queue)}"}))
            if body.get("dtmf") is True:
                queue.append(("playState", {**play, "playstate": "digitcollected", "digit": "1"}))
            else:
                queue.append(("playState", {**play, "playstate": "playfinished"}))
        elif call.operation == "bridgeCall":
            queue.append(("callState", {**parties, "state": "bridging"}))
            queue.append(("callState", {**parties, "state": "bridged"}))
        elif call.operation == "hangUpCall":
            queue.append(
                ("callState", {**parties, "state": "disconnected", "disconnect_reason": "Normal Clearing"})
            )
        return connected
