"""Sinch's rules for the SVAML that answers each callback, beyond the JSON schema.

Which actions each callback's answer may carry is the table of
https://developers.sinch.com/docs/voice/api-reference/svaml (ICE, ACE, PIE columns); the spec's DICE
answer (`DiceResponse`) allows no instruction and only `hangup`. Which instructions each may carry follows
Sinch's Node SDK types `IceSvamlInstruction`, `AceSvamlInstruction`, `PieSvamlInstruction`
(https://developers.sinch.com/sdk/sinch-sdk-node/1.5.0/types/Voice.IceSvamlInstruction.html and the
Ace/Pie pages beside it). A `runMenu` must define the menus it refers to: `mainMenu` (else a menu `main`,
which the spec's `Menu.id` requires) and every `menu(<id>)` option.

Names are compared without regard to letter case (`canonical`): Sinch's servers accept `connectconf` or
`ConnectConf` for `connectConf` (specs/sinch-voice/CHANGES.md 12.8 and its evidence), so a handler
answering so is not at fault, although the spec writes the camelCase names.
"""

from __future__ import annotations

import re
from typing import Any

ACTIONS: dict[str, frozenset[str]] = {
    "ice": frozenset(
        {
            "hangup",
            "connectPstn",
            "connectMxp",
            "connectConf",
            "connectSip",
            "connectStream",
            "runMenu",
            "park",
        }
    ),
    "ace": frozenset({"hangup", "continue", "connectConf", "runMenu"}),
    "pie": frozenset({"hangup", "continue", "connectPstn", "connectConf", "connectSip", "runMenu"}),
    "dice": frozenset({"hangup"}),
}
INSTRUCTIONS: dict[str, frozenset[str]] = {
    "ice": frozenset({"playFiles", "say", "sendDtmf", "setCookie", "startRecording", "answer"}),
    "ace": frozenset({"playFiles", "say", "setCookie", "startRecording"}),
    "pie": frozenset({"playFiles", "say", "sendDtmf", "setCookie", "startRecording", "stopRecording"}),
    "dice": frozenset(),
}
_CANONICAL = {name.lower(): name for names in (*ACTIONS.values(), *INSTRUCTIONS.values()) for name in names}
_MENU_REFERENCE = re.compile(r"^menu\((.*)\)$")
_RETURN = re.compile(r"^return\((.*)\)$")


def _renamed(item: Any) -> Any:
    if isinstance(item, dict) and isinstance(item.get("name"), str):
        return {**item, "name": _CANONICAL.get(item["name"].lower(), item["name"])}
    return item


def canonical(answer: Any) -> Any:
    """`answer` with action and instruction names in the spec's letter case, where they match one."""
    if not isinstance(answer, dict):
        return answer
    result = dict(answer)
    if "action" in result:
        result["action"] = _renamed(result["action"])
    if isinstance(result.get("instructions"), list):
        result["instructions"] = [_renamed(item) for item in result["instructions"]]
    return result


def _names(items: Any) -> list[str]:
    return (
        [str(item.get("name")) for item in items if isinstance(item, dict)] if isinstance(items, list) else []
    )


def svaml_problems(event: str, answer: Any) -> list[str]:
    """What Sinch would refuse in `answer` to a callback of kind `event` (ice, ace, pie, dice)."""
    if event not in ACTIONS or not isinstance(answer, dict):
        return []
    problems = []
    action = answer.get("action")
    name = action.get("name") if isinstance(action, dict) else None
    allowed = ACTIONS[event]
    if action is not None and name not in allowed:
        known = ", ".join(sorted(allowed))
        problems.append(f"action {name!r} is not allowed in an answer to {event.upper()} (allowed: {known})")
    for instruction in _names(answer.get("instructions")):
        if instruction not in INSTRUCTIONS[event]:
            known = ", ".join(sorted(INSTRUCTIONS[event])) or "none"
            problems.append(
                f"instruction {instruction!r} is not allowed in an answer to {event.upper()} "
                f"(allowed: {known})"
            )
    if name == "runMenu" and isinstance(action, dict):
        problems += menu_problems(action)
    return problems


def menu_ids(action: dict[str, Any]) -> list[str]:
    menus = action.get("menus")
    return (
        [str(menu.get("id")) for menu in menus if isinstance(menu, dict)] if isinstance(menus, list) else []
    )


def main_menu(action: dict[str, Any]) -> str:
    return str(action.get("mainMenu") or "main")


def menu_problems(action: dict[str, Any]) -> list[str]:
    ids = menu_ids(action)
    problems = []
    if not ids:
        problems.append("runMenu defines no menus")
    elif main_menu(action) not in ids:
        problems.append(
            f"runMenu starts with menu {main_menu(action)!r}, which it does not define (menus: {ids})"
        )
    for menu in action.get("menus") or []:
        for option in (menu.get("options") or []) if isinstance(menu, dict) else []:
            match = _MENU_REFERENCE.match(str(option.get("action", ""))) if isinstance(option, dict) else None
            if match and match.group(1) not in ids:
                problems.append(
                    f"menu {menu.get('id')!r} option {option.get('dtmf')!r} goes to menu {match.group(1)!r}, "
                    f"which runMenu does not define (menus: {ids})"
                )
    return problems


def returns(action: dict[str, Any]) -> list[tuple[str, str]]:
    """(menu id, value) of every `return(<value>)` option of a runMenu."""
    found = []
    for menu in action.get("menus") or []:
        for option in (menu.get("options") or []) if isinstance(menu, dict) else []:
            match = _RETURN.match(str(option.get("action", ""))) if isinstance(option, dict) else None
            if match:
                found.append((str(menu.get("id")), match.group(1)))
    return found
