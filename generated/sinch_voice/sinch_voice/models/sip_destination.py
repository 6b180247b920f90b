from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_type import DestinationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipDestination")


@_attrs_define
class SipDestination:
    """Specifies where to route the SIP call.

    Attributes:
        endpoint (str): The SIP address.
        type_ (DestinationType | Unset): Can be of type `number` for PSTN endpoints or of type `username` for data
            endpoints; `sip` for SIP endpoints, `did` for a Sinch number and `conference` for a conference (both used in
            callbacks), and `Websocket` for a WebSocket server (the `connectStream` action).
    """

    endpoint: str
    type_: DestinationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        _type_ = d.pop("type", UNSET)
        type_: DestinationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DestinationType(_type_)

        sip_destination = cls(
            endpoint=endpoint,
            type_=type_,
        )

        sip_destination.additional_properties = d
        return sip_destination

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
