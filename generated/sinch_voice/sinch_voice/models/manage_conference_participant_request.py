from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manage_conference_participant_request_command import ManageConferenceParticipantRequestCommand
from ..models.moh_class import MohClass
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageConferenceParticipantRequest")


@_attrs_define
class ManageConferenceParticipantRequest:
    """A command to apply to a conference participant.

    Attributes:
        command (ManageConferenceParticipantRequestCommand): Action to apply on conference participant.
        moh (MohClass | Unset): Means "music on hold". Selects what a participant hears while alone in a conference or
            while on hold. If it isn't specified, the user only hears silence.
    """

    command: ManageConferenceParticipantRequestCommand
    moh: MohClass | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command.value

        moh: str | Unset = UNSET
        if not isinstance(self.moh, Unset):
            moh = self.moh.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if moh is not UNSET:
            field_dict["moh"] = moh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = ManageConferenceParticipantRequestCommand(d.pop("command"))

        _moh = d.pop("moh", UNSET)
        moh: MohClass | Unset
        if isinstance(_moh, Unset):
            moh = UNSET
        else:
            moh = MohClass(_moh)

        manage_conference_participant_request = cls(
            command=command,
            moh=moh,
        )

        manage_conference_participant_request.additional_properties = d
        return manage_conference_participant_request

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
