from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_capability import NumberCapability
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnassignNumberRequest")


@_attrs_define
class UnassignNumberRequest:
    """A number to un-assign from an application.

    Attributes:
        number (str): The phone number in E.164 format.
        applicationkey (str | Unset): Indicates the application where the number was assigned. If empty, the application
            key that is used to sign the request will be used. (The older Calling API reference spells this field
            `applicationKey`.)
        capability (NumberCapability | Unset): The capability of a number (DID).
    """

    number: str
    applicationkey: str | Unset = UNSET
    capability: NumberCapability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        applicationkey = self.applicationkey

        capability: str | Unset = UNSET
        if not isinstance(self.capability, Unset):
            capability = self.capability.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if applicationkey is not UNSET:
            field_dict["applicationkey"] = applicationkey
        if capability is not UNSET:
            field_dict["capability"] = capability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        applicationkey = d.pop("applicationkey", UNSET)

        _capability = d.pop("capability", UNSET)
        capability: NumberCapability | Unset
        if isinstance(_capability, Unset):
            capability = UNSET
        else:
            capability = NumberCapability(_capability)

        unassign_number_request = cls(
            number=number,
            applicationkey=applicationkey,
            capability=capability,
        )

        unassign_number_request.additional_properties = d
        return unassign_number_request

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
