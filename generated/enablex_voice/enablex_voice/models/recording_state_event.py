from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_state import RecordingState

T = TypeVar("T", bound="RecordingStateEvent")


@_attrs_define
class RecordingStateEvent:
    """Recording event (webhook `recordingState`), recognised by a `state` of `started` or `completed`, or of
    `failed` together with `description` and without `from`/`to` (a `failed` with `from`/`to` is a
    `CallStateEvent`).

        Attributes:
            voice_id (UUID): Identifier of the call.
            state (RecordingState): State of a call recording.
            description (str): Description of the recording state, for example `Recording Started` or `Recording Completed`.
            timestamp (datetime.datetime): UTC time at which the event was generated.
    """

    voice_id: UUID
    state: RecordingState
    description: str
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        description = self.description

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "state": state,
                "description": description,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        state = RecordingState(d.pop("state"))

        description = d.pop("description")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        recording_state_event = cls(
            voice_id=voice_id,
            state=state,
            description=description,
            timestamp=timestamp,
        )

        recording_state_event.additional_properties = d
        return recording_state_event

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
