from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_state import RequestState
from ..types import UNSET, Unset

T = TypeVar("T", bound="BridgeCallResponse")


@_attrs_define
class BridgeCallResponse:
    """Response of `bridgeCall`. Bridge progress is delivered as `CallStateEvent` webhooks.

    Attributes:
        voice_id (UUID): Identifier of the voice call.
        state (RequestState): Whether the platform accepted the request.
        timestamp (datetime.datetime): UTC time at which the response was generated.
        bridge_id (str | Unset): Identifier of the bridge.
        from_ (str | Unset): The CLI used as caller ID for the bridged call.
        to (str | Unset): The destination the call is bridged to.
    """

    voice_id: UUID
    state: RequestState
    timestamp: datetime.datetime
    bridge_id: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        timestamp = self.timestamp.isoformat()

        bridge_id = self.bridge_id

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
        if bridge_id is not UNSET:
            field_dict["bridge_id"] = bridge_id
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

        bridge_id = d.pop("bridge_id", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        bridge_call_response = cls(
            voice_id=voice_id,
            state=state,
            timestamp=timestamp,
            bridge_id=bridge_id,
            from_=from_,
            to=to,
        )

        bridge_call_response.additional_properties = d
        return bridge_call_response

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
