from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlInstructionPlayFiles")


@_attrs_define
class SvamlInstructionPlayFiles:
    """Plays Interactive Voice Response (IVR) files for the supported locale or SSML commands at the Sinch backend. An IVR
    message is played only on the caller's side.

        Attributes:
            name (Literal['playFiles']): The `name` property. Must have the value `playFiles`.
            ids (list[str]): The IDs of the files which will be played. These can be a URL to a file, SSML commands using
                the `#ssml[]` element, or text using the `#tts[]` element.
            locale (str | Unset): Optional; needed when the IDs use text to speech (`#tts[]`) or SSML (`#ssml[]`), not for
                pre-recorded files or URLs. The voice and language you want to use for the text-to-speech message. This can
                either be defined by the ISO 639 locale and language code or by specifying a particular voice. Supported
                languages and voices are detailed [here](https://developers.sinch.com/docs/voice/api-reference/voice-locales).
    """

    name: Literal["playFiles"]
    ids: list[str]
    locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ids = self.ids

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ids": ids,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["playFiles"], d.pop("name"))
        if name != "playFiles":
            raise ValueError(f"name must match const 'playFiles', got '{name}'")

        ids = cast(list[str], d.pop("ids"))

        locale = d.pop("locale", UNSET)

        svaml_instruction_play_files = cls(
            name=name,
            ids=ids,
            locale=locale,
        )

        svaml_instruction_play_files.additional_properties = d
        return svaml_instruction_play_files

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
