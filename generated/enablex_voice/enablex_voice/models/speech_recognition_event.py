from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.play_state import PlayState
from ..models.speech_recognition_state import SpeechRecognitionState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeechRecognitionEvent")


@_attrs_define
class SpeechRecognitionEvent:
    """Speech recognition event (webhook `speechRecognition`), recognised by a `state` of `recognized`,
    `timeout` or `unrecognized`; it also carries `playstate: speech_recognized`. The recognised text is in
    `text` (the documentation also calls it `recognized_phrase`).

        Attributes:
            voice_id (UUID): Identifier of the call.
            state (SpeechRecognitionState): Outcome of speech recognition.
            timestamp (datetime.datetime): UTC time at which the speech was analysed.
            from_ (str | Unset): The originating number of the call.
            to (str | Unset): The destination number of the call.
            text (str | Unset): The recognised text, a word or a sentence.
            reason (str | Unset): Reason given by the recognizer, for example `Recognized`.
            playstate (PlayState | Unset): State of the current play action.
            prompt_ref (str | Unset): The `prompt_ref` of the prompt that asked for the speech.
    """

    voice_id: UUID
    state: SpeechRecognitionState
    timestamp: datetime.datetime
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    text: str | Unset = UNSET
    reason: str | Unset = UNSET
    playstate: PlayState | Unset = UNSET
    prompt_ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = str(self.voice_id)

        state = self.state.value

        timestamp = self.timestamp.isoformat()

        from_ = self.from_

        to = self.to

        text = self.text

        reason = self.reason

        playstate: str | Unset = UNSET
        if not isinstance(self.playstate, Unset):
            playstate = self.playstate.value

        prompt_ref = self.prompt_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "state": state,
                "timestamp": timestamp,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if text is not UNSET:
            field_dict["text"] = text
        if reason is not UNSET:
            field_dict["reason"] = reason
        if playstate is not UNSET:
            field_dict["playstate"] = playstate
        if prompt_ref is not UNSET:
            field_dict["prompt_ref"] = prompt_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = UUID(d.pop("voice_id"))

        state = SpeechRecognitionState(d.pop("state"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        text = d.pop("text", UNSET)

        reason = d.pop("reason", UNSET)

        _playstate = d.pop("playstate", UNSET)
        playstate: PlayState | Unset
        if isinstance(_playstate, Unset):
            playstate = UNSET
        else:
            playstate = PlayState(_playstate)

        prompt_ref = d.pop("prompt_ref", UNSET)

        speech_recognition_event = cls(
            voice_id=voice_id,
            state=state,
            timestamp=timestamp,
            from_=from_,
            to=to,
            text=text,
            reason=reason,
            playstate=playstate,
            prompt_ref=prompt_ref,
        )

        speech_recognition_event.additional_properties = d
        return speech_recognition_event

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
