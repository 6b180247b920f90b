from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiceResponse")


@_attrs_define
class DiceResponse:
    """The optional SVAML body of a response to a Disconnected Call Event. DICE doesn't support instructions and only
    supports the `hangup` action.

        Attributes:
            action (SvamlActionHangup | Unset): Hangs up a call. Available to use in a response to an Incoming Call Event
                (ICE) or an Answered Call Event (ACE) callback, in a DICE response and in call-management requests.
    """

    action: SvamlActionHangup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: SvamlActionHangup | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = SvamlActionHangup.from_dict(_action)

        dice_response = cls(
            action=action,
        )

        dice_response.additional_properties = d
        return dice_response

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


# Imported here, after the class, because these models may import this one.
from ..models.svaml_action_hangup import SvamlActionHangup  # noqa: E402
