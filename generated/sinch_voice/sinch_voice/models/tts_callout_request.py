from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TtsCalloutRequest")


@_attrs_define
class TtsCalloutRequest:
    """A text-to-speech callout request.

    Attributes:
        method (Literal['ttsCallout']): Sets the type of callout. Must have the value `ttsCallout`.
        tts_callout (TtsCallout): The text-to-speech callout calls a phone number and plays a synthesized text messages
            or pre-recorded sound files.
    """

    method: Literal["ttsCallout"]
    tts_callout: TtsCallout
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        tts_callout = self.tts_callout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "ttsCallout": tts_callout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["ttsCallout"], d.pop("method"))
        if method != "ttsCallout":
            raise ValueError(f"method must match const 'ttsCallout', got '{method}'")

        tts_callout = TtsCallout.from_dict(d.pop("ttsCallout"))

        tts_callout_request = cls(
            method=method,
            tts_callout=tts_callout,
        )

        tts_callout_request.additional_properties = d
        return tts_callout_request

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
from ..models.tts_callout import TtsCallout  # noqa: E402
