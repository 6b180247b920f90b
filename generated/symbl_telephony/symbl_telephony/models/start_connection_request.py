from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.connection_data import ConnectionData
    from ..models.pstn_endpoint import PstnEndpoint
    from ..models.sip_endpoint import SipEndpoint


T = TypeVar("T", bound="StartConnectionRequest")


@_attrs_define
class StartConnectionRequest:
    """Makes Symbl dial the endpoint and start processing the call.

    Attributes:
        operation (Literal['start']): Start a connection.
        endpoint (PstnEndpoint | SipEndpoint): What Symbl dials, selected by `type`.
        actions (list[Action] | Unset): Actions to perform while this connection is active. Only `sendSummaryEmail` is
            currently supported.
        data (ConnectionData | Unset): Information about the meeting.
        timezone (str | Unset): Name of a timezone from the IANA TZ database (for example `Asia/Tokyo`). The summary UI
            shows the meeting start time in this timezone. When it is omitted, UTC is used.
        languages (list[str] | Unset): BCP-47 language codes (for example `en-US`); the first code in the array sets the
            language of the session.
    """

    operation: Literal["start"]
    endpoint: PstnEndpoint | SipEndpoint
    actions: list[Action] | Unset = UNSET
    data: ConnectionData | Unset = UNSET
    timezone: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pstn_endpoint import PstnEndpoint  # noqa: PLC0415

        operation = self.operation

        endpoint: dict[str, Any]
        if isinstance(self.endpoint, PstnEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        timezone = self.timezone

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "endpoint": endpoint,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data is not UNSET:
            field_dict["data"] = data
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if languages is not UNSET:
            field_dict["languages"] = languages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action import Action  # noqa: PLC0415
        from ..models.connection_data import ConnectionData  # noqa: PLC0415
        from ..models.pstn_endpoint import PstnEndpoint  # noqa: PLC0415
        from ..models.sip_endpoint import SipEndpoint  # noqa: PLC0415

        d = dict(src_dict)
        operation = cast(Literal["start"], d.pop("operation"))
        if operation != "start":
            raise ValueError(f"operation must match const 'start', got '{operation}'")

        def _parse_endpoint(data: object) -> PstnEndpoint | SipEndpoint:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_endpoint_type_0 = PstnEndpoint.from_dict(data)

                return componentsschemas_endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_endpoint_type_1 = SipEndpoint.from_dict(data)

            return componentsschemas_endpoint_type_1

        endpoint = _parse_endpoint(d.pop("endpoint"))

        _actions = d.pop("actions", UNSET)
        actions: list[Action] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = Action.from_dict(actions_item_data)

                actions.append(actions_item)

        _data = d.pop("data", UNSET)
        data: ConnectionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ConnectionData.from_dict(_data)

        timezone = d.pop("timezone", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        start_connection_request = cls(
            operation=operation,
            endpoint=endpoint,
            actions=actions,
            data=data,
            timezone=timezone,
            languages=languages,
        )

        start_connection_request.additional_properties = d
        return start_connection_request

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
