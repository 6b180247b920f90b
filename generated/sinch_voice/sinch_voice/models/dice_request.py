from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_reason import CallReason
from ..models.call_result import CallResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiceRequest")


@_attrs_define
class DiceRequest:
    """The request body of a Disconnected Call Event.

    Attributes:
        event (Literal['dice']): Must have the value `dice`.
        callid (str): The unique ID assigned to this call. Sinch spells the key `callid` (all lower case) in every
            callback, unlike the `callId` of the REST resources.
        conference_id (str | Unset): The ID of the conference the call belongs to, sent in some events.
        timestamp (str | Unset): The timestamp in UTC.
            **Note:** The formatting does not respect `ISO-8601`: the value has the format `YYYY-MM-DDThh:mm:ss.SSS` without
            a time zone designator (the fraction may be absent). To parse it as an ISO-8601 date, append `Z` (Zulu time =
            UTC): `YYYY-MM-DDThh:mm:ss.SSSZ`.
        reason (CallReason | Unset): Contains the reason why a call ended.
        result (CallResult | Unset): Contains the result of a call.
        version (int | Unset): The current API version.
        custom (str | Unset): A string that can be used to pass custom information related to the call.
        debit (Money | Unset): An amount of money in a currency.
        user_rate (Money | Unset): An amount of money in a currency.
        to (Destination | Unset): The type of device and number or endpoint to call.
        duration (int | Unset): The duration of the call in seconds.
        from_ (str | Unset): Information about the initiator of the call.
        call_headers (list[CallHeader] | Unset): If the call was initiated by a Sinch SDK client, call headers are the
            headers specified by the *caller* client. Read more about call headers
            [here](https://developers.sinch.com/docs/voice/api-reference/call-headers).
        application_key (str | Unset): The unique application key. You can find it in the Sinch
            [dashboard](https://dashboard.sinch.com/voice/apps).
    """

    event: Literal["dice"]
    callid: str
    conference_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    reason: CallReason | Unset = UNSET
    result: CallResult | Unset = UNSET
    version: int | Unset = UNSET
    custom: str | Unset = UNSET
    debit: Money | Unset = UNSET
    user_rate: Money | Unset = UNSET
    to: Destination | Unset = UNSET
    duration: int | Unset = UNSET
    from_: str | Unset = UNSET
    call_headers: list[CallHeader] | Unset = UNSET
    application_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        timestamp = self.timestamp

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        version = self.version

        custom = self.custom

        debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit, Unset):
            debit = self.debit.to_dict()

        user_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_rate, Unset):
            user_rate = self.user_rate.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        duration = self.duration

        from_ = self.from_

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for call_headers_item_data in self.call_headers:
                call_headers_item = call_headers_item_data.to_dict()
                call_headers.append(call_headers_item)

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
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if version is not UNSET:
            field_dict["version"] = version
        if custom is not UNSET:
            field_dict["custom"] = custom
        if debit is not UNSET:
            field_dict["debit"] = debit
        if user_rate is not UNSET:
            field_dict["userRate"] = user_rate
        if to is not UNSET:
            field_dict["to"] = to
        if duration is not UNSET:
            field_dict["duration"] = duration
        if from_ is not UNSET:
            field_dict["from"] = from_
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers
        if application_key is not UNSET:
            field_dict["applicationKey"] = application_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["dice"], d.pop("event"))
        if event != "dice":
            raise ValueError(f"event must match const 'dice', got '{event}'")

        callid = d.pop("callid")

        conference_id = d.pop("conferenceId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: CallReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = CallReason(_reason)

        _result = d.pop("result", UNSET)
        result: CallResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CallResult(_result)

        version = d.pop("version", UNSET)

        custom = d.pop("custom", UNSET)

        _debit = d.pop("debit", UNSET)
        debit: Money | Unset
        if isinstance(_debit, Unset):
            debit = UNSET
        else:
            debit = Money.from_dict(_debit)

        _user_rate = d.pop("userRate", UNSET)
        user_rate: Money | Unset
        if isinstance(_user_rate, Unset):
            user_rate = UNSET
        else:
            user_rate = Money.from_dict(_user_rate)

        _to = d.pop("to", UNSET)
        to: Destination | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = Destination.from_dict(_to)

        duration = d.pop("duration", UNSET)

        from_ = d.pop("from", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[CallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for call_headers_item_data in _call_headers:
                call_headers_item = CallHeader.from_dict(call_headers_item_data)

                call_headers.append(call_headers_item)

        application_key = d.pop("applicationKey", UNSET)

        dice_request = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            timestamp=timestamp,
            reason=reason,
            result=result,
            version=version,
            custom=custom,
            debit=debit,
            user_rate=user_rate,
            to=to,
            duration=duration,
            from_=from_,
            call_headers=call_headers,
            application_key=application_key,
        )

        dice_request.additional_properties = d
        return dice_request

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
from ..models.call_header import CallHeader  # noqa: E402
from ..models.destination import Destination  # noqa: E402
from ..models.money import Money  # noqa: E402
