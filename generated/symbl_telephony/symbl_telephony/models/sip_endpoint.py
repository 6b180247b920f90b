from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SipEndpoint")


@_attrs_define
class SipEndpoint:
    """A SIP address reached over the internet. SIP captures audio at 16 kHz and above.

    Attributes:
        type_ (Literal['sip']): Dial a SIP URI.
        uri (str): The SIP URI to dial, for example `sip:meeting-4821@sip.example.com`.
        provider_name (str | Unset): Name of the meeting platform to connect to. Symbl's JavaScript SDK sends
            `AnyMeeting` when none is given.
        transport_config (str | Unset): SIP transport settings as `name=value` pairs separated by semicolons. Symbl's
            JavaScript SDK sends `transport=UDP;providerName={providerName};audioTransport=RTP` when none is given.
        audio_config (AudioConfig | Unset): Audio settings of the connection. Symbl's Python SDK sends `{"sampleRate":
            16000, "sampleSize": "16"}` on every SIP start unless told otherwise.
    """

    type_: Literal["sip"]
    uri: str
    provider_name: str | Unset = UNSET
    transport_config: str | Unset = UNSET
    audio_config: AudioConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        uri = self.uri

        provider_name = self.provider_name

        transport_config = self.transport_config

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "uri": uri,
            }
        )
        if provider_name is not UNSET:
            field_dict["providerName"] = provider_name
        if transport_config is not UNSET:
            field_dict["transportConfig"] = transport_config
        if audio_config is not UNSET:
            field_dict["audioConfig"] = audio_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["sip"], d.pop("type"))
        if type_ != "sip":
            raise ValueError(f"type must match const 'sip', got '{type_}'")

        uri = d.pop("uri")

        provider_name = d.pop("providerName", UNSET)

        transport_config = d.pop("transportConfig", UNSET)

        _audio_config = d.pop("audioConfig", UNSET)
        audio_config: AudioConfig | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = AudioConfig.from_dict(_audio_config)

        sip_endpoint = cls(
            type_=type_,
            uri=uri,
            provider_name=provider_name,
            transport_config=transport_config,
            audio_config=audio_config,
        )

        sip_endpoint.additional_properties = d
        return sip_endpoint

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
from ..models.audio_config import AudioConfig  # noqa: E402
