from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartRecordingRequest")


@_attrs_define
class StartRecordingRequest:
    """`startOrStopRecording` body that starts recording. Closed, so it cannot also carry `stop`.

    Attributes:
        start (bool): `true` starts the recording.
        recording_name (str | Unset): Name of the recording file. The request fails if a recording with this name
            already exists.
    """

    start: bool
    recording_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        recording_name = self.recording_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
            }
        )
        if recording_name is not UNSET:
            field_dict["recording_name"] = recording_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        recording_name = d.pop("recording_name", UNSET)

        start_recording_request = cls(
            start=start,
            recording_name=recording_name,
        )

        return start_recording_request
