from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlInstructionSetCookie")


@_attrs_define
class SvamlInstructionSetCookie:
    """Creates a cookie for the duration of the call.

    Attributes:
        name (Literal['setCookie']): The `name` property. Must have the value `setCookie`.
        key (str | Unset): The name of the cookie you want to set.
        value (str | Unset): The value of the cookie you want to set.
    """

    name: Literal["setCookie"]
    key: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["setCookie"], d.pop("name"))
        if name != "setCookie":
            raise ValueError(f"name must match const 'setCookie', got '{name}'")

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        svaml_instruction_set_cookie = cls(
            name=name,
            key=key,
            value=value,
        )

        svaml_instruction_set_cookie.additional_properties = d
        return svaml_instruction_set_cookie

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
