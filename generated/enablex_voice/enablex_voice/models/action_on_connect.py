from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionOnConnect")


@_attrs_define
class ActionOnConnect:
    """What to do once the called party answers: `play` a prompt or text-to-speech, `connect` (bridge) the
    call to another number, or join a video `room` as a participant.

        Attributes:
            play (PlayAdvancedTextToSpeech | PlayPrompt | PlayTextToSpeech | Unset): The prompt to play: a pre-recorded
                prompt (`prompt_name`), text-to-speech (`text`), or the advanced
                text-to-speech options (`text_to_speech_option`). The API has no type field, so this is a `oneOf`
                without `discriminator`: the variants are told apart by which of these three keys is present, and
                each variant is closed against the other two keys, so a payload matches exactly one variant.
            connect (BridgeCallRequest | Unset): Request body of `bridgeCall`, and the `connect` action of
                `action_on_connect`.
            room (RoomAction | Unset): Join the call to a video room as a participant.
    """

    play: PlayAdvancedTextToSpeech | PlayPrompt | PlayTextToSpeech | Unset = UNSET
    connect: BridgeCallRequest | Unset = UNSET
    room: RoomAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        play: dict[str, Any] | Unset
        if isinstance(self.play, Unset):
            play = UNSET
        elif isinstance(self.play, PlayPrompt):
            play = self.play.to_dict()
        elif isinstance(self.play, PlayTextToSpeech):
            play = self.play.to_dict()
        else:
            play = self.play.to_dict()

        connect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connect, Unset):
            connect = self.connect.to_dict()

        room: dict[str, Any] | Unset = UNSET
        if not isinstance(self.room, Unset):
            room = self.room.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if play is not UNSET:
            field_dict["play"] = play
        if connect is not UNSET:
            field_dict["connect"] = connect
        if room is not UNSET:
            field_dict["room"] = room

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_play(data: object) -> PlayAdvancedTextToSpeech | PlayPrompt | PlayTextToSpeech | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                play_type_0 = PlayPrompt.from_dict(data)

                return play_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                play_type_1 = PlayTextToSpeech.from_dict(data)

                return play_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            play_type_2 = PlayAdvancedTextToSpeech.from_dict(data)

            return play_type_2

        play = _parse_play(d.pop("play", UNSET))

        _connect = d.pop("connect", UNSET)
        connect: BridgeCallRequest | Unset
        if isinstance(_connect, Unset):
            connect = UNSET
        else:
            connect = BridgeCallRequest.from_dict(_connect)

        _room = d.pop("room", UNSET)
        room: RoomAction | Unset
        if isinstance(_room, Unset):
            room = UNSET
        else:
            room = RoomAction.from_dict(_room)

        action_on_connect = cls(
            play=play,
            connect=connect,
            room=room,
        )

        action_on_connect.additional_properties = d
        return action_on_connect

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


# Imported here, after the class, because these models may import this one.
from ..models.bridge_call_request import BridgeCallRequest  # noqa: E402
from ..models.play_advanced_text_to_speech import PlayAdvancedTextToSpeech  # noqa: E402
from ..models.play_prompt import PlayPrompt  # noqa: E402
from ..models.play_text_to_speech import PlayTextToSpeech  # noqa: E402
from ..models.room_action import RoomAction  # noqa: E402
