from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hang_up_response_state import HangUpResponseState
from ..types import UNSET, Unset

T = TypeVar("T", bound="HangUpResponse")


@_attrs_define
class HangUpResponse:
    """Response of `hangUpCall`.

    Attributes:
        voice_id (UUID): Identifier of the voice call.
        state (HangUpResponseState): Outcome of the hang-up request.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        from_ (str | Unset): The originating number used as CLI.
        to (str | Unset): The destination number.
    """

    voice_id: UUID
    state: HangUpResponseState
    timestamp: datetime.datetime
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        timestamp = self.timestamp.isoformat()

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
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        state = HangUpResponseState(d.pop("state"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        hang_up_response = cls(
            voice_id=voice_id,
            state=state,
            timestamp=timestamp,
            from_=from_,
            to=to,
        )

        hang_up_response.additional_properties = d
        return hang_up_response

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
