from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayPromptRequest")


@_attrs_define
class PlayPromptRequest:
    """`playPrompt` body playing a pre-recorded prompt. Told apart from the other variants by the required
    `prompt_name`; closed, so it cannot also carry `text` or `text_to_speech_option`.

        Attributes:
            prompt_name (str): Identifier of the prompt as configured on the EnableX portal.
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

    prompt_name: str
    prompt_ref: str | Unset = UNSET
    dtmf: bool | Unset = UNSET
    interrupt: bool | Unset = UNSET
    asr: bool | Unset = UNSET
    start_timeout: int | Unset = 10
    recognizer_timeout: int | Unset = 2

    def to_dict(self) -> dict[str, Any]:
        prompt_name = self.prompt_name

        prompt_ref = self.prompt_ref

        dtmf = self.dtmf

        interrupt = self.interrupt

        asr = self.asr

        start_timeout = self.start_timeout

        recognizer_timeout = self.recognizer_timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt_name": prompt_name,
            }
        )
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
        prompt_name = d.pop("prompt_name")

        prompt_ref = d.pop("prompt_ref", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        interrupt = d.pop("interrupt", UNSET)

        asr = d.pop("asr", UNSET)

        start_timeout = d.pop("start_timeout", UNSET)

        recognizer_timeout = d.pop("recognizer_timeout", UNSET)

        play_prompt_request = cls(
            prompt_name=prompt_name,
            prompt_ref=prompt_ref,
            dtmf=dtmf,
            interrupt=interrupt,
            asr=asr,
            start_timeout=start_timeout,
            recognizer_timeout=recognizer_timeout,
        )

        return play_prompt_request
