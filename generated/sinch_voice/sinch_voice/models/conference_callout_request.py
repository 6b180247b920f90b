from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConferenceCalloutRequest")


@_attrs_define
class ConferenceCalloutRequest:
    """A conference callout request.

    Attributes:
        method (Literal['conferenceCallout']): Sets the type of callout. Must have the value `conferenceCallout`.
        conference_callout (ConferenceCallout): The conference callout calls a phone number or a user. When the call is
            answered, it's connected to a conference room. The same request can be made several times to connect several
            participants to the same conference room.
    """

    method: Literal["conferenceCallout"]
    conference_callout: ConferenceCallout
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        conference_callout = self.conference_callout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "conferenceCallout": conference_callout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["conferenceCallout"], d.pop("method"))
        if method != "conferenceCallout":
            raise ValueError(f"method must match const 'conferenceCallout', got '{method}'")

        conference_callout = ConferenceCallout.from_dict(d.pop("conferenceCallout"))

        conference_callout_request = cls(
            method=method,
            conference_callout=conference_callout,
        )

        conference_callout_request.additional_properties = d
        return conference_callout_request

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
from ..models.conference_callout import ConferenceCallout  # noqa: E402
