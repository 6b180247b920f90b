from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_type import DestinationType

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """The type of device and number or endpoint to call.

    Attributes:
        type_ (DestinationType): Can be of type `number` for PSTN endpoints or of type `username` for data endpoints;
            `sip` for SIP endpoints, `did` for a Sinch number and `conference` for a conference (both used in callbacks),
            and `Websocket` for a WebSocket server (the `connectStream` action).
        endpoint (str): If the type is `number` the value of the endpoint is a phone number in E.164 format. If the type
            is `username` the value is the username for a data endpoint.
    """

    type_: DestinationType
    endpoint: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "endpoint": endpoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DestinationType(d.pop("type"))

        endpoint = d.pop("endpoint")

        destination = cls(
            type_=type_,
            endpoint=endpoint,
        )

        destination.additional_properties = d
        return destination

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
