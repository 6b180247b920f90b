from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_invoke_on import ActionInvokeOn
from ..models.action_name import ActionName

T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """An action performed on a connection event.

    Attributes:
        invoke_on (ActionInvokeOn): Connection event on which the action is performed.
        name (ActionName): Name of the action to invoke. Only `sendSummaryEmail` is currently supported.
        parameters (ActionParameters): Input parameters of the action.
    """

    invoke_on: ActionInvokeOn
    name: ActionName
    parameters: ActionParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoke_on = self.invoke_on.value

        name = self.name.value

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invokeOn": invoke_on,
                "name": name,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoke_on = ActionInvokeOn(d.pop("invokeOn"))

        name = ActionName(d.pop("name"))

        parameters = ActionParameters.from_dict(d.pop("parameters"))

        action = cls(
            invoke_on=invoke_on,
            name=name,
            parameters=parameters,
        )

        action.additional_properties = d
        return action

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
from ..models.action_parameters import ActionParameters  # noqa: E402
