from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prosody_volume_level import ProsodyVolumeLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeechProsody")


@_attrs_define
class TextToSpeechProsody:
    """Changes pitch, rate and volume for the texts it contains. Besides texts it can contain `break`,
    a nested `prosody` and `say-as`; the numbered texts follow the same convention as in
    `TextToSpeechOption`.

        Attributes:
            rate (str | Unset): Speaking rate of the text, for example a relative change such as `+30.00%`.
            pitch (str | Unset): Baseline pitch of the text, for example `high`.
            volume (ProsodyVolumeLevel | str | Unset): Volume of the speaking voice: either a constant level, or a relative
                change written as a number
                optionally preceded by `+` or `-` and followed by `%` (for example `+50.00%`).
            text (str | Unset): First text to speak with these settings.
            break_ (TextToSpeechBreak | Unset): A pause in the speech.
            text2 (str | Unset): Text spoken after the preceding element.
            prosody (TextToSpeechProsody | Unset): Changes pitch, rate and volume for the texts it contains. Besides texts
                it can contain `break`,
                a nested `prosody` and `say-as`; the numbered texts follow the same convention as in
                `TextToSpeechOption`.
            say_as (TextToSpeechSayAs | Unset): Says `text` as a given content type (`interpret-as`). `format` is only used
                with `date`, `time` and
                `duration` (one of their format codes) and with `telephone` (a country calling code).
            text3 (str | Unset): Text spoken after the preceding element.
    """

    rate: str | Unset = UNSET
    pitch: str | Unset = UNSET
    volume: ProsodyVolumeLevel | str | Unset = UNSET
    text: str | Unset = UNSET
    break_: TextToSpeechBreak | Unset = UNSET
    text2: str | Unset = UNSET
    prosody: TextToSpeechProsody | Unset = UNSET
    say_as: TextToSpeechSayAs | Unset = UNSET
    text3: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        pitch = self.pitch

        volume: str | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        elif isinstance(self.volume, ProsodyVolumeLevel):
            volume = self.volume.value
        else:
            volume = self.volume

        text = self.text

        break_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.break_, Unset):
            break_ = self.break_.to_dict()

        text2 = self.text2

        prosody: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prosody, Unset):
            prosody = self.prosody.to_dict()

        say_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.say_as, Unset):
            say_as = self.say_as.to_dict()

        text3 = self.text3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if volume is not UNSET:
            field_dict["volume"] = volume
        if text is not UNSET:
            field_dict["text"] = text
        if break_ is not UNSET:
            field_dict["break"] = break_
        if text2 is not UNSET:
            field_dict["text2"] = text2
        if prosody is not UNSET:
            field_dict["prosody"] = prosody
        if say_as is not UNSET:
            field_dict["say-as"] = say_as
        if text3 is not UNSET:
            field_dict["text3"] = text3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate = d.pop("rate", UNSET)

        pitch = d.pop("pitch", UNSET)

        def _parse_volume(data: object) -> ProsodyVolumeLevel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                volume_type_0 = ProsodyVolumeLevel(data)

                return volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProsodyVolumeLevel | str | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        text = d.pop("text", UNSET)

        _break_ = d.pop("break", UNSET)
        break_: TextToSpeechBreak | Unset
        if isinstance(_break_, Unset):
            break_ = UNSET
        else:
            break_ = TextToSpeechBreak.from_dict(_break_)

        text2 = d.pop("text2", UNSET)

        _prosody = d.pop("prosody", UNSET)
        prosody: TextToSpeechProsody | Unset
        if isinstance(_prosody, Unset):
            prosody = UNSET
        else:
            prosody = TextToSpeechProsody.from_dict(_prosody)

        _say_as = d.pop("say-as", UNSET)
        say_as: TextToSpeechSayAs | Unset
        if isinstance(_say_as, Unset):
            say_as = UNSET
        else:
            say_as = TextToSpeechSayAs.from_dict(_say_as)

        text3 = d.pop("text3", UNSET)

        text_to_speech_prosody = cls(
            rate=rate,
            pitch=pitch,
            volume=volume,
            text=text,
            break_=break_,
            text2=text2,
            prosody=prosody,
            say_as=say_as,
            text3=text3,
        )

        text_to_speech_prosody.additional_properties = d
        return text_to_speech_prosody

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
from ..models.text_to_speech_say_as import TextToSpeechSayAs  # noqa: E402
