from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmdOptions")


@_attrs_define
class AmdOptions:
    """An optional property used to enable [Answering Machine Detection](https://developers.sinch.com/docs/voice/api-
    reference/amd_v2) (AMD). The result is reported in the `amd` object of the ACE callback.

        Attributes:
            enabled (bool | Unset): Sets whether AMD is enabled.
            async_ (bool | Unset): Asynchronous AMD. When `true`, the ACE is sent as soon as the call is answered and the
                detection result (and the answering machine's beep) arrive later in `notify` events; when `false` (the default)
                the result is in the ACE.
    """

    enabled: bool | Unset = UNSET
    async_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        async_ = self.async_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        async_ = d.pop("async", UNSET)

        amd_options = cls(
            enabled=enabled,
            async_=async_,
        )

        amd_options.additional_properties = d
        return amd_options

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
