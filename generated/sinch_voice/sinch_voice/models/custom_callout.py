from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomCallout")


@_attrs_define
class CustomCallout:
    """ With the custom callout, the server initiates a call that can be controlled by specifying how the call should
    progress at each call event, either with inline SVAML or with callback URLs.

        Attributes:
            cli (str | Unset): The number that will be displayed as the incoming caller, to set your own CLI, you may use
                your verified number or your Dashboard virtual number, it must be in
                [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format.
            destination (Destination | Unset): The type of device and number or endpoint to call.
            dtmf (str | Unset): When the destination picks up, this DTMF tones will be played to the callee. Valid
                characters in the string are "0"-"9", "#", and "w". A "w" will render a 500 ms pause. For example, "ww1234#w#"
                will render a 1s pause, the DTMF tones "1", "2", "3", "4" and "#" followed by a 0.5s pause and finally the DTMF
                tone for "#". This can be used if the callout destination for instance require a conference PIN code or an
                extension to be entered.
            custom (str | Unset): Can be used to input custom data.
            max_duration (int | Unset): The maximum amount of time in seconds that the call will last.
            ice (str | Unset): You can use inline [SVAML](https://developers.sinch.com/docs/voice/api-reference/svaml/) to
                replace a callback URL when using custom callouts. Ensure that the JSON object is escaped correctly. If inline
                ICE SVAML is passed, exclude *cli* and *destination* properties from the *customCallout* request body.
                Example: `"{\\"action\\":{\\"name\\":\\"connectPstn\\",\\"number\\":\\"+46000000001\\
                ",\\"maxDuration\\":90}}"`
            ace (str | Unset): You can use inline [SVAML](https://developers.sinch.com/docs/voice/api-reference/svaml/) to
                replace a callback URL when using custom callouts. Ensure that the JSON object is escaped correctly.
                Example: `"{\\"action\\": {\\"name\\": \\"runMenu\\",\\"locale\\": \\"en-US\\",\\"menus\\": [{\\"id\\":
                \\"main\\",\\"mainPrompt\\": \\"#ssml[<speak>Welcome to the main menu. Press 1 for a callback or 2 for a
                cancel</speak>]\\",\\"timeoutMills\\": 5000,\\"options\\": [ {\\"dtmf\\": \\"1\\",\\"action\\":
                \\"return(callback)\\"}, {\\"dtmf\\": \\"2\\",\\"action\\": \\"return(cancel)\\"}]}]}}"`
            pie (str | Unset): Note: PIE callbacks are not available for DATA Calls; only PSTN and SIP calls.
                You can use inline [SVAML](https://developers.sinch.com/docs/voice/api-reference/svaml/) to replace a callback
                URL when using custom callouts. Ensure that the JSON object is escaped correctly. A PIE event will contain a
                value chosen from an IVR choice. Usually a PIE event will contain a URL to a callback server that will receive
                the choice and be able to parse it. This could result in further SVAML or some other application logic function.
                Example: `"https://your-application-server-host/application"`
     """

    cli: str | Unset = UNSET
    destination: Destination | Unset = UNSET
    dtmf: str | Unset = UNSET
    custom: str | Unset = UNSET
    max_duration: int | Unset = UNSET
    ice: str | Unset = UNSET
    ace: str | Unset = UNSET
    pie: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cli = self.cli

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        dtmf = self.dtmf

        custom = self.custom

        max_duration = self.max_duration

        ice = self.ice

        ace = self.ace

        pie = self.pie

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cli is not UNSET:
            field_dict["cli"] = cli
        if destination is not UNSET:
            field_dict["destination"] = destination
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if custom is not UNSET:
            field_dict["custom"] = custom
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if ice is not UNSET:
            field_dict["ice"] = ice
        if ace is not UNSET:
            field_dict["ace"] = ace
        if pie is not UNSET:
            field_dict["pie"] = pie

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cli = d.pop("cli", UNSET)

        _destination = d.pop("destination", UNSET)
        destination: Destination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = Destination.from_dict(_destination)

        dtmf = d.pop("dtmf", UNSET)

        custom = d.pop("custom", UNSET)

        max_duration = d.pop("maxDuration", UNSET)

        ice = d.pop("ice", UNSET)

        ace = d.pop("ace", UNSET)

        pie = d.pop("pie", UNSET)

        custom_callout = cls(
            cli=cli,
            destination=destination,
            dtmf=dtmf,
            custom=custom,
            max_duration=max_duration,
            ice=ice,
            ace=ace,
            pie=pie,
        )

        custom_callout.additional_properties = d
        return custom_callout

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
