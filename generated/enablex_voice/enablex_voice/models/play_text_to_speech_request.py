from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.text_to_speech_voice import TextToSpeechVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayTextToSpeechRequest")


@_attrs_define
class PlayTextToSpeechRequest:
    """`playPrompt` body playing text-to-speech. Told apart from the other variants by the required `text`;
    closed, so it cannot also carry `prompt_name` or `text_to_speech_option`.

        Attributes:
            text (str): Text to play by the text-to-speech engine.
            voice (TextToSpeechVoice): Voice of the text-to-speech engine.
            language (str | Unset): Language to speak the prompt in, as a language tag such as `en-US`.
            prompt_ref (str | Unset): Reference of your choosing, returned in the play events of this prompt.
            dtmf (bool | Unset): Wait for the digits pressed by the user (reported as `digitcollected` or `menutimeout`).
            interrupt (bool | Unset): Whether a key press may cut the prompt short. EnableX's sample applications send
                `interrupt: false`
                with voice menus (`dtmf: true`); the value `true` is assumed to let DTMF interrupt the prompt.
            asr (bool | Unset): Enable interactive voice response through speech recognition (reported as
                `SpeechRecognitionEvent`).
            start_timeout (int | Unset): Initial silence, in seconds, allowed before the user starts speaking. Default: 10.
            recognizer_timeout (int | Unset): Seconds of silence to wait before the recognizer returns the result. Default:
                2.
    """

    text: str
    voice: TextToSpeechVoice
    language: str | Unset = UNSET
    prompt_ref: str | Unset = UNSET
    dtmf: bool | Unset = UNSET
    interrupt: bool | Unset = UNSET
    asr: bool | Unset = UNSET
    start_timeout: int | Unset = 10
    recognizer_timeout: int | Unset = 2

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice = self.voice.value

        language = self.language

        prompt_ref = self.prompt_ref

        dtmf = self.dtmf

        interrupt = self.interrupt

        asr = self.asr

        start_timeout = self.start_timeout

        recognizer_timeout = self.recognizer_timeout

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
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if interrupt is not UNSET:
            field_dict["interrupt"] = interrupt
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
        text = d.pop("text")

        voice = TextToSpeechVoice(d.pop("voice"))

        language = d.pop("language", UNSET)

        prompt_ref = d.pop("prompt_ref", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        interrupt = d.pop("interrupt", UNSET)

        asr = d.pop("asr", UNSET)

        start_timeout = d.pop("start_timeout", UNSET)

        recognizer_timeout = d.pop("recognizer_timeout", UNSET)

        play_text_to_speech_request = cls(
            text=text,
            voice=voice,
            language=language,
            prompt_ref=prompt_ref,
            dtmf=dtmf,
            interrupt=interrupt,
            asr=asr,
            start_timeout=start_timeout,
            recognizer_timeout=recognizer_timeout,
        )

        return play_text_to_speech_request
