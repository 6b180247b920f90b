from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failure_state import FailureState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body of every route. `result` is an EnableX 4-digit result code or the HTTP status code; `msg`
    describes it. Depending on the route the body also says `state`, `status` or `playstate` is `failed`
    and echoes the call (`voice_id`, `from`, `to`).

        Attributes:
            msg (str): Textual description of the result code.
            result (int | Unset): Result code. Documented EnableX codes:
                6107 text-to-speech conversion error (HTTP 503), 6110 application not found (HTTP 404),
                6112 call is in bridged mode, media cannot be played (HTTP 405), 6114 play request pending (HTTP 408),
                6117 voice not supported for text-to-speech conversion (HTTP 406), 6118 phone number not found for the
                service (HTTP 404), 6119 failed to start recording on the bridge (HTTP 500). Other errors carry the
                HTTP status code itself (400, 404, 408, 409, 500).
            state (FailureState | Unset): The `state`, `status` or `playstate` of an error body.
            status (FailureState | Unset): The `state`, `status` or `playstate` of an error body.
            playstate (FailureState | Unset): The `state`, `status` or `playstate` of an error body.
            voice_id (UUID | Unset): Identifier of the call the request was about.
            from_ (str | Unset): The originating number of the call.
            to (str | Unset): The destination number of the call.
            timestamp (datetime.datetime | Unset): UTC time at which the response was generated.
    """

    msg: str
    result: int | Unset = UNSET
    state: FailureState | Unset = UNSET
    status: FailureState | Unset = UNSET
    playstate: FailureState | Unset = UNSET
    voice_id: UUID | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        result = self.result

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        playstate: str | Unset = UNSET
        if not isinstance(self.playstate, Unset):
            playstate = self.playstate.value

        voice_id: str | Unset = UNSET
        if not isinstance(self.voice_id, Unset):
            voice_id = str(self.voice_id)

        from_ = self.from_

        to = self.to

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msg": msg,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if playstate is not UNSET:
            field_dict["playstate"] = playstate
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg = d.pop("msg")

        result = d.pop("result", UNSET)

        _state = d.pop("state", UNSET)
        state: FailureState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = FailureState(_state)

        _status = d.pop("status", UNSET)
        status: FailureState | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FailureState(_status)

        _playstate = d.pop("playstate", UNSET)
        playstate: FailureState | Unset
        if isinstance(_playstate, Unset):
            playstate = UNSET
        else:
            playstate = FailureState(_playstate)

        _voice_id = d.pop("voice_id", UNSET)
        voice_id: UUID | Unset
        if isinstance(_voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = UUID(_voice_id)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        error_response = cls(
            msg=msg,
            result=result,
            state=state,
            status=status,
            playstate=playstate,
            voice_id=voice_id,
            from_=from_,
            to=to,
            timestamp=timestamp,
        )

        error_response.additional_properties = d
        return error_response

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
