from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeechOption")


@_attrs_define
class TextToSpeechOption:
    """Advanced text-to-speech options: a sequence of texts and speech elements. The texts are spoken in
    document order around the elements (the seed's sample plays `text` after a leading silence, then a
    `break`, then `text2`). Because a JSON object cannot repeat a key, the texts following the first are
    numbered `text2`, `text3`, ...; further numbered keys (`text4`, ...) pass through as additional
    properties. The generated client writes the keys in the order declared here.

        Attributes:
            silence (TextToSpeechSilence | Unset): Silence inserted in the speech.
            text (str | Unset): First text to speak.
            break_ (TextToSpeechBreak | Unset): A pause in the speech.
            text2 (str | Unset): Text spoken after the preceding element.
            express_as (TextToSpeechExpressAs | Unset): Speak a text in a speaking style that expresses an emotion such as
                cheerfulness, empathy or calm.
            prosody (TextToSpeechProsody | Unset): Changes pitch, rate and volume for the texts it contains. Besides texts
                it can contain `break`,
                a nested `prosody` and `say-as`; the numbered texts follow the same convention as in
                `TextToSpeechOption`.
            text3 (str | Unset): Text spoken after the preceding element.
    """

    silence: TextToSpeechSilence | Unset = UNSET
    text: str | Unset = UNSET
    break_: TextToSpeechBreak | Unset = UNSET
    text2: str | Unset = UNSET
    express_as: TextToSpeechExpressAs | Unset = UNSET
    prosody: TextToSpeechProsody | Unset = UNSET
    text3: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        silence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.silence, Unset):
            silence = self.silence.to_dict()

        text = self.text

        break_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.break_, Unset):
            break_ = self.break_.to_dict()

        text2 = self.text2

        express_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.express_as, Unset):
            express_as = self.express_as.to_dict()

        prosody: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prosody, Unset):
            prosody = self.prosody.to_dict()

        text3 = self.text3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if silence is not UNSET:
            field_dict["silence"] = silence
        if text is not UNSET:
            field_dict["text"] = text
        if break_ is not UNSET:
            field_dict["break"] = break_
        if text2 is not UNSET:
            field_dict["text2"] = text2
        if express_as is not UNSET:
            field_dict["express-as"] = express_as
        if prosody is not UNSET:
            field_dict["prosody"] = prosody
        if text3 is not UNSET:
            field_dict["text3"] = text3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _silence = d.pop("silence", UNSET)
        silence: TextToSpeechSilence | Unset
        if isinstance(_silence, Unset):
            silence = UNSET
        else:
            silence = TextToSpeechSilence.from_dict(_silence)

        text = d.pop("text", UNSET)

        _break_ = d.pop("break", UNSET)
        break_: TextToSpeechBreak | Unset
        if isinstance(_break_, Unset):
            break_ = UNSET
        else:
            break_ = TextToSpeechBreak.from_dict(_break_)

        text2 = d.pop("text2", UNSET)

        _express_as = d.pop("express-as", UNSET)
        express_as: TextToSpeechExpressAs | Unset
        if isinstance(_express_as, Unset):
            express_as = UNSET
        else:
            express_as = TextToSpeechExpressAs.from_dict(_express_as)

        _prosody = d.pop("prosody", UNSET)
        prosody: TextToSpeechProsody | Unset
        if isinstance(_prosody, Unset):
            prosody = UNSET
        else:
            prosody = TextToSpeechProsody.from_dict(_prosody)

        text3 = d.pop("text3", UNSET)

        text_to_speech_option = cls(
            silence=silence,
            text=text,
            break_=break_,
            text2=text2,
            express_as=express_as,
            prosody=prosody,
            text3=text3,
        )

        text_to_speech_option.additional_properties = d
        return text_to_speech_option

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


# Imported here, after the class, because these models may import this one.
from ..models.text_to_speech_break import TextToSpeechBreak  # noqa: E402
from ..models.text_to_speech_express_as import TextToSpeechExpressAs  # noqa: E402
from ..models.text_to_speech_prosody import TextToSpeechProsody  # noqa: E402
from ..models.text_to_speech_silence import TextToSpeechSilence  # noqa: E402
