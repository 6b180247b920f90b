from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RevokeTokenRequest")


@_attrs_define
class RevokeTokenRequest:
    """Application credentials of the token to revoke.

    Attributes:
        app_id (str): The App ID from the home page of the Symbl platform.
        app_secret (str): The App Secret from the home page of the Symbl platform. Keep it private.
    """

    app_id: str
    app_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_secret = self.app_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "appSecret": app_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("appId")

        app_secret = d.pop("appSecret")

        revoke_token_request = cls(
            app_id=app_id,
            app_secret=app_secret,
        )

        revoke_token_request.additional_properties = d
        return revoke_token_request

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
