from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amd_result_reason import AmdResultReason
from ..models.amd_result_status import AmdResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmdResult")


@_attrs_define
class AmdResult:
    """If [Answering Machine Detection](https://developers.sinch.com/docs/voice/api-reference/amd_v2) (AMD) is enabled,
    this object contains information about whether the call was answered by a machine.

        Attributes:
            status (AmdResultStatus | Unset): The determination by the system of who answered the call.
            reason (AmdResultReason | Unset): The reason that the system used to determine who answered the call.
            duration (int | Unset): The length of the call.
    """

    status: AmdResultStatus | Unset = UNSET
    reason: AmdResultReason | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: AmdResultStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AmdResultStatus(_status)

        _reason = d.pop("reason", UNSET)
        reason: AmdResultReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = AmdResultReason(_reason)

        duration = d.pop("duration", UNSET)

        amd_result = cls(
            status=status,
            reason=reason,
            duration=duration,
        )

        amd_result.additional_properties = d
        return amd_result

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
