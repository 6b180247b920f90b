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
        phone_number (str): The number to dial: an E.164 number written as digits only, country code first. Leave out
            the leading `+`, international access codes such as `00` or `001`, and separators such as `(`, `)` or `-`. A US
            number looks like `14082924837`, a UK number like `447082924837`.
        dtmf (str | Unset): DTMF sequence sent once the call is answered, for example a meeting ID and a passcode:
            keypad digits, `#` and `*`, and `,` for a pause of 500 ms between key presses (`,,` after a `#` gives the
            conference time to process the keys).
    """

    type_: Literal["pstn"]
    phone_number: str
    dtmf: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phone_number = self.phone_number

        dtmf = self.dtmf

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["pstn"], d.pop("type"))
        if type_ != "pstn":
            raise ValueError(f"type must match const 'pstn', got '{type_}'")

        phone_number = d.pop("phoneNumber")

        dtmf = d.pop("dtmf", UNSET)

        pstn_endpoint = cls(
            type_=type_,
            phone_number=phone_number,
            dtmf=dtmf,
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
