from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_state import RequestState
from ..types import UNSET, Unset

T = TypeVar("T", bound="DialOutResponse")


@_attrs_define
class DialOutResponse:
    """Response of `dialOut`.

    Attributes:
        voice_id (UUID): Identifier of the voice call; used for every later request about this call.
        state (RequestState): Whether the platform accepted the request.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        msg (str | Unset): Textual description of the reason code.
        owner_ref (str | Unset): The `owner_ref` passed in the request.
        from_ (str | Unset): The originating number (CLI).
        to (str | Unset): The called number.
    """

    voice_id: UUID
    state: RequestState
    timestamp: datetime.datetime
    msg: str | Unset = UNSET
    owner_ref: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        timestamp = self.timestamp.isoformat()

        msg = self.msg

        owner_ref = self.owner_ref

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "state": state,
                "timestamp": timestamp,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if owner_ref is not UNSET:
            field_dict["owner_ref"] = owner_ref
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        state = RequestState(d.pop("state"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        msg = d.pop("msg", UNSET)

        owner_ref = d.pop("owner_ref", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        dial_out_response = cls(
            voice_id=voice_id,
            state=state,
            timestamp=timestamp,
            msg=msg,
            owner_ref=owner_ref,
            from_=from_,
            to=to,
        )

        dial_out_response.additional_properties = d
        return dial_out_response

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
