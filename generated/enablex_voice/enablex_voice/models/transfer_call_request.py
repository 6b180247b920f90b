from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferCallRequest")


@_attrs_define
class TransferCallRequest:
    """Request body of `transferCall`.

    Attributes:
        from_ (str): The originating number used as CLI (typically the configured number).
        transfer_to (str): The number to transfer the call leg to.
    """

    from_: str
    transfer_to: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        transfer_to = self.transfer_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "transfer_to": transfer_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        transfer_to = d.pop("transfer_to")

        transfer_call_request = cls(
            from_=from_,
            transfer_to=transfer_to,
        )

        transfer_call_request.additional_properties = d
        return transfer_call_request

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
