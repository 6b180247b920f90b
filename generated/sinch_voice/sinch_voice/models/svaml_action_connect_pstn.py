from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.svaml_action_connect_pstn_indications import SvamlActionConnectPstnIndications
from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlActionConnectPstn")


@_attrs_define
class SvamlActionConnectPstn:
    """Determines how a PSTN call is connected. Available to use in a response to an Incoming Call Event (ICE) callback.

    Attributes:
        name (Literal['connectPstn']): The name property. Must have the value `connectPstn`.
        number (str | Unset): Used to override where PSTN call is connected, in E.164 format. If not specified, the
            extension the client called is used.
        locale (str | Unset): Specifies the locale. Uses the language code according to `ISO 639`, a dash (`-`), and a
            country code according to `ISO 3166-1 alpha-2`. If not specified, the default locale of `en-US` is used.
            Default: 'en-US'.
        max_duration (int | Unset): The max duration of the call in seconds (max 14400 seconds). If the call is still
            connected at that time, it will be automatically disconnected.
        dial_timeout (int | Unset): The max duration the call will wait in ringing unanswered state before terminating
            with `TIMEOUT/NO ANSWER` on PSTN leg and `NA/BUSY` on MXP leg.
        cli (str | Unset): Used to override the CLI (or caller ID) of the client. The phone number of the person who
            initiated the call is shown as the CLI. To set your own CLI, you may use your verified number or your Dashboard
            virtual number. `private` hides the caller ID.
        suppress_callbacks (bool | Unset): If enabled, suppresses ACE and DICE callbacks for the call.
        dtmf (str | Unset): A string that determines the DTMF tones to play to the callee when the call is picked up.
            Valid characters are: `0-9`, `#`, and `w`. `w` renders a 500ms pause. For example, the string `ww1234#w#`, plays
            a 1 second pause, the DTMF tones for `1`, `2`, `3`, `4`, and `#`, followed by a 500ms pause and finally the `#`
            tone.
            This is useful if the callout destination requires a conference PIN code or an extension. If there is a calling
            party, it will hear progress while the DTMF is sent.
        indications (SvamlActionConnectPstnIndications | Unset): The locale's tone to play while ringing.
        amd (AmdOptions | Unset): An optional property used to enable [Answering Machine
            Detection](https://developers.sinch.com/docs/voice/api-reference/amd_v2) (AMD). The result is reported in the
            `amd` object of the ACE callback.
    """

    name: Literal["connectPstn"]
    number: str | Unset = UNSET
    locale: str | Unset = "en-US"
    max_duration: int | Unset = UNSET
    dial_timeout: int | Unset = UNSET
    cli: str | Unset = UNSET
    suppress_callbacks: bool | Unset = UNSET
    dtmf: str | Unset = UNSET
    indications: SvamlActionConnectPstnIndications | Unset = UNSET
    amd: AmdOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        locale = self.locale

        max_duration = self.max_duration

        dial_timeout = self.dial_timeout

        cli = self.cli

        suppress_callbacks = self.suppress_callbacks

        dtmf = self.dtmf

        indications: str | Unset = UNSET
        if not isinstance(self.indications, Unset):
            indications = self.indications.value

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if locale is not UNSET:
            field_dict["locale"] = locale
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if dial_timeout is not UNSET:
            field_dict["dialTimeout"] = dial_timeout
        if cli is not UNSET:
            field_dict["cli"] = cli
        if suppress_callbacks is not UNSET:
            field_dict["suppressCallbacks"] = suppress_callbacks
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if indications is not UNSET:
            field_dict["indications"] = indications
        if amd is not UNSET:
            field_dict["amd"] = amd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["connectPstn"], d.pop("name"))
        if name != "connectPstn":
            raise ValueError(f"name must match const 'connectPstn', got '{name}'")

        number = d.pop("number", UNSET)

        locale = d.pop("locale", UNSET)

        max_duration = d.pop("maxDuration", UNSET)

        dial_timeout = d.pop("dialTimeout", UNSET)

        cli = d.pop("cli", UNSET)

        suppress_callbacks = d.pop("suppressCallbacks", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        _indications = d.pop("indications", UNSET)
        indications: SvamlActionConnectPstnIndications | Unset
        if isinstance(_indications, Unset):
            indications = UNSET
        else:
            indications = SvamlActionConnectPstnIndications(_indications)

        _amd = d.pop("amd", UNSET)
        amd: AmdOptions | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = AmdOptions.from_dict(_amd)

        svaml_action_connect_pstn = cls(
            name=name,
            number=number,
            locale=locale,
            max_duration=max_duration,
            dial_timeout=dial_timeout,
            cli=cli,
            suppress_callbacks=suppress_callbacks,
            dtmf=dtmf,
            indications=indications,
            amd=amd,
        )

        svaml_action_connect_pstn.additional_properties = d
        return svaml_action_connect_pstn

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
from ..models.amd_options import AmdOptions  # noqa: E402
