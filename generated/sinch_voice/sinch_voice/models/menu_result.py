from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.menu_result_input_method import MenuResultInputMethod
from ..models.menu_result_type import MenuResultType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MenuResult")


@_attrs_define
class MenuResult:
    """An object containing information about the returned menu result.

    Attributes:
        menu_id (str | Unset): The ID of the menu that triggered the prompt input event.
        type_ (MenuResultType | Unset): The type of information that's returned.
        value (str | Unset): The value of the returned information (the collected digits for `sequence`, the argument of
            the `return` command for `return`).
        input_method (MenuResultInputMethod | Unset): The type of input received.
    """

    menu_id: str | Unset = UNSET
    type_: MenuResultType | Unset = UNSET
    value: str | Unset = UNSET
    input_method: MenuResultInputMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        menu_id = self.menu_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        input_method: str | Unset = UNSET
        if not isinstance(self.input_method, Unset):
            input_method = self.input_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if menu_id is not UNSET:
            field_dict["menuId"] = menu_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if input_method is not UNSET:
            field_dict["inputMethod"] = input_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        menu_id = d.pop("menuId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: MenuResultType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MenuResultType(_type_)

        value = d.pop("value", UNSET)

        _input_method = d.pop("inputMethod", UNSET)
        input_method: MenuResultInputMethod | Unset
        if isinstance(_input_method, Unset):
            input_method = UNSET
        else:
            input_method = MenuResultInputMethod(_input_method)

        menu_result = cls(
            menu_id=menu_id,
            type_=type_,
            value=value,
            input_method=input_method,
        )

        menu_result.additional_properties = d
        return menu_result

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
