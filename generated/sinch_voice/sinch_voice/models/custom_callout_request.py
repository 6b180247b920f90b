from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomCalloutRequest")


@_attrs_define
class CustomCalloutRequest:
    """A custom callout request.

    Attributes:
        method (Literal['customCallout']): Sets the type of callout. Must have the value `customCallout`.
        custom_callout (CustomCallout): With the custom callout, the server initiates a call that can be controlled by
            specifying how the call should progress at each call event, either with inline SVAML or with callback URLs.
    """

    method: Literal["customCallout"]
    custom_callout: CustomCallout
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        custom_callout = self.custom_callout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "customCallout": custom_callout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["customCallout"], d.pop("method"))
        if method != "customCallout":
            raise ValueError(f"method must match const 'customCallout', got '{method}'")

        custom_callout = CustomCallout.from_dict(d.pop("customCallout"))

        custom_callout_request = cls(
            method=method,
            custom_callout=custom_callout,
        )

        custom_callout_request.additional_properties = d
        return custom_callout_request

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
from ..models.custom_callout import CustomCallout  # noqa: E402
