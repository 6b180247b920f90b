from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionResponse")


@_attrs_define
class ConnectionResponse:
    """The telephony connection. A `start` returns the two identifiers and the two event URLs; a `stop` adds `summaryInfo`.
    Symbl's API definition requires only `connectionId`.

        Attributes:
            connection_id (str): Ephemeral identifier of the telephony connection. It stops being valid once the connection
                is stopped with the `stop` operation or closed for another reason.
            event_url (str | Unset): REST endpoint to push speaker events to while the conversation is in progress, to add
                speaker context to the conversation (for example who is speaking in an on-going meeting).
            result_web_socket_url (str | Unset): Same as `eventUrl`, over a WebSocket. Events have a lower latency over the
                dedicated WebSocket connection.
            conversation_id (str | Unset): Identifier of the conversation, to use with the Conversation API.
            summary_info (list[SummaryInfo] | Unset): Links to the Summary UI of the conversation, one per user (returned by
                `stop`).
    """

    connection_id: str
    event_url: str | Unset = UNSET
    result_web_socket_url: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    summary_info: list[SummaryInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        event_url = self.event_url

        result_web_socket_url = self.result_web_socket_url

        conversation_id = self.conversation_id

        summary_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary_info, Unset):
            summary_info = []
            for summary_info_item_data in self.summary_info:
                summary_info_item = summary_info_item_data.to_dict()
                summary_info.append(summary_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
            }
        )
        if event_url is not UNSET:
            field_dict["eventUrl"] = event_url
        if result_web_socket_url is not UNSET:
            field_dict["resultWebSocketUrl"] = result_web_socket_url
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if summary_info is not UNSET:
            field_dict["summaryInfo"] = summary_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_id = d.pop("connectionId")

        event_url = d.pop("eventUrl", UNSET)

        result_web_socket_url = d.pop("resultWebSocketUrl", UNSET)

        conversation_id = d.pop("conversationId", UNSET)

        _summary_info = d.pop("summaryInfo", UNSET)
        summary_info: list[SummaryInfo] | Unset = UNSET
        if _summary_info is not UNSET:
            summary_info = []
            for summary_info_item_data in _summary_info:
                summary_info_item = SummaryInfo.from_dict(summary_info_item_data)

                summary_info.append(summary_info_item)

        connection_response = cls(
            connection_id=connection_id,
            event_url=event_url,
            result_web_socket_url=result_web_socket_url,
            conversation_id=conversation_id,
            summary_info=summary_info,
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


# Imported here, after the class, because these models may import this one.
from ..models.summary_info import SummaryInfo  # noqa: E402
