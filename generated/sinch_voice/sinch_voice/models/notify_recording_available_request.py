from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifyRecordingAvailableRequest")


@_attrs_define
class NotifyRecordingAvailableRequest:
    """The request body of a Notify Event notifying that a recording is available for download.

    Attributes:
        event (Literal['notify']): Must have the value `notify`.
        type_ (Literal['recording_available']): The type of information communicated in the notification. Must have the
            value `recording_available`.
        call_id (str | Unset): The unique ID assigned to this call.
        version (int | Unset): The current API version.
        destination (str | Unset): Where the recording file can be downloaded from.
        custom (str | Unset): An optional parameter containing notification-specific information.
    """

    event: Literal["notify"]
    type_: Literal["recording_available"]
    call_id: str | Unset = UNSET
    version: int | Unset = UNSET
    destination: str | Unset = UNSET
    custom: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        type_ = self.type_

        call_id = self.call_id

        version = self.version

        destination = self.destination

        custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if version is not UNSET:
            field_dict["version"] = version
        if destination is not UNSET:
            field_dict["destination"] = destination
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["notify"], d.pop("event"))
        if event != "notify":
            raise ValueError(f"event must match const 'notify', got '{event}'")

        type_ = cast(Literal["recording_available"], d.pop("type"))
        if type_ != "recording_available":
            raise ValueError(f"type must match const 'recording_available', got '{type_}'")

        call_id = d.pop("callId", UNSET)

        version = d.pop("version", UNSET)

        destination = d.pop("destination", UNSET)

        custom = d.pop("custom", UNSET)

        notify_recording_available_request = cls(
            event=event,
            type_=type_,
            call_id=call_id,
            version=version,
            destination=destination,
            custom=custom,
        )

        notify_recording_available_request.additional_properties = d
        return notify_recording_available_request

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
