from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.say_as_format import SayAsFormat
from ..models.say_as_interpret_as import SayAsInterpretAs
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeechSayAs")


@_attrs_define
class TextToSpeechSayAs:
    """Says `text` as a given content type (`interpret-as`). `format` is only used with `date`, `time` and
    `duration` (one of their format codes) and with `telephone` (a country calling code).

        Attributes:
            interpret_as (SayAsInterpretAs): Content type of the `say-as` text.
            format_ (SayAsFormat | str | Unset): Precise format of the text for content types that could be ambiguous: a
                `SayAsFormat` code for
                `date`, `time` and `duration`, or the digits of a country calling code (such as `1` or `39`) for
                `telephone`. Omit it for the other content types.
            text (str | Unset): The text to interpret.
    """

    interpret_as: SayAsInterpretAs
    format_: SayAsFormat | str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interpret_as = self.interpret_as.value

        format_: str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, SayAsFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interpret-as": interpret_as,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interpret_as = SayAsInterpretAs(d.pop("interpret-as"))

        def _parse_format_(data: object) -> SayAsFormat | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = SayAsFormat(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SayAsFormat | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        text = d.pop("text", UNSET)

        text_to_speech_say_as = cls(
            interpret_as=interpret_as,
            format_=format_,
            text=text,
        )

        text_to_speech_say_as.additional_properties = d
        return text_to_speech_say_as

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
