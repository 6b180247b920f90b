from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_capability import NumberCapability
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberItem")


@_attrs_define
class NumberItem:
    """A number you own.

    Attributes:
        number (str | Unset): A number that you own, in E.164 format.
        applicationkey (str | Unset): The application the number is assigned to. If the number is not assigned to an
            application, no application key is returned.
        capability (NumberCapability | Unset): The capability of a number (DID).
    """

    number: str | Unset = UNSET
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
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if applicationkey is not UNSET:
            field_dict["applicationkey"] = applicationkey
        if capability is not UNSET:
            field_dict["capability"] = capability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        applicationkey = d.pop("applicationkey", UNSET)

        _capability = d.pop("capability", UNSET)
        capability: NumberCapability | Unset
        if isinstance(_capability, Unset):
            capability = UNSET
        else:
            capability = NumberCapability(_capability)

        number_item = cls(
            number=number,
            applicationkey=applicationkey,
            capability=capability,
        )

        number_item.additional_properties = d
        return number_item

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
