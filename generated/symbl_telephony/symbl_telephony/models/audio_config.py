from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioConfig")


@_attrs_define
class AudioConfig:
    """Audio settings of the connection. Symbl's Python SDK sends `{"sampleRate": 16000, "sampleSize": "16"}` on every SIP
    start unless told otherwise.

        Attributes:
            encoding (str | Unset): Audio codec of the stream. Symbl's codec tutorial lists `OPUS` (16000, 24000 or 48000
                Hz, recommended), `SPEEX` (16000 Hz), `LINEAR16` (44100 Hz) and `MULAW` (8000 Hz) and invites requests for
                others; its SIP sample sends `PCMU`. Not a closed set, so not an enum.
            sample_rate (int | Unset): Sample rate of the audio stream, in Hz.
            sample_size (int | str | Unset): Sample size of the audio stream, in bits. Symbl's API definition types it as a
                number; the Python SDK sends it as a string of digits (`"16"`).
            payload_type (int | Unset): RTP payload type of the codec.
    """

    encoding: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    sample_size: int | str | Unset = UNSET
    payload_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding = self.encoding

        sample_rate = self.sample_rate

        sample_size: int | str | Unset
        if isinstance(self.sample_size, Unset):
            sample_size = UNSET
        else:
            sample_size = self.sample_size

        payload_type = self.payload_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if sample_size is not UNSET:
            field_dict["sampleSize"] = sample_size
        if payload_type is not UNSET:
            field_dict["payloadType"] = payload_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encoding = d.pop("encoding", UNSET)

        sample_rate = d.pop("sampleRate", UNSET)

        def _parse_sample_size(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        sample_size = _parse_sample_size(d.pop("sampleSize", UNSET))

        payload_type = d.pop("payloadType", UNSET)

        audio_config = cls(
            encoding=encoding,
            sample_rate=sample_rate,
            sample_size=sample_size,
            payload_type=payload_type,
        )

        audio_config.additional_properties = d
        return audio_config

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
