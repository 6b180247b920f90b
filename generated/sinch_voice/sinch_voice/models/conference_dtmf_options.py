from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_dtmf_options_mode import ConferenceDtmfOptionsMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceDtmfOptions")


@_attrs_define
class ConferenceDtmfOptions:
    """Options to control how DTMF signals are used by the participant in the conference. For information on how to use
    this feature, read more [here](https://developers.sinch.com/docs/voice/api-reference/conference-dtmf).

        Attributes:
            mode (ConferenceDtmfOptionsMode | Unset): Determines what DTMF mode the participant will use in the call.
                Default: ConferenceDtmfOptionsMode.IGNORE.
            max_digits (int | Unset): The maximum number of accepted digits before sending the collected input via a PIE
                callback. The default value is `1`. If the value is greater than `1`, the PIE callback is triggered by one of
                the three following events:
                - No additional digit is entered before the `timeoutMills` timeout period has elapsed.
                - The `#` character is entered.
                - The maximum number of digits has been entered. Default: 1.
            timeout_mills (int | Unset): The number of milliseconds that the system will wait between entered digits before
                triggering the PIE callback. The default value is `3000`. Default: 3000.
    """

    mode: ConferenceDtmfOptionsMode | Unset = ConferenceDtmfOptionsMode.IGNORE
    max_digits: int | Unset = 1
    timeout_mills: int | Unset = 3000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        max_digits = self.max_digits

        timeout_mills = self.timeout_mills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if max_digits is not UNSET:
            field_dict["maxDigits"] = max_digits
        if timeout_mills is not UNSET:
            field_dict["timeoutMills"] = timeout_mills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: ConferenceDtmfOptionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ConferenceDtmfOptionsMode(_mode)

        max_digits = d.pop("maxDigits", UNSET)

        timeout_mills = d.pop("timeoutMills", UNSET)

        conference_dtmf_options = cls(
            mode=mode,
            max_digits=max_digits,
            timeout_mills=timeout_mills,
        )

        conference_dtmf_options.additional_properties = d
        return conference_dtmf_options

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
