from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tts_callout_domain import TtsCalloutDomain
from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsCallout")


@_attrs_define
class TtsCallout:
    """The text-to-speech callout calls a phone number and plays a synthesized text messages or pre-recorded sound files.

    Attributes:
        destination (Destination): The type of device and number or endpoint to call.
        cli (str | Unset): The number that will be displayed as the incoming caller. To set your own CLI, you may use
            your verified number or your Dashboard number. The number must be in
            [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format.
        dtmf (str | Unset): When the destination picks up, this DTMF tones will be played to the callee. Valid
            characters in the string are "0"-"9", "#", and "w". A "w" will render a 500 ms pause. For example, "ww1234#w#"
            will render a 1s pause, the DTMF tones "1", "2", "3", "4" and "#" followed by a 0.5s pause and finally the DTMF
            tone for "#". This can be used if the callout destination for instance require a conference PIN code or an
            extension to be entered.
        domain (TtsCalloutDomain | Unset): Can be either `pstn` for PSTN endpoint or `mxp` for data (app or web)
            clients.
        custom (str | Unset): Can be used to input custom data.
        locale (str | Unset): The voice and language you want to use for the text-to-speech message. This can either be
            defined by the ISO 639 locale and language code or by specifying a particular voice. Supported languages and
            voices are detailed [here](https://developers.sinch.com/docs/voice/api-reference/voice-locales).
        text (str | Unset): The text that will be spoken in the text-to-speech message.
            _Every application's default maximum characters allowed in text-to-speech is 600 characters. Contact support if
            you wish this limit to be changed._
        prompts (str | Unset): An advanced alternative to using `text`. Several prompts can be used, separated by a
            semi-colon `;`:
            - __TTS__ (text to speech): `#tts[Hello from Sinch]`.
            - __TTS with SSML__ (Speech Synthesis Markup Language, the subset supported by AWS Polly, see [supported
            tags](https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html)): `#ssml[<speak>Have a great
            day!</speak>]`.
            - __Externally hosted media__: a URL to your own hosted media, `#href[https://example.com/file.mp3]`; see
            [limits](https://developers.sinch.com/docs/voice/api-reference/supported-audio-formats/#limits).
            - The name of a pre-recorded file.

            Example: `#tts[Hello from Sinch];#ssml[<speak>Have a great day!</speak>]`.
            _Every application's default maximum allowed in TTS or TTS SSML is 600 characters. Contact support if you wish
            this limit to be changed._
            __Note__: We recommend that you prepare a test call for all ttsCallout text to speech messages using `prompts`
            to ensure you can hear it before you deploy in production. If the `prompts` contains an SSML syntax error or is
            missing `#tts[]` or `#ssml[]`, __you will not be alerted to this and the message will not play when the call
            arrives__.
        enable_ace (bool | Unset): If `enableAce` is set to `true` and the application has a callback URL specified, you
            will receive an ACE callback when the call is answered. When the callback is received, your platform must
            respond with a svamlet, typically containing a `playFiles` instruction and a `hangup` action (a `continue`
            action plays the message of the callout request). If it's set to `false`, no ACE event will be sent to your
            backend. Default: False.
        enable_dice (bool | Unset): If `enableDice` is set to `true` and the application has a callback URL specified,
            you will receive a DiCE callback when the call is disconnected. If it's set to `false`, no DiCE event will be
            sent to your backend. Default: False.
        enable_pie (bool | Unset): Note: PIE callbacks are not available for DATA Calls; only PSTN and SIP calls.
            If `enablePie` is set to `true` and the application has a callback URL specified, you will receive a PIE
            callback after the `runMenu` action executes and after the configured menu timeout has elapsed with no input. If
            it's set to `false`, no PIE events will be sent to your backend.
    """

    destination: Destination
    cli: str | Unset = UNSET
    dtmf: str | Unset = UNSET
    domain: TtsCalloutDomain | Unset = UNSET
    custom: str | Unset = UNSET
    locale: str | Unset = UNSET
    text: str | Unset = UNSET
    prompts: str | Unset = UNSET
    enable_ace: bool | Unset = False
    enable_dice: bool | Unset = False
    enable_pie: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.to_dict()

        cli = self.cli

        dtmf = self.dtmf

        domain: str | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.value

        custom = self.custom

        locale = self.locale

        text = self.text

        prompts = self.prompts

        enable_ace = self.enable_ace

        enable_dice = self.enable_dice

        enable_pie = self.enable_pie

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
            }
        )
        if cli is not UNSET:
            field_dict["cli"] = cli
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if domain is not UNSET:
            field_dict["domain"] = domain
        if custom is not UNSET:
            field_dict["custom"] = custom
        if locale is not UNSET:
            field_dict["locale"] = locale
        if text is not UNSET:
            field_dict["text"] = text
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if enable_ace is not UNSET:
            field_dict["enableAce"] = enable_ace
        if enable_dice is not UNSET:
            field_dict["enableDice"] = enable_dice
        if enable_pie is not UNSET:
            field_dict["enablePie"] = enable_pie

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = Destination.from_dict(d.pop("destination"))

        cli = d.pop("cli", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        _domain = d.pop("domain", UNSET)
        domain: TtsCalloutDomain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = TtsCalloutDomain(_domain)

        custom = d.pop("custom", UNSET)

        locale = d.pop("locale", UNSET)

        text = d.pop("text", UNSET)

        prompts = d.pop("prompts", UNSET)

        enable_ace = d.pop("enableAce", UNSET)

        enable_dice = d.pop("enableDice", UNSET)

        enable_pie = d.pop("enablePie", UNSET)

        tts_callout = cls(
            destination=destination,
            cli=cli,
            dtmf=dtmf,
            domain=domain,
            custom=custom,
            locale=locale,
            text=text,
            prompts=prompts,
            enable_ace=enable_ace,
            enable_dice=enable_dice,
            enable_pie=enable_pie,
        )

        tts_callout.additional_properties = d
        return tts_callout

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
from ..models.destination import Destination  # noqa: E402
