from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SvamlActionHangup")


@_attrs_define
class SvamlActionHangup:
    """Hangs up a call. Available to use in a response to an Incoming Call Event (ICE) or an Answered Call Event (ACE)
    callback, in a DICE response and in call-management requests.

        Attributes:
            name (Literal['hangup']): The name property. Must have the value `hangup`.
    """

    name: Literal["hangup"]
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
        name = cast(Literal["hangup"], d.pop("name"))
        if name != "hangup":
            raise ValueError(f"name must match const 'hangup', got '{name}'")

        svaml_action_hangup = cls(
            name=name,
        )

        svaml_action_hangup.additional_properties = d
        return svaml_action_hangup

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
