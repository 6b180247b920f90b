from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StopConnectionRequest")


@_attrs_define
class StopConnectionRequest:
    """Makes Symbl hang up an active connection.

    Attributes:
        operation (Literal['stop']): Stop a connection.
        connection_id (str): The `connectionId` returned when the connection was started.
    """

    operation: Literal["stop"]
    connection_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation

        connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "connectionId": connection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation = cast(Literal["stop"], d.pop("operation"))
        if operation != "stop":
            raise ValueError(f"operation must match const 'stop', got '{operation}'")

        connection_id = d.pop("connectionId")

        stop_connection_request = cls(
            operation=operation,
            connection_id=connection_id,
        )

        stop_connection_request.additional_properties = d
        return stop_connection_request

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
