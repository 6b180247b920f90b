from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionResponse")


@_attrs_define
class ConnectionResponse:
    """The telephony connection. A `start` returns all four fields; the body of a `stop` is not documented, so only
    `connectionId` and `conversationId` are required.

        Attributes:
            connection_id (str): Ephemeral identifier of the telephony connection. It stops being valid once the connection
                is stopped with the `stop` operation or closed for another reason.
            conversation_id (str): Identifier of the conversation, to use with the Conversation API.
            event_url (str | Unset): REST endpoint to push speaker events to while the conversation is in progress, to add
                speaker context to the conversation (for example who is speaking in an on-going meeting).
            result_web_socket_url (str | Unset): Same as `eventUrl`, over a WebSocket. Events have a lower latency over the
                dedicated WebSocket connection.
    """

    connection_id: str
    conversation_id: str
    event_url: str | Unset = UNSET
    result_web_socket_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        conversation_id = self.conversation_id

        event_url = self.event_url

        result_web_socket_url = self.result_web_socket_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
                "conversationId": conversation_id,
            }
        )
        if event_url is not UNSET:
            field_dict["eventUrl"] = event_url
        if result_web_socket_url is not UNSET:
            field_dict["resultWebSocketUrl"] = result_web_socket_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_id = d.pop("connectionId")

        conversation_id = d.pop("conversationId")

        event_url = d.pop("eventUrl", UNSET)

        result_web_socket_url = d.pop("resultWebSocketUrl", UNSET)

        connection_response = cls(
            connection_id=connection_id,
            conversation_id=conversation_id,
            event_url=event_url,
            result_web_socket_url=result_web_socket_url,
        )

        connection_response.additional_properties = d
        return connection_response

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
