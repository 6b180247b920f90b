from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.text_to_speech_voice import TextToSpeechVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayTextToSpeech")


@_attrs_define
class PlayTextToSpeech:
    """Play text through the text-to-speech engine. Told apart from the other play variants by the required
    `text`; the object is closed, so it cannot also carry `prompt_name` or `text_to_speech_option`.

        Attributes:
            text (str): Text to play by the text-to-speech engine.
            voice (TextToSpeechVoice): Voice of the text-to-speech engine.
            language (str | Unset): Language to speak the prompt in, as a language tag such as `en-US`.
            prompt_ref (str | Unset): Reference of your choosing, returned in the play events of this prompt.
    """

    text: str
    voice: TextToSpeechVoice
    language: str | Unset = UNSET
    prompt_ref: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice = self.voice.value

        language = self.language

        prompt_ref = self.prompt_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "voice": voice,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if prompt_ref is not UNSET:
            field_dict["prompt_ref"] = prompt_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        voice = TextToSpeechVoice(d.pop("voice"))

        language = d.pop("language", UNSET)

        prompt_ref = d.pop("prompt_ref", UNSET)

        play_text_to_speech = cls(
            text=text,
            voice=voice,
            language=language,
            prompt_ref=prompt_ref,
        )

        return play_text_to_speech
