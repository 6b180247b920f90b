"""Sinch call scenarios: a whole call driven by the handler's own SVAML.

ICE first; its action decides what Sinch does next: a `connect*` action rings the callee, who answers
(ACE for the same `callid`); `runMenu` plays the menu and the caller's input comes back as a PIE whose
result names a menu and option the SVAML defined (`sequence`, `return`, `timeout`, `invalidinput`, one
call each); anything else ends the call. Every call ends with DICE. `callid`, `custom` and the
application key are carried along, and timestamps move forward.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from voicespec.webhooks.contract import contract_problems, decoded
from voicespec.webhooks.events import Event
from voicespec.webhooks.session import Session
from voicespec.webhooks.sinch_profile import SinchProfile
from voicespec.webhooks.svaml import main_menu, menu_ids, returns

CONNECTS = frozenset({"connectPstn", "connectMxp", "connectSip", "connectConf"})
PIE_KINDS = ("sequence", "return", "timeout", "invalidinput")
_MAX_STEPS = 8  # a handler that answers every PIE with another menu still ends


def _timestamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def pie_result(action: dict[str, Any], kind: str) -> dict[str, Any] | None:
    """The menu result of `kind` for a runMenu `action`, or None if the menu offers no such input."""
    main = main_menu(action)
    if kind == "return":
        found = returns(action)
        if not found:
            return None
        menu, value = found[0]
        return {"menuId": menu, "type": "return", "value": value, "inputMethod": "dtmf"}
    if kind == "sequence":
        menus = [
            menu for menu in action.get("menus") or [] if isinstance(menu, dict) and menu.get("id") == main
        ]
        digits = int(menus[0].get("maxDigits") or 1) if menus else 1
        return {
            "menuId": main,
            "type": "sequence",
            "value": "1" * max(min(digits, 8), 1),
            "inputMethod": "dtmf",
        }
    if kind == "invalidinput":
        return {"menuId": main, "type": "invalidinput", "value": "#", "inputMethod": "dtmf"}
    return {"menuId": main, "type": kind, "inputMethod": "dtmf"}


class SinchCalls:
    """Runs calls against the handler and records each step under the `scenarios` check."""

    def __init__(self, session: Session, profile: SinchProfile, rng: random.Random) -> None:
        self.session, self.profile, self.results, self.rng = session, profile, session.results, rng

    def run(self, ices: list[Event]) -> None:
        for ice in ices:
            kinds = self.call(ice, PIE_KINDS[0])
            for kind in kinds[1:]:
                self.call(ice, kind)

    def call(self, ice: Event, pie_kind: str) -> list[str]:
        """One call from `ice`; returns the PIE kinds its first menu offers (empty: no menu)."""
        case = f"scenarios/{ice.name}/{pie_kind}"
        if not self.session.wanted(case):
            return list(PIE_KINDS)  # not run: the other kinds are each tried (and filtered) in turn
        callid = self.rng.randbytes(16).hex()
        custom = str(ice.body.get("custom") or f"voicespec-{callid[:8]}")
        moment = datetime.now(UTC).replace(tzinfo=None)
        common = {"callid": callid, "version": 1, "custom": custom}
        body: dict[str, Any] = {**ice.body, **common, "timestamp": _timestamp(moment)}
        webhook, answered, pies = "ice", False, 0
        offered: list[str] = []
        trail: list[str] = []
        for _step in range(_MAX_STEPS):
            answer = self.session.send(self.profile.encode(self.profile.validated(webhook, body)))
            trail.append(webhook.upper())
            problems = contract_problems(self.profile, webhook, answer)
            detail = f"{' -> '.join(trail)} of call {callid}: {self.profile.encode(body).decode()[:400]}"
            if not self.results.record(webhook, "scenarios", case, detail, answer, reasons=problems):
                return offered
            if webhook == "dice":
                return offered
            svaml = self.profile.canonical_answer(decoded(answer))
            action = svaml.get("action") if isinstance(svaml, dict) else None
            name = action.get("name") if isinstance(action, dict) else None
            moment += timedelta(seconds=3)
            stamp = {**common, "timestamp": _timestamp(moment), "applicationKey": self.profile.key}
            if name == "runMenu" and isinstance(action, dict) and menu_ids(action):
                pies += 1
                if not offered:
                    offered = [kind for kind in PIE_KINDS if pie_result(action, kind) is not None]
                result = pie_result(action, pie_kind if pies == 1 else "timeout")
                if pies > 2 or result is None:  # the caller hangs up in the menu
                    result = {"menuId": main_menu(action), "type": "hangup", "inputMethod": "dtmf"}
                webhook, body = "pie", {"event": "pie", **stamp, "menuResult": result}
            elif name in CONNECTS and webhook != "ace":
                webhook, body, answered = "ace", {"event": "ace", **stamp}, True
            else:
                webhook, body = "dice", self._dice(ice.body, stamp, answered or webhook == "ace")
        return offered

    def _dice(self, ice: dict[str, Any], stamp: dict[str, Any], answered: bool) -> dict[str, Any]:
        dice = {
            "event": "dice",
            **stamp,
            "reason": "CALLERHANGUP" if answered else "CALLEEHANGUP",
            "result": "ANSWERED" if answered else "NOANSWER",
            "duration": self.rng.randint(1, 300) if answered else 0,
        }
        if "to" in ice:
            dice["to"] = ice["to"]
        if isinstance(ice.get("cli"), str):
            dice["from"] = ice["cli"]
        return dice
