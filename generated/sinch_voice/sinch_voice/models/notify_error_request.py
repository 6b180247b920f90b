from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifyErrorRequest")


@_attrs_define
class NotifyErrorRequest:
    """The request body of a Notify Event notifying of an error.

    Attributes:
        event (Literal['notify']): Must have the value `notify`.
        type_ (Literal['callingerror']): The type of information communicated in the notification. Must have the value
            `callingerror`.
        version (int | Unset): The current API version.
        call_id (str | Unset): The unique ID assigned to this call.
        error_code (int | Unset): The error code of the error.
        error_msg (str | Unset): The error message of the error.
        user (str | Unset): The user ID that initiated the call.
        custom (str | Unset): An optional parameter containing notification-specific information.
    """

    event: Literal["notify"]
    type_: Literal["callingerror"]
    version: int | Unset = UNSET
    call_id: str | Unset = UNSET
    error_code: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    user: str | Unset = UNSET
    custom: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        type_ = self.type_

        version = self.version

        call_id = self.call_id

        error_code = self.error_code

        error_msg = self.error_msg

        user = self.user

        custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "type": type_,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if user is not UNSET:
            field_dict["user"] = user
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["notify"], d.pop("event"))
        if event != "notify":
            raise ValueError(f"event must match const 'notify', got '{event}'")

        type_ = cast(Literal["callingerror"], d.pop("type"))
        if type_ != "callingerror":
            raise ValueError(f"type must match const 'callingerror', got '{type_}'")

        version = d.pop("version", UNSET)

        call_id = d.pop("callId", UNSET)

        error_code = d.pop("errorCode", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        user = d.pop("user", UNSET)

        custom = d.pop("custom", UNSET)

        notify_error_request = cls(
            event=event,
            type_=type_,
            version=version,
            call_id=call_id,
            error_code=error_code,
            error_msg=error_msg,
            user=user,
            custom=custom,
        )

        notify_error_request.additional_properties = d
        return notify_error_request

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
