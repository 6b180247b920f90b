from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlActionConnectStream")


@_attrs_define
class SvamlActionConnectStream:
    """Connects the call to a WebSocket server that receives and sends the call's audio (media streaming; a closed-beta
    feature). Available to use in a response to an Incoming Call Event (ICE) callback.

        Attributes:
            name (Literal['connectStream']): The name property. Must have the value `connectStream`.
            destination (Destination): The type of device and number or endpoint to call.
            streaming_options (StreamingOptions | Unset): Optional parameters of the WebSocket stream of a `connectStream`
                action.
            max_duration (int | Unset): The max duration of the call in seconds (max 14400 seconds). If the call is still
                connected at that time, it will be automatically disconnected.
            call_headers (list[CallHeader] | Unset): Custom key-value pairs sent to the WebSocket server in the first
                message when the stream is established.
    """

    name: Literal["connectStream"]
    destination: Destination
    streaming_options: StreamingOptions | Unset = UNSET
    max_duration: int | Unset = UNSET
    call_headers: list[CallHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        destination = self.destination.to_dict()

        streaming_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streaming_options, Unset):
            streaming_options = self.streaming_options.to_dict()

        max_duration = self.max_duration

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for call_headers_item_data in self.call_headers:
                call_headers_item = call_headers_item_data.to_dict()
                call_headers.append(call_headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "destination": destination,
            }
        )
        if streaming_options is not UNSET:
            field_dict["streamingOptions"] = streaming_options
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["connectStream"], d.pop("name"))
        if name != "connectStream":
            raise ValueError(f"name must match const 'connectStream', got '{name}'")

        destination = Destination.from_dict(d.pop("destination"))

        _streaming_options = d.pop("streamingOptions", UNSET)
        streaming_options: StreamingOptions | Unset
        if isinstance(_streaming_options, Unset):
            streaming_options = UNSET
        else:
            streaming_options = StreamingOptions.from_dict(_streaming_options)

        max_duration = d.pop("maxDuration", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[CallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for call_headers_item_data in _call_headers:
                call_headers_item = CallHeader.from_dict(call_headers_item_data)

                call_headers.append(call_headers_item)

        svaml_action_connect_stream = cls(
            name=name,
            destination=destination,
            streaming_options=streaming_options,
            max_duration=max_duration,
            call_headers=call_headers,
        )

        svaml_action_connect_stream.additional_properties = d
        return svaml_action_connect_stream

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
from ..models.call_header import CallHeader  # noqa: E402
from ..models.destination import Destination  # noqa: E402
from ..models.streaming_options import StreamingOptions  # noqa: E402
