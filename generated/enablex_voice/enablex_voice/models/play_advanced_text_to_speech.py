from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.text_to_speech_voice import TextToSpeechVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayAdvancedTextToSpeech")


@_attrs_define
class PlayAdvancedTextToSpeech:
    """Play text-to-speech built from the advanced options (pauses, speaking styles, prosody, say-as). Told
    apart from the other play variants by the required `text_to_speech_option`; the object is closed, so
    it cannot also carry `prompt_name` or `text` (the texts go inside `text_to_speech_option`).

        Attributes:
            text_to_speech_option (TextToSpeechOption): Advanced text-to-speech options: a sequence of texts and speech
                elements. The texts are spoken in
                document order around the elements (the seed's sample plays `text` after a leading silence, then a
                `break`, then `text2`). Because a JSON object cannot repeat a key, the texts following the first are
                numbered `text2`, `text3`, ...; further numbered keys (`text4`, ...) pass through as additional
                properties. The generated client writes the keys in the order declared here.
            voice (TextToSpeechVoice | Unset): Voice of the text-to-speech engine.
            language (str | Unset): Language to speak the prompt in, as a language tag such as `en-US`.
            prompt_ref (str | Unset): Reference of your choosing, returned in the play events of this prompt.
    """

    text_to_speech_option: TextToSpeechOption
    voice: TextToSpeechVoice | Unset = UNSET
    language: str | Unset = UNSET
    prompt_ref: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text_to_speech_option = self.text_to_speech_option.to_dict()

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

        language = self.language

        prompt_ref = self.prompt_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text_to_speech_option": text_to_speech_option,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if language is not UNSET:
            field_dict["language"] = language
        if prompt_ref is not UNSET:
            field_dict["prompt_ref"] = prompt_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_to_speech_option = TextToSpeechOption.from_dict(d.pop("text_to_speech_option"))

        _voice = d.pop("voice", UNSET)
        voice: TextToSpeechVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = TextToSpeechVoice(_voice)

        language = d.pop("language", UNSET)

        prompt_ref = d.pop("prompt_ref", UNSET)

        play_advanced_text_to_speech = cls(
            text_to_speech_option=text_to_speech_option,
            voice=voice,
            language=language,
            prompt_ref=prompt_ref,
        )

        return play_advanced_text_to_speech


# Imported here, after the class, because these models may import this one.
from ..models.text_to_speech_option import TextToSpeechOption  # noqa: E402
