from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SvamlActionContinue")


@_attrs_define
class SvamlActionContinue:
    """Continues to set up a call. Available to use in a response to an Answered Call Event (ACE) callback.

    Attributes:
        name (Literal['continue']): The name property. Must have the value `continue`.
    """

    name: Literal["continue"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["continue"], d.pop("name"))
        if name != "continue":
            raise ValueError(f"name must match const 'continue', got '{name}'")

        svaml_action_continue = cls(
            name=name,
        )

        svaml_action_continue.additional_properties = d
        return svaml_action_continue

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
