from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intent_name import IntentName
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntentDetection")


@_attrs_define
class IntentDetection:
    """An intent to detect on the call.

    Attributes:
        intent (IntentName): Intent to detect.
        silence_timeout (float | Unset): Seconds of silence after which Symbl stops detecting intents.
    """

    intent: IntentName
    silence_timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent.value

        silence_timeout = self.silence_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
            }
        )
        if silence_timeout is not UNSET:
            field_dict["silenceTimeout"] = silence_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent = IntentName(d.pop("intent"))

        silence_timeout = d.pop("silenceTimeout", UNSET)

        intent_detection = cls(
            intent=intent,
            silence_timeout=silence_timeout,
        )

        intent_detection.additional_properties = d
        return intent_detection

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
