from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlActionConnectMxp")


@_attrs_define
class SvamlActionConnectMxp:
    """Determines how an application-to-application call is connected. Available to use in a response to an Incoming Call
    Event (ICE) callback.

        Attributes:
            name (Literal['connectMxp']): The name property. Must have the value `connectMxp`.
            destination (Destination | Unset): The type of device and number or endpoint to call.
            call_headers (list[CallHeader] | Unset): An optional parameter that allows you to specify or override call
                headers provided to the receiving Sinch SDK client. Read more about call headers
                [here](https://developers.sinch.com/docs/voice/api-reference/call-headers).
            callheaders (list[CallHeader] | Unset): The same call headers under the all-lower-case key that Sinch's
                reference and its Java SDK use for this one action (every other SVAML object and callback spells it
                `callHeaders`). Send one of the two keys, not both.
    """

    name: Literal["connectMxp"]
    destination: Destination | Unset = UNSET
    call_headers: list[CallHeader] | Unset = UNSET
    callheaders: list[CallHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for call_headers_item_data in self.call_headers:
                call_headers_item = call_headers_item_data.to_dict()
                call_headers.append(call_headers_item)

        callheaders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.callheaders, Unset):
            callheaders = []
            for callheaders_item_data in self.callheaders:
                callheaders_item = callheaders_item_data.to_dict()
                callheaders.append(callheaders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers
        if callheaders is not UNSET:
            field_dict["callheaders"] = callheaders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["connectMxp"], d.pop("name"))
        if name != "connectMxp":
            raise ValueError(f"name must match const 'connectMxp', got '{name}'")

        _destination = d.pop("destination", UNSET)
        destination: Destination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = Destination.from_dict(_destination)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[CallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for call_headers_item_data in _call_headers:
                call_headers_item = CallHeader.from_dict(call_headers_item_data)

                call_headers.append(call_headers_item)

        _callheaders = d.pop("callheaders", UNSET)
        callheaders: list[CallHeader] | Unset = UNSET
        if _callheaders is not UNSET:
            callheaders = []
            for callheaders_item_data in _callheaders:
                callheaders_item = CallHeader.from_dict(callheaders_item_data)

                callheaders.append(callheaders_item)

        svaml_action_connect_mxp = cls(
            name=name,
            destination=destination,
            call_headers=call_headers,
            callheaders=callheaders,
        )

        svaml_action_connect_mxp.additional_properties = d
        return svaml_action_connect_mxp

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
