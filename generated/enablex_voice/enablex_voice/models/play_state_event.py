from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.play_state import PlayState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayStateEvent")


@_attrs_define
class PlayStateEvent:
    """Play state event (webhook `playState`), recognised by a `playstate` key and no `state` key.
    `digit` is present when `playstate` is `digitcollected`, `play_id` when it is `initiated`, and
    `broadcast_id` on calls of a voice broadcast.

        Attributes:
            voice_id (UUID): Identifier of the call.
            playstate (PlayState): State of the current play action.
            timestamp (datetime.datetime): UTC time at which the event was generated.
            from_ (str | Unset): The originating number of the call.
            to (str | Unset): The destination number of the call.
            prompt_ref (str | Unset): The `prompt_ref` given with the prompt.
            play_id (str | Unset): Identifier of the play request, reported with `playstate: initiated` (EnableX's sample
                applications log
                it). Its format is not documented.
            broadcast_id (str | Unset): Identifier of the voice broadcast the call belongs to, on calls made by the
                broadcast API.
            digit (str | Unset): DTMF digits collected, when `playstate` is `digitcollected`.
    """

    voice_id: UUID
    playstate: PlayState
    timestamp: datetime.datetime
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    prompt_ref: str | Unset = UNSET
    play_id: str | Unset = UNSET
    broadcast_id: str | Unset = UNSET
    digit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        playstate = self.playstate.value

        timestamp = self.timestamp.isoformat()

        from_ = self.from_

        to = self.to

        prompt_ref = self.prompt_ref

        play_id = self.play_id

        broadcast_id = self.broadcast_id

        digit = self.digit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "playstate": playstate,
                "timestamp": timestamp,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if prompt_ref is not UNSET:
            field_dict["prompt_ref"] = prompt_ref
        if play_id is not UNSET:
            field_dict["play_id"] = play_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if digit is not UNSET:
            field_dict["digit"] = digit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        playstate = PlayState(d.pop("playstate"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        prompt_ref = d.pop("prompt_ref", UNSET)

        play_id = d.pop("play_id", UNSET)

        broadcast_id = d.pop("broadcast_id", UNSET)

        digit = d.pop("digit", UNSET)

        play_state_event = cls(
            voice_id=voice_id,
            playstate=playstate,
            timestamp=timestamp,
            from_=from_,
            to=to,
            prompt_ref=prompt_ref,
            play_id=play_id,
            broadcast_id=broadcast_id,
            digit=digit,
        )

        play_state_event.additional_properties = d
        return play_state_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
