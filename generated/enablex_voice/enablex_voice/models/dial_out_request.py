from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialOutRequest")


@_attrs_define
class DialOutRequest:
    """Request body of `dialOut`.

    Attributes:
        from_ (str): The CLI: a number rented for the project, in E.164 digits without `+`. It is matched against the
            provisioned number; on a mismatch the call fails.
        to (str): The destination number, in E.164 digits without `+`.
        name (str | Unset): Optional name for this service.
        owner_ref (str | Unset): Free data that is returned as-is in the response and in events; use it to correlate
            requests and
            responses.
        auto_record (bool | Unset): Record the call automatically (`true`), or only when asked through
            `startOrStopRecording`.
        action_on_connect (ActionOnConnect | Unset): What to do once the called party answers: `play` a prompt or text-
            to-speech, `connect` (bridge) the
            call to another number, or join a video `room` as a participant.
        event_url (str | Unset): URL that receives the event posts (webhooks) for this call.
    """

    from_: str
    to: str
    name: str | Unset = UNSET
    owner_ref: str | Unset = UNSET
    auto_record: bool | Unset = UNSET
    action_on_connect: ActionOnConnect | Unset = UNSET
    event_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        name = self.name

        owner_ref = self.owner_ref

        auto_record = self.auto_record

        action_on_connect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_on_connect, Unset):
            action_on_connect = self.action_on_connect.to_dict()

        event_url = self.event_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if owner_ref is not UNSET:
            field_dict["owner_ref"] = owner_ref
        if auto_record is not UNSET:
            field_dict["auto_record"] = auto_record
        if action_on_connect is not UNSET:
            field_dict["action_on_connect"] = action_on_connect
        if event_url is not UNSET:
            field_dict["event_url"] = event_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        name = d.pop("name", UNSET)

        owner_ref = d.pop("owner_ref", UNSET)

        auto_record = d.pop("auto_record", UNSET)

        _action_on_connect = d.pop("action_on_connect", UNSET)
        action_on_connect: ActionOnConnect | Unset
        if isinstance(_action_on_connect, Unset):
            action_on_connect = UNSET
        else:
            action_on_connect = ActionOnConnect.from_dict(_action_on_connect)

        event_url = d.pop("event_url", UNSET)

        dial_out_request = cls(
            from_=from_,
            to=to,
            name=name,
            owner_ref=owner_ref,
            auto_record=auto_record,
            action_on_connect=action_on_connect,
            event_url=event_url,
        )

        dial_out_request.additional_properties = d
        return dial_out_request

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
from ..models.action_on_connect import ActionOnConnect  # noqa: E402
