from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notify_type import NotifyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifyRequest")


@_attrs_define
class NotifyRequest:
    """The request body of a Notify Event. One object for every notification; `type` says what is notified and which
    optional fields are present:
    - `recording_finished`: a recording of the call finished.
    - `recording_available` / `transcription_available`: the recording or its transcription can be fetched from
    `destination`.
    - `amd` / `amd_beep`: an asynchronous Answering Machine Detection result, in `amd`.
    - `callingerror`: an error of the call, in `errorCode` / `errorMsg`.
    Sinch does not publish a closed list of notification types: an unknown `type` still parses (as an enum member with
    `is_known == False`).

        Attributes:
            event (Literal['notify']): Must have the value `notify`.
            type_ (NotifyType): The type of information communicated in the notification.
            callid (str | Unset): The unique ID of the call the notification is about. Sinch spells the key `callid` (all
                lower case) in every callback.
            conference_id (str | Unset): The ID of the conference the notification is about, sent in some notifications.
            version (int | Unset): The current API version.
            destination (str | Unset): Where the recording or transcription file can be fetched from (`recording_available`,
                `transcription_available`).
            amd (AmdResult | Unset): If [Answering Machine Detection](https://developers.sinch.com/docs/voice/api-
                reference/amd_v2) (AMD) is enabled, this object contains information about whether the call was answered by a
                machine.
            custom (str | Unset): An optional parameter containing notification-specific information.
            error_code (int | Unset): The error code of a `callingerror` notification.
            error_msg (str | Unset): The error message of a `callingerror` notification.
            user (str | Unset): The user ID that initiated the call (`callingerror`).
    """

    event: Literal["notify"]
    type_: NotifyType
    callid: str | Unset = UNSET
    conference_id: str | Unset = UNSET
    version: int | Unset = UNSET
    destination: str | Unset = UNSET
    amd: AmdResult | Unset = UNSET
    custom: str | Unset = UNSET
    error_code: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        type_ = self.type_.value

        callid = self.callid

        conference_id = self.conference_id

        version = self.version

        destination = self.destination

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        custom = self.custom

        error_code = self.error_code

        error_msg = self.error_msg

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "type": type_,
            }
        )
        if callid is not UNSET:
            field_dict["callid"] = callid
        if conference_id is not UNSET:
            field_dict["conferenceId"] = conference_id
        if version is not UNSET:
            field_dict["version"] = version
        if destination is not UNSET:
            field_dict["destination"] = destination
        if amd is not UNSET:
            field_dict["amd"] = amd
        if custom is not UNSET:
            field_dict["custom"] = custom
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["notify"], d.pop("event"))
        if event != "notify":
            raise ValueError(f"event must match const 'notify', got '{event}'")

        type_ = NotifyType(d.pop("type"))

        callid = d.pop("callid", UNSET)

        conference_id = d.pop("conferenceId", UNSET)

        version = d.pop("version", UNSET)

        destination = d.pop("destination", UNSET)

        _amd = d.pop("amd", UNSET)
        amd: AmdResult | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = AmdResult.from_dict(_amd)

        custom = d.pop("custom", UNSET)

        error_code = d.pop("errorCode", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        user = d.pop("user", UNSET)

        notify_request = cls(
            event=event,
            type_=type_,
            callid=callid,
            conference_id=conference_id,
            version=version,
            destination=destination,
            amd=amd,
            custom=custom,
            error_code=error_code,
            error_msg=error_msg,
            user=user,
        )

        notify_request.additional_properties = d
        return notify_request

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
from ..models.amd_result import AmdResult  # noqa: E402
