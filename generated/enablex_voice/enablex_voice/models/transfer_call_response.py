from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_call_response_status import TransferCallResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCallResponse")


@_attrs_define
class TransferCallResponse:
    """Response of `transferCall`.

    Attributes:
        voice_id (UUID): Identifier of the voice call.
        status (TransferCallResponseStatus): State of the transfer request.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        from_ (str | Unset): The originating number used as CLI.
        to (str | Unset): The number the call leg is transferred to.
        channel_id (str | Unset): Identifier of the channel.
    """

    voice_id: UUID
    status: TransferCallResponseStatus
    timestamp: datetime.datetime
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        status = self.status.value

        timestamp = self.timestamp.isoformat()

        from_ = self.from_

        to = self.to

        channel_id = self.channel_id

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
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        status = TransferCallResponseStatus(d.pop("status"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        transfer_call_response = cls(
            voice_id=voice_id,
            status=status,
            timestamp=timestamp,
            from_=from_,
            to=to,
            channel_id=channel_id,
        )

        transfer_call_response.additional_properties = d
        return transfer_call_response

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
