from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dtmf_collected_event_state import DtmfCollectedEventState

T = TypeVar("T", bound="DtmfCollectedEvent")


@_attrs_define
class DtmfCollectedEvent:
    """DTMF event (webhook `dtmfCollected`), recognised by `state: dtmfcollected`. Received only after the
    call is bridged; distinct from the `digitcollected` play state of a voice menu.

        Attributes:
            voice_id (UUID): Identifier of the call.
            state (DtmfCollectedEventState): Always `dtmfcollected`.
            digit (str): The DTMF digits pressed by the user.
            timestamp (datetime.datetime): UTC time at which the event was generated.
    """

    voice_id: UUID
    state: DtmfCollectedEventState
    digit: str
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        digit = self.digit

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "state": state,
                "digit": digit,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        state = DtmfCollectedEventState(d.pop("state"))

        digit = d.pop("digit")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        dtmf_collected_event = cls(
            voice_id=voice_id,
            state=state,
            digit=digit,
            timestamp=timestamp,
        )

        dtmf_collected_event.additional_properties = d
        return dtmf_collected_event

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
