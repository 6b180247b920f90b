from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moh_class import MohClass
from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlActionConnectConf")


@_attrs_define
class SvamlActionConnectConf:
    """Connects an incoming call to a conference. Available to use in a response to an Incoming Call Event (ICE) callback,
    and in the ACE response of a conference callout with `enableAce` set.

        Attributes:
            name (Literal['connectConf']): The name property. Must have the value `connectConf`.
            conference_id (str): The unique identifier of the conference. Shouldn't exceed 64 characters.
            conference_dtmf_options (ConferenceDtmfOptions | Unset): Options to control how DTMF signals are used by the
                participant in the conference. For information on how to use this feature, read more
                [here](https://developers.sinch.com/docs/voice/api-reference/conference-dtmf).
            moh (MohClass | Unset): Means "music on hold". Selects what a participant hears while alone in a conference or
                while on hold. If it isn't specified, the user only hears silence.
    """

    name: Literal["connectConf"]
    conference_id: str
    conference_dtmf_options: ConferenceDtmfOptions | Unset = UNSET
    moh: MohClass | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        conference_id = self.conference_id

        conference_dtmf_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conference_dtmf_options, Unset):
            conference_dtmf_options = self.conference_dtmf_options.to_dict()

        moh: str | Unset = UNSET
        if not isinstance(self.moh, Unset):
            moh = self.moh.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "conferenceId": conference_id,
            }
        )
        if conference_dtmf_options is not UNSET:
            field_dict["conferenceDtmfOptions"] = conference_dtmf_options
        if moh is not UNSET:
            field_dict["moh"] = moh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["connectConf"], d.pop("name"))
        if name != "connectConf":
            raise ValueError(f"name must match const 'connectConf', got '{name}'")

        conference_id = d.pop("conferenceId")

        _conference_dtmf_options = d.pop("conferenceDtmfOptions", UNSET)
        conference_dtmf_options: ConferenceDtmfOptions | Unset
        if isinstance(_conference_dtmf_options, Unset):
            conference_dtmf_options = UNSET
        else:
            conference_dtmf_options = ConferenceDtmfOptions.from_dict(_conference_dtmf_options)

        _moh = d.pop("moh", UNSET)
        moh: MohClass | Unset
        if isinstance(_moh, Unset):
            moh = UNSET
        else:
            moh = MohClass(_moh)

        svaml_action_connect_conf = cls(
            name=name,
            conference_id=conference_id,
            conference_dtmf_options=conference_dtmf_options,
            moh=moh,
        )

        svaml_action_connect_conf.additional_properties = d
        return svaml_action_connect_conf

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
