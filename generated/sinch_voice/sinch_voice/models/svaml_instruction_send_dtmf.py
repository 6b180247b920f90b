from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlInstructionSendDtmf")


@_attrs_define
class SvamlInstructionSendDtmf:
    """Plays DTMF tones in the call.

    Attributes:
        name (Literal['sendDtmf']): The `name` property. Must have the value `sendDtmf`.
        value (str | Unset): A string that determines the DTMF tones to play to the callee when the call is picked up.
            Valid characters are: `0-9`, `#`, and `w`. `w` renders a 500ms pause. For example, the string `ww1234#w#`, plays
            a 1 second pause, the DTMF tones for `1`, `2`, `3`, `4`, and `#`, followed by a 500ms pause and finally the `#`
            tone.
            This is useful if the callout destination requires a conference PIN code or an extension. If there is a calling
            party, it will hear progress while the DTMF is sent.
    """

    name: Literal["sendDtmf"]
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["sendDtmf"], d.pop("name"))
        if name != "sendDtmf":
            raise ValueError(f"name must match const 'sendDtmf', got '{name}'")

        value = d.pop("value", UNSET)

        svaml_instruction_send_dtmf = cls(
            name=name,
            value=value,
        )

        svaml_instruction_send_dtmf.additional_properties = d
        return svaml_instruction_send_dtmf

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
