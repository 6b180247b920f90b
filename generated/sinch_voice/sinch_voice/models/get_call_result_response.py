from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_reason import CallReason
from ..models.call_result import CallResult
from ..models.get_call_result_response_domain import GetCallResultResponseDomain
from ..models.get_call_result_response_status import GetCallResultResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCallResultResponse")


@_attrs_define
class GetCallResultResponse:
    """Information about a call.

    Attributes:
        from_ (Destination | Unset): The type of device and number or endpoint to call.
        to (Destination | Unset): The type of device and number or endpoint to call.
        domain (GetCallResultResponseDomain | Unset): Can be either `pstn` for PSTN endpoint or `mxp` for data (app or
            web) clients.
        call_id (str | Unset): The unique identifier of the call.
        duration (int | Unset): The duration of the call in seconds.
        status (GetCallResultResponseStatus | Unset): The status of the call. Either `ONGOING` or `FINAL`.
        result (CallResult | Unset): Contains the result of a call.
        reason (CallReason | Unset): Contains the reason why a call ended.
        timestamp (str | Unset): The timestamp in UTC.
            **Note:** The formatting does not respect `ISO-8601`: the value has the format `YYYY-MM-DDThh:mm:ss.SSS` without
            a time zone designator (the fraction may be absent). To parse it as an ISO-8601 date, append `Z` (Zulu time =
            UTC): `YYYY-MM-DDThh:mm:ss.SSSZ`.
        custom (str | Unset): A string that can be used to pass custom information related to the call.
        user_rate (Money | Unset): An amount of money in a currency.
        debit (Money | Unset): An amount of money in a currency.
    """

    from_: Destination | Unset = UNSET
    to: Destination | Unset = UNSET
    domain: GetCallResultResponseDomain | Unset = UNSET
    call_id: str | Unset = UNSET
    duration: int | Unset = UNSET
    status: GetCallResultResponseStatus | Unset = UNSET
    result: CallResult | Unset = UNSET
    reason: CallReason | Unset = UNSET
    timestamp: str | Unset = UNSET
    custom: str | Unset = UNSET
    user_rate: Money | Unset = UNSET
    debit: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        domain: str | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.value

        call_id = self.call_id

        duration = self.duration

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        timestamp = self.timestamp

        custom = self.custom

        user_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_rate, Unset):
            user_rate = self.user_rate.to_dict()

        debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit, Unset):
            debit = self.debit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if domain is not UNSET:
            field_dict["domain"] = domain
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if reason is not UNSET:
            field_dict["reason"] = reason
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if custom is not UNSET:
            field_dict["custom"] = custom
        if user_rate is not UNSET:
            field_dict["userRate"] = user_rate
        if debit is not UNSET:
            field_dict["debit"] = debit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: Destination | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = Destination.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: Destination | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = Destination.from_dict(_to)

        _domain = d.pop("domain", UNSET)
        domain: GetCallResultResponseDomain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = GetCallResultResponseDomain(_domain)

        call_id = d.pop("callId", UNSET)

        duration = d.pop("duration", UNSET)

        _status = d.pop("status", UNSET)
        status: GetCallResultResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetCallResultResponseStatus(_status)

        _result = d.pop("result", UNSET)
        result: CallResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CallResult(_result)

        _reason = d.pop("reason", UNSET)
        reason: CallReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = CallReason(_reason)

        timestamp = d.pop("timestamp", UNSET)

        custom = d.pop("custom", UNSET)

        _user_rate = d.pop("userRate", UNSET)
        user_rate: Money | Unset
        if isinstance(_user_rate, Unset):
            user_rate = UNSET
        else:
            user_rate = Money.from_dict(_user_rate)

        _debit = d.pop("debit", UNSET)
        debit: Money | Unset
        if isinstance(_debit, Unset):
            debit = UNSET
        else:
            debit = Money.from_dict(_debit)

        get_call_result_response = cls(
            from_=from_,
            to=to,
            domain=domain,
            call_id=call_id,
            duration=duration,
            status=status,
            result=result,
            reason=reason,
            timestamp=timestamp,
            custom=custom,
            user_rate=user_rate,
            debit=debit,
        )

        get_call_result_response.additional_properties = d
        return get_call_result_response

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
from ..models.destination import Destination  # noqa: E402
from ..models.money import Money  # noqa: E402
