from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_response_status import RecordingResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingResponse")


@_attrs_define
class RecordingResponse:
    """Response of `startOrStopRecording`.

    Attributes:
        status (RecordingResponseStatus): Whether the recording request was carried out.
        voice_id (UUID): Identifier of the call.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        from_ (str | Unset): The originating number used as CLI.
        to (str | Unset): The destination number.
        recording_id (str | Unset): Identifier of the recording; use it with `downloadRecording`.
        msg (str | Unset): Description of the failure; blank on success.
    """

    status: RecordingResponseStatus
    voice_id: UUID
    timestamp: datetime.datetime
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    recording_id: str | Unset = UNSET
    msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        voice_id = str(self.voice_id)

        timestamp = self.timestamp.isoformat()

        from_ = self.from_

        to = self.to

        recording_id = self.recording_id

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "voice_id": voice_id,
                "timestamp": timestamp,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = RecordingResponseStatus(d.pop("status"))

        voice_id = UUID(d.pop("voice_id"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        recording_id = d.pop("recording_id", UNSET)

        msg = d.pop("msg", UNSET)

        recording_response = cls(
            status=status,
            voice_id=voice_id,
            timestamp=timestamp,
            from_=from_,
            to=to,
            recording_id=recording_id,
            msg=msg,
        )

        recording_response.additional_properties = d
        return recording_response

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
