from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingOptions")


@_attrs_define
class StreamingOptions:
    """Optional parameters of the WebSocket stream of a `connectStream` action.

    Attributes:
        version (int | Unset): The version of the streaming protocol.
        sample_rate (int | Unset): The sample rate of the audio stream in Hz.
    """

    version: int | Unset = UNSET
    sample_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        sample_rate = d.pop("sampleRate", UNSET)

        streaming_options = cls(
            version=version,
            sample_rate=sample_rate,
        )

        streaming_options.additional_properties = d
        return streaming_options

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
