from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MenuOption")


@_attrs_define
class MenuOption:
    """A configured option that the user can trigger to perform an action.

    Attributes:
        dtmf (str): A DTMF digit the user can press to trigger the configured action.
        action (str): Determines which action is taken when the DTMF digit is pressed. The value is a command with an
            argument in parentheses:
            - `return(<value>)`: triggers a Prompt Input Event (PIE) whose `menuResult.value` is `<value>`.
            - `menu(<menuId>)`: navigates to the named menu.
    """

    dtmf: str
    action: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dtmf = self.dtmf

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dtmf": dtmf,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dtmf = d.pop("dtmf")

        action = d.pop("action")

        menu_option = cls(
            dtmf=dtmf,
            action=action,
        )

        menu_option.additional_properties = d
        return menu_option

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
