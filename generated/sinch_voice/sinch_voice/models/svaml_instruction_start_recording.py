from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlInstructionStartRecording")


@_attrs_define
class SvamlInstructionStartRecording:
    """Starts a recording of the call.

    Attributes:
        name (Literal['startRecording']): The `name` property. Must have the value `startRecording`.
        options (StartRecordingOptions | Unset): An object that specifies details about the recording. For more details,
            see [Recording Options](https://developers.sinch.com/docs/voice/api-reference/recording/#recording-options).
    """

    name: Literal["startRecording"]
    options: StartRecordingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["startRecording"], d.pop("name"))
        if name != "startRecording":
            raise ValueError(f"name must match const 'startRecording', got '{name}'")

        _options = d.pop("options", UNSET)
        options: StartRecordingOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = StartRecordingOptions.from_dict(_options)

        svaml_instruction_start_recording = cls(
            name=name,
            options=options,
        )

        svaml_instruction_start_recording.additional_properties = d
        return svaml_instruction_start_recording

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
from ..models.start_recording_options import StartRecordingOptions  # noqa: E402
