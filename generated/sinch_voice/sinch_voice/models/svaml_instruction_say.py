from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlInstructionSay")


@_attrs_define
class SvamlInstructionSay:
    """Plays a synthesized text-to-speech message to the end user. The message is provided in the text field.

    Attributes:
        name (Literal['say']): The `name` property. Must have the value `say`.
        text (str | Unset): Contains the message that will be spoken. Default maximum length is 600 characters. To
            change this limit, please contact support.
        locale (str | Unset): The voice and language you want to use for the text-to-speech message. This can either be
            defined by the ISO 639 locale and language code or by specifying a particular voice. Supported languages and
            voices are detailed [here](https://developers.sinch.com/docs/voice/api-reference/voice-locales).
    """

    name: Literal["say"]
    text: str | Unset = UNSET
    locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["say"], d.pop("name"))
        if name != "say":
            raise ValueError(f"name must match const 'say', got '{name}'")

        text = d.pop("text", UNSET)

        locale = d.pop("locale", UNSET)

        svaml_instruction_say = cls(
            name=name,
            text=text,
            locale=locale,
        )

        svaml_instruction_say.additional_properties = d
        return svaml_instruction_say

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
