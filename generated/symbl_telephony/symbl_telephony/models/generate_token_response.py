from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateTokenResponse")


@_attrs_define
class GenerateTokenResponse:
    """An access token and its lifetime.

    Attributes:
        access_token (str): Access token to send in the `X-API-KEY` header of Telephony API calls.
        expires_in (int): Number of seconds after which the access token expires (86400, 24 hours, by default).
        refersh_token (str | Unset): Refresh token to send as `refreshToken` to `refreshToken` (the operation). The key
            is spelled `refershToken` in Symbl's API definition; the spec keeps that spelling.
    """

    access_token: str
    expires_in: int
    refersh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        refersh_token = self.refersh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "expiresIn": expires_in,
            }
        )
        if refersh_token is not UNSET:
            field_dict["refershToken"] = refersh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("accessToken")

        expires_in = d.pop("expiresIn")

        refersh_token = d.pop("refershToken", UNSET)

        generate_token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            refersh_token=refersh_token,
        )

        generate_token_response.additional_properties = d
        return generate_token_response

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
