from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moh_class import MohClass
from ..models.svaml_action_connect_sip_transport import SvamlActionConnectSipTransport
from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlActionConnectSip")


@_attrs_define
class SvamlActionConnectSip:
    """Determines how to route a call to a SIP server. Available to use in a response to an Incoming Call Event (ICE)
    callback.

        Attributes:
            name (Literal['connectSip']): The name property. Must have the value `connectSip`.
            destination (SipDestination): Specifies where to route the SIP call.
            max_duration (int | Unset): The max duration of the call in seconds (max 14400 seconds). If the call is still
                connected at that time, it will be automatically disconnected.
            cli (str | Unset): Used to override the CLI (or caller ID) of the client. The phone number of the person who
                initiated the call is shown as the CLI. To set your own CLI, you may use your verified number or your Dashboard
                virtual number. `private` hides the caller ID.
            transport (SvamlActionConnectSipTransport | Unset): An optional parameter to specify the SIP transport protocol.
                If unspecified, UDP is used.
            suppress_callbacks (bool | Unset): If enabled, suppresses ACE and DICE callbacks for the call.
            call_headers (list[CallHeader] | Unset): [Private SIP headers](https://developers.sinch.com/docs/voice/api-
                reference/sip-trunking/#receiving-calls-from-sinch-platform-to-your-sip-infrastructure) to send with the call.
            moh (MohClass | Unset): Means "music on hold". Selects what a participant hears while alone in a conference or
                while on hold. If it isn't specified, the user only hears silence.
    """

    name: Literal["connectSip"]
    destination: SipDestination
    max_duration: int | Unset = UNSET
    cli: str | Unset = UNSET
    transport: SvamlActionConnectSipTransport | Unset = UNSET
    suppress_callbacks: bool | Unset = UNSET
    call_headers: list[CallHeader] | Unset = UNSET
    moh: MohClass | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        destination = self.destination.to_dict()

        max_duration = self.max_duration

        cli = self.cli

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport.value

        suppress_callbacks = self.suppress_callbacks

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for call_headers_item_data in self.call_headers:
                call_headers_item = call_headers_item_data.to_dict()
                call_headers.append(call_headers_item)

        moh: str | Unset = UNSET
        if not isinstance(self.moh, Unset):
            moh = self.moh.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "destination": destination,
            }
        )
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if cli is not UNSET:
            field_dict["cli"] = cli
        if transport is not UNSET:
            field_dict["transport"] = transport
        if suppress_callbacks is not UNSET:
            field_dict["suppressCallbacks"] = suppress_callbacks
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers
        if moh is not UNSET:
            field_dict["moh"] = moh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["connectSip"], d.pop("name"))
        if name != "connectSip":
            raise ValueError(f"name must match const 'connectSip', got '{name}'")

        destination = SipDestination.from_dict(d.pop("destination"))

        max_duration = d.pop("maxDuration", UNSET)

        cli = d.pop("cli", UNSET)

        _transport = d.pop("transport", UNSET)
        transport: SvamlActionConnectSipTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = SvamlActionConnectSipTransport(_transport)

        suppress_callbacks = d.pop("suppressCallbacks", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[CallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for call_headers_item_data in _call_headers:
                call_headers_item = CallHeader.from_dict(call_headers_item_data)

                call_headers.append(call_headers_item)

        _moh = d.pop("moh", UNSET)
        moh: MohClass | Unset
        if isinstance(_moh, Unset):
            moh = UNSET
        else:
            moh = MohClass(_moh)

        svaml_action_connect_sip = cls(
            name=name,
            destination=destination,
            max_duration=max_duration,
            cli=cli,
            transport=transport,
            suppress_callbacks=suppress_callbacks,
            call_headers=call_headers,
            moh=moh,
        )

        svaml_action_connect_sip.additional_properties = d
        return svaml_action_connect_sip

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
from ..models.sip_destination import SipDestination  # noqa: E402
