from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AceRequest")


@_attrs_define
class AceRequest:
    """The request body of an Answered Call Event.

    Attributes:
        event (Literal['ace']): Must have the value `ace`.
        callid (str): The unique ID assigned to this call. Sinch spells the key `callid` (all lower case) in every
            callback, unlike the `callId` of the REST resources.
        conference_id (str | Unset): The ID of the conference the call belongs to, sent in some events.
        timestamp (str | Unset): The timestamp in UTC.
            **Note:** The formatting does not respect `ISO-8601`: the value has the format `YYYY-MM-DDThh:mm:ss.SSS` without
            a time zone designator (the fraction may be absent). To parse it as an ISO-8601 date, append `Z` (Zulu time =
            UTC): `YYYY-MM-DDThh:mm:ss.SSSZ`.
        version (int | Unset): The current API version.
        custom (str | Unset): A string that can be used to pass custom information related to the call.
        amd (AmdResult | Unset): If [Answering Machine Detection](https://developers.sinch.com/docs/voice/api-
            reference/amd_v2) (AMD) is enabled, this object contains information about whether the call was answered by a
            machine.
        application_key (str | Unset): The unique application key. You can find it in the Sinch
            [dashboard](https://dashboard.sinch.com/voice/apps).
    """

    event: Literal["ace"]
    callid: str
    conference_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    version: int | Unset = UNSET
    custom: str | Unset = UNSET
    amd: AmdResult | Unset = UNSET
    application_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        timestamp = self.timestamp

        version = self.version

        custom = self.custom

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        application_key = self.application_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "callid": callid,
            }
        )
        if conference_id is not UNSET:
            field_dict["conferenceId"] = conference_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if version is not UNSET:
            field_dict["version"] = version
        if custom is not UNSET:
            field_dict["custom"] = custom
        if amd is not UNSET:
            field_dict["amd"] = amd
        if application_key is not UNSET:
            field_dict["applicationKey"] = application_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["ace"], d.pop("event"))
        if event != "ace":
            raise ValueError(f"event must match const 'ace', got '{event}'")

        callid = d.pop("callid")

        conference_id = d.pop("conferenceId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        version = d.pop("version", UNSET)

        custom = d.pop("custom", UNSET)

        _amd = d.pop("amd", UNSET)
        amd: AmdResult | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = AmdResult.from_dict(_amd)

        application_key = d.pop("applicationKey", UNSET)

        ace_request = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            timestamp=timestamp,
            version=version,
            custom=custom,
            amd=amd,
            application_key=application_key,
        )

        ace_request.additional_properties = d
        return ace_request

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
