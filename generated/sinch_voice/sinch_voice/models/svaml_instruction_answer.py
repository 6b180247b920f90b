from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SvamlInstructionAnswer")


@_attrs_define
class SvamlInstructionAnswer:
    """Forces the callee to answer the call.

    Attributes:
        name (Literal['answer']): The `name` property. Must have the value `answer`.
    """

    name: Literal["answer"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["answer"], d.pop("name"))
        if name != "answer":
            raise ValueError(f"name must match const 'answer', got '{name}'")

        svaml_instruction_answer = cls(
            name=name,
        )

        svaml_instruction_answer.additional_properties = d
        return svaml_instruction_answer

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
