from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartRecordingOptions")


@_attrs_define
class StartRecordingOptions:
    """An object that specifies details about the recording. For more details, see [Recording
    Options](https://developers.sinch.com/docs/voice/api-reference/recording/#recording-options).

        Attributes:
            destination_url (str | Unset): Where the recording is stored, for example an `s3://` bucket URL.
            credentials (str | Unset): The credentials for the storage destination.
            format_ (str | Unset): The format of the recording file.
            notification_events (bool | Unset): Whether `notify` callbacks are sent when the recording is finished and
                available.
            transcription_options (TranscriptionOptions | Unset): Options for transcribing the recording.
    """

    destination_url: str | Unset = UNSET
    credentials: str | Unset = UNSET
    format_: str | Unset = UNSET
    notification_events: bool | Unset = UNSET
    transcription_options: TranscriptionOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_url = self.destination_url

        credentials = self.credentials

        format_ = self.format_

        notification_events = self.notification_events

        transcription_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_options, Unset):
            transcription_options = self.transcription_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_url is not UNSET:
            field_dict["destinationUrl"] = destination_url
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if format_ is not UNSET:
            field_dict["format"] = format_
        if notification_events is not UNSET:
            field_dict["notificationEvents"] = notification_events
        if transcription_options is not UNSET:
            field_dict["transcriptionOptions"] = transcription_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_url = d.pop("destinationUrl", UNSET)

        credentials = d.pop("credentials", UNSET)

        format_ = d.pop("format", UNSET)

        notification_events = d.pop("notificationEvents", UNSET)

        _transcription_options = d.pop("transcriptionOptions", UNSET)
        transcription_options: TranscriptionOptions | Unset
        if isinstance(_transcription_options, Unset):
            transcription_options = UNSET
        else:
            transcription_options = TranscriptionOptions.from_dict(_transcription_options)

        start_recording_options = cls(
            destination_url=destination_url,
            credentials=credentials,
            format_=format_,
            notification_events=notification_events,
            transcription_options=transcription_options,
        )

        start_recording_options.additional_properties = d
        return start_recording_options

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
from ..models.transcription_options import TranscriptionOptions  # noqa: E402
