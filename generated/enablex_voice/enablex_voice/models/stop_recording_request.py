from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StopRecordingRequest")


@_attrs_define
class StopRecordingRequest:
    """`startOrStopRecording` body that stops recording. Closed, so it cannot also carry `start`.

    Attributes:
        stop (bool): `true` stops the recording.
    """

    stop: bool

    def to_dict(self) -> dict[str, Any]:
        stop = self.stop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stop": stop,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stop = d.pop("stop")

        stop_recording_request = cls(
            stop=stop,
        )

        return stop_recording_request
