from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_control_response_status import CallControlResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallControlResponse")


@_attrs_define
class CallControlResponse:
    """Standard response of the call-control routes `forwardCall` and `holdCall`.

    Attributes:
        voice_id (UUID): Identifier of the voice call.
        status (CallControlResponseStatus): Outcome of the request.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        from_ (str | Unset): The originating number used as CLI.
        to (str | Unset): The destination number.
    """

    voice_id: UUID
    status: CallControlResponseStatus
    timestamp: datetime.datetime
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        status = self.status.value

        timestamp = self.timestamp.isoformat()

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "status": status,
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

        status = CallControlResponseStatus(d.pop("status"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        call_control_response = cls(
            voice_id=voice_id,
            status=status,
            timestamp=timestamp,
            from_=from_,
            to=to,
        )

        call_control_response.additional_properties = d
        return call_control_response

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
