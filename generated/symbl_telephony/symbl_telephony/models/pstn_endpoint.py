from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PstnEndpoint")


@_attrs_define
class PstnEndpoint:
    """A phone number reached over the public switched telephone network. PSTN audio is limited to 8 kHz.

    Attributes:
        type_ (Literal['pstn']): Dial a phone number over PSTN.
        phone_number (str): The number to dial in E.164, country code first, without international access codes such as
            `00` or `001` and without separators such as spaces, `(`, `)` or `-`. The API reference writes it as digits only
            (`14082924837`, `447082924837`); Symbl's SDK documentation and tutorials pass it with the leading `+`
            (`+16465588656`), and the official SDKs send it as given, so both forms are accepted.
        dtmf (None | str | Unset): DTMF sequence sent once the call is answered, for example a meeting ID and a
            passcode: keypad digits, `#` and `*`, and `,` for a pause of 500 ms between key presses (`,,` after a `#` gives
            the conference time to process the keys). Symbl's Python SDK sends `null` when there is no sequence.
        audio_config (AudioConfig | Unset): Audio settings of the connection. Symbl's Python SDK sends `{"sampleRate":
            16000, "sampleSize": "16"}` on every SIP start unless told otherwise.
    """

    type_: Literal["pstn"]
    phone_number: str
    dtmf: None | str | Unset = UNSET
    audio_config: AudioConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phone_number = self.phone_number

        dtmf: None | str | Unset
        if isinstance(self.dtmf, Unset):
            dtmf = UNSET
        else:
            dtmf = self.dtmf

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "phoneNumber": phone_number,
            }
        )
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if audio_config is not UNSET:
            field_dict["audioConfig"] = audio_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["pstn"], d.pop("type"))
        if type_ != "pstn":
            raise ValueError(f"type must match const 'pstn', got '{type_}'")

        phone_number = d.pop("phoneNumber")

        def _parse_dtmf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dtmf = _parse_dtmf(d.pop("dtmf", UNSET))

        _audio_config = d.pop("audioConfig", UNSET)
        audio_config: AudioConfig | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = AudioConfig.from_dict(_audio_config)

        pstn_endpoint = cls(
            type_=type_,
            phone_number=phone_number,
            dtmf=dtmf,
            audio_config=audio_config,
        )

        pstn_endpoint.additional_properties = d
        return pstn_endpoint

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
