from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_details_direction import CallDetailsDirection
from ..models.call_details_state import CallDetailsState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallDetails")


@_attrs_define
class CallDetails:
    """Response of `getCall`, the live details of a call.

    Attributes:
        voice_id (UUID): Identifier of the voice call.
        state (CallDetailsState): State of the call after the current action.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        direction (CallDetailsDirection | Unset): Direction of the call.
        from_ (str | Unset): The originating number (typically the configured number) used as CLI.
        to (str | Unset): The destination number.
    """

    voice_id: UUID
    state: CallDetailsState
    timestamp: datetime.datetime
    direction: CallDetailsDirection | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        timestamp = self.timestamp.isoformat()

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "state": state,
                "timestamp": timestamp,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        state = CallDetailsState(d.pop("state"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        _direction = d.pop("direction", UNSET)
        direction: CallDetailsDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CallDetailsDirection(_direction)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        call_details = cls(
            voice_id=voice_id,
            state=state,
            timestamp=timestamp,
            direction=direction,
            from_=from_,
            to=to,
        )

        call_details.additional_properties = d
        return call_details

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
