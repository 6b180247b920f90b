from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceParticipant")


@_attrs_define
class ConferenceParticipant:
    """A participant in a conference.

    Attributes:
        cli (str | Unset): The phone number of the PSTN participant that was connected in the conference, or whatever
            was passed as CLI for data originated/terminated calls.
        id (str | Unset): The callId of the call leg that the participant joined the conference.
        duration (int | Unset): The number of seconds that the participant has been connected to the conference.
        muted (bool | Unset): Whether the participant is currently muted.
        onhold (bool | Unset): Whether the participant is currently on hold.
    """

    cli: str | Unset = UNSET
    id: str | Unset = UNSET
    duration: int | Unset = UNSET
    muted: bool | Unset = UNSET
    onhold: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cli = self.cli

        id = self.id

        duration = self.duration

        muted = self.muted

        onhold = self.onhold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cli is not UNSET:
            field_dict["cli"] = cli
        if id is not UNSET:
            field_dict["id"] = id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if muted is not UNSET:
            field_dict["muted"] = muted
        if onhold is not UNSET:
            field_dict["onhold"] = onhold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cli = d.pop("cli", UNSET)

        id = d.pop("id", UNSET)

        duration = d.pop("duration", UNSET)

        muted = d.pop("muted", UNSET)

        onhold = d.pop("onhold", UNSET)

        conference_participant = cls(
            cli=cli,
            id=id,
            duration=duration,
            muted=muted,
            onhold=onhold,
        )

        conference_participant.additional_properties = d
        return conference_participant

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
