from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryInfo")


@_attrs_define
class SummaryInfo:
    """A link to the post-meeting Summary UI for one user.

    Attributes:
        user (SummaryUser | Unset): The user a Summary UI link is for.
        url (str | Unset): URL of the post-meeting Summary UI.
    """

    user: SummaryUser | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: SummaryUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = SummaryUser.from_dict(_user)

        url = d.pop("url", UNSET)

        summary_info = cls(
            user=user,
            url=url,
        )

        summary_info.additional_properties = d
        return summary_info

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
from ..models.summary_user import SummaryUser  # noqa: E402
