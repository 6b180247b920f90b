from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Callbacks")


@_attrs_define
class Callbacks:
    """The callback URLs of an application.

    Attributes:
        url (CallbackUrls | Unset): The primary and, if configured, fallback callback URLs.
    """

    url: CallbackUrls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url, Unset):
            url = self.url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _url = d.pop("url", UNSET)
        url: CallbackUrls | Unset
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = CallbackUrls.from_dict(_url)

        callbacks = cls(
            url=url,
        )

        callbacks.additional_properties = d
        return callbacks

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
from ..models.callback_urls import CallbackUrls  # noqa: E402
