from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PieRequest")


@_attrs_define
class PieRequest:
    """The request body of a Prompt Input Event.

    Attributes:
        event (Literal['pie']): Must have the value `pie`.
        callid (str): The unique ID assigned to this call. Sinch spells the key `callid` (all lower case) in every
            callback, unlike the `callId` of the REST resources.
        conference_id (str | Unset): The ID of the conference the call belongs to, sent in some events.
        timestamp (str | Unset): The timestamp in UTC.
            **Note:** The formatting does not respect `ISO-8601`: the value has the format `YYYY-MM-DDThh:mm:ss.SSS` without
            a time zone designator (the fraction may be absent). To parse it as an ISO-8601 date, append `Z` (Zulu time =
            UTC): `YYYY-MM-DDThh:mm:ss.SSSZ`.
        menu_result (MenuResult | Unset): An object containing information about the returned menu result.
        version (int | Unset): The current API version.
        custom (str | Unset): A string that can be used to pass custom information related to the call.
        application_key (str | Unset): The unique application key. You can find it in the Sinch
            [dashboard](https://dashboard.sinch.com/voice/apps).
    """

    event: Literal["pie"]
    callid: str
    conference_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    menu_result: MenuResult | Unset = UNSET
    version: int | Unset = UNSET
    custom: str | Unset = UNSET
    application_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        timestamp = self.timestamp

        menu_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.menu_result, Unset):
            menu_result = self.menu_result.to_dict()

        version = self.version

        custom = self.custom

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
        if menu_result is not UNSET:
            field_dict["menuResult"] = menu_result
        if version is not UNSET:
            field_dict["version"] = version
        if custom is not UNSET:
            field_dict["custom"] = custom
        if application_key is not UNSET:
            field_dict["applicationKey"] = application_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["pie"], d.pop("event"))
        if event != "pie":
            raise ValueError(f"event must match const 'pie', got '{event}'")

        callid = d.pop("callid")

        conference_id = d.pop("conferenceId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _menu_result = d.pop("menuResult", UNSET)
        menu_result: MenuResult | Unset
        if isinstance(_menu_result, Unset):
            menu_result = UNSET
        else:
            menu_result = MenuResult.from_dict(_menu_result)

        version = d.pop("version", UNSET)

        custom = d.pop("custom", UNSET)

        application_key = d.pop("applicationKey", UNSET)

        pie_request = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            timestamp=timestamp,
            menu_result=menu_result,
            version=version,
            custom=custom,
            application_key=application_key,
        )

        pie_request.additional_properties = d
        return pie_request

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
from ..models.menu_result import MenuResult  # noqa: E402
