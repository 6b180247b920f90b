from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_state import CallState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallStateEvent")


@_attrs_define
class CallStateEvent:
    """Call state event (webhook `callState`). Recognised by a `state` of `ringing`, `connected`,
    `disconnected`, `bridging`, `bridged`, `bridge_disconnected`, `failed` or `incomingcall`, together with
    `from` and `to`. (`failed` without `from`/`to` but with `description` is a `RecordingStateEvent`.)
    `disconnect_reason`, `recording_url` and `recording_duration` come with `disconnected`; `room_id` when
    the call joined a video room; `channel_id` with `incomingcall`.

        Attributes:
            voice_id (UUID): Identifier of the call, created when the call is made or received; used for all later requests.
            state (CallState): State of a call reported by `CallStateEvent`.
            from_ (str): The originating number (caller ID); for outbound calls typically the configured CLI.
            to (str): The destination number (or the SIP URI a call is bridged to); for `incomingcall` the project number
                that was dialled.
            timestamp (datetime.datetime): UTC time at which the server created the event.
            owner_ref (str | Unset): The `owner_ref` given when dialling out.
            broadcast_id (str | Unset): Identifier of the voice broadcast the call belongs to, on calls made by the
                broadcast API.
            room_id (str | Unset): Identifier of the video room the call joined.
            channel_id (str | Unset): Identifier of the call leg channel.
            recording_url (str | Unset): URL of the call recording file.
            recording_duration (int | Unset): Duration of the call recording; the seed gives the number (50) without a unit,
                presumably seconds.
            disconnect_reason (str | Unset): Why the call was disconnected, for example `Normal Clearing` or `User Busy`.
    """

    voice_id: UUID
    state: CallState
    from_: str
    to: str
    timestamp: datetime.datetime
    owner_ref: str | Unset = UNSET
    broadcast_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    recording_duration: int | Unset = UNSET
    disconnect_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        from_ = self.from_

        to = self.to

        timestamp = self.timestamp.isoformat()

        owner_ref = self.owner_ref

        broadcast_id = self.broadcast_id

        room_id = self.room_id

        channel_id = self.channel_id

        recording_url = self.recording_url

        recording_duration = self.recording_duration

        disconnect_reason = self.disconnect_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "state": state,
                "from": from_,
                "to": to,
                "timestamp": timestamp,
            }
        )
        if owner_ref is not UNSET:
            field_dict["owner_ref"] = owner_ref
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if recording_duration is not UNSET:
            field_dict["recording_duration"] = recording_duration
        if disconnect_reason is not UNSET:
            field_dict["disconnect_reason"] = disconnect_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        state = CallState(d.pop("state"))

        from_ = d.pop("from")

        to = d.pop("to")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        owner_ref = d.pop("owner_ref", UNSET)

        broadcast_id = d.pop("broadcast_id", UNSET)

        room_id = d.pop("room_id", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        recording_duration = d.pop("recording_duration", UNSET)

        disconnect_reason = d.pop("disconnect_reason", UNSET)

        call_state_event = cls(
            voice_id=voice_id,
            state=state,
            from_=from_,
            to=to,
            timestamp=timestamp,
            owner_ref=owner_ref,
            broadcast_id=broadcast_id,
            room_id=room_id,
            channel_id=channel_id,
            recording_url=recording_url,
            recording_duration=recording_duration,
            disconnect_reason=disconnect_reason,
        )

        call_state_event.additional_properties = d
        return call_state_event

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
