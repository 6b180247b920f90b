from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain import Domain
from ..models.moh_class import MohClass
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceCallout")


@_attrs_define
class ConferenceCallout:
    """The conference callout calls a phone number or a user. When the call is answered, it's connected to a conference
    room. The same request can be made several times to connect several participants to the same conference room.

        Attributes:
            destination (Destination): The type of device and number or endpoint to call.
            conference_id (str): The conferenceId of the conference to which you want the callee to join. If the
                conferenceId doesn't exist a conference room will be created.
            cli (str | Unset): The number that will be displayed as the incoming caller. To set your own CLI, you may use
                your verified number or your Dashboard number. The number must be in
                [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format.
            conference_dtmf_options (ConferenceDtmfOptions | Unset): Options to control how DTMF signals are used by the
                participant in the conference. For information on how to use this feature, read more
                [here](https://developers.sinch.com/docs/voice/api-reference/conference-dtmf).
            dtmf (str | Unset): When the destination picks up, this DTMF tones will be played to the callee. Valid
                characters in the string are "0"-"9", "#" and "w". A "w" will render a 500 ms pause. Example: "ww1234#w#" will
                render a 1s pause, the DTMF tones "1", "2", "3", "4" and "#" followed by a 0.5s pause and finally the DTMF tone
                for "#". This can be used if the callout destination for instance require a conference PIN code or an extension
                to be entered.
            max_duration (int | Unset): The maximum amount of time in seconds that the call will last.
            enable_ace (bool | Unset): If `enableAce` is set to true and the application has a callback URL specified, you
                will receive an ACE callback when the call is answered. When the callback is received, your platform must
                respond with a svamlet containing the `connectConf` action in order to add the call to a conference or create
                the conference if it's the first call. If it's set to false, no ACE event will be sent to your backend.
                Note if the call is towards an InApp destination `type:` `username`, then no ACE will be issued when the call is
                connected, even if `enableAce` is present in the callout request. Default: False.
            enable_dice (bool | Unset): If `enableDice` is set to true and the application has a callback URL specified, you
                will receive a DiCE callback when the call is disconnected. If it's set to false, no DiCE event will be sent to
                your backend.
                Note if the call is towards an InApp destination `type:` `username`, then no DICE will be issued at the end of
                the call, even if `enableDice` is present in the callout request. Default: False.
            enable_pie (bool | Unset): If `enablePie` is set to true and the application has a callback URL specified, you
                will receive a PIE callback after a `runMenu` action, with the information of the action that the user took. If
                it's set to false, no PIE event will be sent to your backend. Default: False.
            locale (str | Unset): The voice and language you want to use for the prompts. This can either be defined by the
                ISO 639 locale and language code or by specifying a particular voice. Supported languages and voices are
                detailed [here](https://developers.sinch.com/docs/voice/api-reference/voice-locales). Default: 'en-US'.
            greeting (str | Unset): The text that will be spoken as a greeting.
            moh_class (MohClass | Unset): Means "music on hold". Selects what a participant hears while alone in a
                conference or while on hold. If it isn't specified, the user only hears silence.
            custom (str | Unset): Used to input custom data.
            domain (Domain | Unset): Can be either `pstn` for PSTN endpoint or `mxp` for data (app or web) clients. Sinch
                sends and accepts both lower- and upper-case spellings.
    """

    destination: Destination
    conference_id: str
    cli: str | Unset = UNSET
    conference_dtmf_options: ConferenceDtmfOptions | Unset = UNSET
    dtmf: str | Unset = UNSET
    max_duration: int | Unset = UNSET
    enable_ace: bool | Unset = False
    enable_dice: bool | Unset = False
    enable_pie: bool | Unset = False
    locale: str | Unset = "en-US"
    greeting: str | Unset = UNSET
    moh_class: MohClass | Unset = UNSET
    custom: str | Unset = UNSET
    domain: Domain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.to_dict()

        conference_id = self.conference_id

        cli = self.cli

        conference_dtmf_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conference_dtmf_options, Unset):
            conference_dtmf_options = self.conference_dtmf_options.to_dict()

        dtmf = self.dtmf

        max_duration = self.max_duration

        enable_ace = self.enable_ace

        enable_dice = self.enable_dice

        enable_pie = self.enable_pie

        locale = self.locale

        greeting = self.greeting

        moh_class: str | Unset = UNSET
        if not isinstance(self.moh_class, Unset):
            moh_class = self.moh_class.value

        custom = self.custom

        domain: str | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "conferenceId": conference_id,
            }
        )
        if cli is not UNSET:
            field_dict["cli"] = cli
        if conference_dtmf_options is not UNSET:
            field_dict["conferenceDtmfOptions"] = conference_dtmf_options
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if enable_ace is not UNSET:
            field_dict["enableAce"] = enable_ace
        if enable_dice is not UNSET:
            field_dict["enableDice"] = enable_dice
        if enable_pie is not UNSET:
            field_dict["enablePie"] = enable_pie
        if locale is not UNSET:
            field_dict["locale"] = locale
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if moh_class is not UNSET:
            field_dict["mohClass"] = moh_class
        if custom is not UNSET:
            field_dict["custom"] = custom
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = Destination.from_dict(d.pop("destination"))

        conference_id = d.pop("conferenceId")

        cli = d.pop("cli", UNSET)

        _conference_dtmf_options = d.pop("conferenceDtmfOptions", UNSET)
        conference_dtmf_options: ConferenceDtmfOptions | Unset
        if isinstance(_conference_dtmf_options, Unset):
            conference_dtmf_options = UNSET
        else:
            conference_dtmf_options = ConferenceDtmfOptions.from_dict(_conference_dtmf_options)

        dtmf = d.pop("dtmf", UNSET)

        max_duration = d.pop("maxDuration", UNSET)

        enable_ace = d.pop("enableAce", UNSET)

        enable_dice = d.pop("enableDice", UNSET)

        enable_pie = d.pop("enablePie", UNSET)

        locale = d.pop("locale", UNSET)

        greeting = d.pop("greeting", UNSET)

        _moh_class = d.pop("mohClass", UNSET)
        moh_class: MohClass | Unset
        if isinstance(_moh_class, Unset):
            moh_class = UNSET
        else:
            moh_class = MohClass(_moh_class)

        custom = d.pop("custom", UNSET)

        _domain = d.pop("domain", UNSET)
        domain: Domain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = Domain(_domain)

        conference_callout = cls(
            destination=destination,
            conference_id=conference_id,
            cli=cli,
            conference_dtmf_options=conference_dtmf_options,
            dtmf=dtmf,
            max_duration=max_duration,
            enable_ace=enable_ace,
            enable_dice=enable_dice,
            enable_pie=enable_pie,
            locale=locale,
            greeting=greeting,
            moh_class=moh_class,
            custom=custom,
            domain=domain,
        )

        conference_callout.additional_properties = d
        return conference_callout

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
from ..models.conference_dtmf_options import ConferenceDtmfOptions  # noqa: E402
from ..models.destination import Destination  # noqa: E402
