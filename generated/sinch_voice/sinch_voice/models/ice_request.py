from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain import Domain
from ..models.ice_request_domain import IceRequestDomain
from ..types import UNSET, Unset

T = TypeVar("T", bound="IceRequest")


@_attrs_define
class IceRequest:
    """The request body of an Incoming Call Event.

    Attributes:
        event (Literal['ice']): Must have the value `ice`.
        callid (str): The unique ID assigned to this call. Sinch spells the key `callid` (all lower case) in every
            callback, unlike the `callId` of the REST resources.
        conference_id (str | Unset): The ID of the conference the call belongs to, sent in some events.
        call_resource_url (str | Unset): The URL of the API resource of this call.
        timestamp (str | Unset): The timestamp in UTC.
            **Note:** The formatting does not respect `ISO-8601`: the value has the format `YYYY-MM-DDThh:mm:ss.SSS` without
            a time zone designator (the fraction may be absent). To parse it as an ISO-8601 date, append `Z` (Zulu time =
            UTC): `YYYY-MM-DDThh:mm:ss.SSSZ`.
        version (int | Unset): The current API version.
        custom (str | Unset): A string that can be used to pass custom information related to the call.
        user_rate (Money | Unset): An amount of money in a currency.
        cli (str | Unset): The number that will be displayed to the recipient of the call (the caller's number; Sinch
            may send it without the leading `+`). To set your own CLI, you may use your verified number or your Dashboard
            virtual number and add it, in [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format, to the
            `connectPstn` SVAML response to the Incoming Call Event request.
        to (Destination | Unset): The type of device and number or endpoint to call.
        domain (IceRequestDomain | Unset): The domain destination of the incoming call. Sinch's reference lists the
            upper-case spellings too.
        application_key (str | Unset): The unique application key. You can find it in the Sinch
            [dashboard](https://dashboard.sinch.com/voice/apps).
        origination_type (Domain | Unset): Can be either `pstn` for PSTN endpoint or `mxp` for data (app or web)
            clients. Sinch sends and accepts both lower- and upper-case spellings.
        duration (int | Unset): The duration of the call in seconds.
        rdnis (str | Unset): The redirected dialled number identification service (may be an empty string).
        user (str | Unset): The user ID of the Sinch SDK client that placed the call, sent for calls from an app
            (`originationType` `MXP`).
        call_headers (list[CallHeader] | Unset): If the call is initiated by a Sinch SDK client, call headers are the
            headers specified by the *caller* client. Read more about call headers
            [here](https://developers.sinch.com/docs/voice/api-reference/call-headers).
    """

    event: Literal["ice"]
    callid: str
    conference_id: str | Unset = UNSET
    call_resource_url: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    version: int | Unset = UNSET
    custom: str | Unset = UNSET
    user_rate: Money | Unset = UNSET
    cli: str | Unset = UNSET
    to: Destination | Unset = UNSET
    domain: IceRequestDomain | Unset = UNSET
    application_key: str | Unset = UNSET
    origination_type: Domain | Unset = UNSET
    duration: int | Unset = UNSET
    rdnis: str | Unset = UNSET
    user: str | Unset = UNSET
    call_headers: list[CallHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        call_resource_url = self.call_resource_url

        timestamp = self.timestamp

        version = self.version

        custom = self.custom

        user_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_rate, Unset):
            user_rate = self.user_rate.to_dict()

        cli = self.cli

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        domain: str | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.value

        application_key = self.application_key

        origination_type: str | Unset = UNSET
        if not isinstance(self.origination_type, Unset):
            origination_type = self.origination_type.value

        duration = self.duration

        rdnis = self.rdnis

        user = self.user

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for call_headers_item_data in self.call_headers:
                call_headers_item = call_headers_item_data.to_dict()
                call_headers.append(call_headers_item)

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
        if call_resource_url is not UNSET:
            field_dict["callResourceUrl"] = call_resource_url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if version is not UNSET:
            field_dict["version"] = version
        if custom is not UNSET:
            field_dict["custom"] = custom
        if user_rate is not UNSET:
            field_dict["userRate"] = user_rate
        if cli is not UNSET:
            field_dict["cli"] = cli
        if to is not UNSET:
            field_dict["to"] = to
        if domain is not UNSET:
            field_dict["domain"] = domain
        if application_key is not UNSET:
            field_dict["applicationKey"] = application_key
        if origination_type is not UNSET:
            field_dict["originationType"] = origination_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if rdnis is not UNSET:
            field_dict["rdnis"] = rdnis
        if user is not UNSET:
            field_dict["user"] = user
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["ice"], d.pop("event"))
        if event != "ice":
            raise ValueError(f"event must match const 'ice', got '{event}'")

        callid = d.pop("callid")

        conference_id = d.pop("conferenceId", UNSET)

        call_resource_url = d.pop("callResourceUrl", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        version = d.pop("version", UNSET)

        custom = d.pop("custom", UNSET)

        _user_rate = d.pop("userRate", UNSET)
        user_rate: Money | Unset
        if isinstance(_user_rate, Unset):
            user_rate = UNSET
        else:
            user_rate = Money.from_dict(_user_rate)

        cli = d.pop("cli", UNSET)

        _to = d.pop("to", UNSET)
        to: Destination | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = Destination.from_dict(_to)

        _domain = d.pop("domain", UNSET)
        domain: IceRequestDomain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = IceRequestDomain(_domain)

        application_key = d.pop("applicationKey", UNSET)

        _origination_type = d.pop("originationType", UNSET)
        origination_type: Domain | Unset
        if isinstance(_origination_type, Unset):
            origination_type = UNSET
        else:
            origination_type = Domain(_origination_type)

        duration = d.pop("duration", UNSET)

        rdnis = d.pop("rdnis", UNSET)

        user = d.pop("user", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[CallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for call_headers_item_data in _call_headers:
                call_headers_item = CallHeader.from_dict(call_headers_item_data)

                call_headers.append(call_headers_item)

        ice_request = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            call_resource_url=call_resource_url,
            timestamp=timestamp,
            version=version,
            custom=custom,
            user_rate=user_rate,
            cli=cli,
            to=to,
            domain=domain,
            application_key=application_key,
            origination_type=origination_type,
            duration=duration,
            rdnis=rdnis,
            user=user,
            call_headers=call_headers,
        )

        ice_request.additional_properties = d
        return ice_request

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
