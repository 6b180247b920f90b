from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SipEndpoint")


@_attrs_define
class SipEndpoint:
    """A SIP address reached over the internet. SIP captures audio at 16 kHz and above.

    Attributes:
        type_ (Literal['sip']): Dial a SIP URI.
        uri (str): The SIP URI to dial, for example `sip:meeting-4821@sip.example.com`.
    """

    type_: Literal["sip"]
    uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "uri": uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["sip"], d.pop("type"))
        if type_ != "sip":
            raise ValueError(f"type must match const 'sip', got '{type_}'")

        uri = d.pop("uri")

        sip_endpoint = cls(
            type_=type_,
            uri=uri,
        )

        sip_endpoint.additional_properties = d
        return sip_endpoint

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
