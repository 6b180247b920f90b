from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.text_to_speech_voice import TextToSpeechVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayAdvancedTextToSpeechRequest")


@_attrs_define
class PlayAdvancedTextToSpeechRequest:
    """`playPrompt` body playing text-to-speech built from the advanced options. Told apart from the other
    variants by the required `text_to_speech_option`; closed, so it cannot also carry `prompt_name` or
    `text`.

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
            dtmf (bool | Unset): Wait for the digits pressed by the user (reported as `digitcollected` or `menutimeout`).
            asr (bool | Unset): Enable interactive voice response through speech recognition (reported as
                `SpeechRecognitionEvent`).
            start_timeout (int | Unset): Initial silence, in seconds, allowed before the user starts speaking. Default: 10.
            recognizer_timeout (int | Unset): Seconds of silence to wait before the recognizer returns the result. Default:
                2.
    """

    text_to_speech_option: TextToSpeechOption
    voice: TextToSpeechVoice | Unset = UNSET
    language: str | Unset = UNSET
    prompt_ref: str | Unset = UNSET
    dtmf: bool | Unset = UNSET
    asr: bool | Unset = UNSET
    start_timeout: int | Unset = 10
    recognizer_timeout: int | Unset = 2

    def to_dict(self) -> dict[str, Any]:
        text_to_speech_option = self.text_to_speech_option.to_dict()

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

        language = self.language

        prompt_ref = self.prompt_ref

        dtmf = self.dtmf

        asr = self.asr

        start_timeout = self.start_timeout

        recognizer_timeout = self.recognizer_timeout

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
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if asr is not UNSET:
            field_dict["asr"] = asr
        if start_timeout is not UNSET:
            field_dict["start_timeout"] = start_timeout
        if recognizer_timeout is not UNSET:
            field_dict["recognizer_timeout"] = recognizer_timeout

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

        dtmf = d.pop("dtmf", UNSET)

        asr = d.pop("asr", UNSET)

        start_timeout = d.pop("start_timeout", UNSET)

        recognizer_timeout = d.pop("recognizer_timeout", UNSET)

        play_advanced_text_to_speech_request = cls(
            text_to_speech_option=text_to_speech_option,
            voice=voice,
            language=language,
            prompt_ref=prompt_ref,
            dtmf=dtmf,
            asr=asr,
            start_timeout=start_timeout,
            recognizer_timeout=recognizer_timeout,
        )

        return play_advanced_text_to_speech_request


# Imported here, after the class, because these models may import this one.
from ..models.text_to_speech_option import TextToSpeechOption  # noqa: E402
