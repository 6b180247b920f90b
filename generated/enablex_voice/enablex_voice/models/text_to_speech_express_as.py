from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.express_as_style import ExpressAsStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeechExpressAs")


@_attrs_define
class TextToSpeechExpressAs:
    """Speak a text in a speaking style that expresses an emotion such as cheerfulness, empathy or calm.

    Attributes:
        style (ExpressAsStyle): Speaking style of `express-as`.
        text (str | Unset): Text to speak in the selected style.
    """

    style: ExpressAsStyle
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style = self.style.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "style": style,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        style = ExpressAsStyle(d.pop("style"))

        text = d.pop("text", UNSET)

        text_to_speech_express_as = cls(
            style=style,
            text=text,
        )

        text_to_speech_express_as.additional_properties = d
        return text_to_speech_express_as

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
