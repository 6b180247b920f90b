from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.play_state import PlayState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayResponse")


@_attrs_define
class PlayResponse:
    """Response of `playPrompt`. Later play states are delivered as `PlayStateEvent` webhooks.

    Attributes:
        voice_id (UUID): Identifier of the call.
        playstate (PlayState): State of the current play action.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        from_ (str | Unset): The originating number (CLI).
        to (str | Unset): The called number.
    """

    voice_id: UUID
    playstate: PlayState
    timestamp: datetime.datetime
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        playstate = self.playstate.value

        timestamp = self.timestamp.isoformat()

        from_ = self.from_

        to = self.to

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        playstate = PlayState(d.pop("playstate"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        play_response = cls(
            voice_id=voice_id,
            playstate=playstate,
            timestamp=timestamp,
            from_=from_,
            to=to,
        )

        play_response.additional_properties = d
        return play_response

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
