from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_number_info_number_type import QueryNumberInfoNumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryNumberInfo")


@_attrs_define
class QueryNumberInfo:
    """The number object.

    Attributes:
        country_id (str | Unset): The ISO 3166-1 formatted country code.
        number_type (QueryNumberInfoNumberType | Unset): The type of the number.
        normalized_number (str | Unset): The number in E.164 format.
        restricted (bool | Unset): Concerns whether the call is restricted or not.
        rate (Money | Unset): An amount of money in a currency.
    """

    country_id: str | Unset = UNSET
    number_type: QueryNumberInfoNumberType | Unset = UNSET
    normalized_number: str | Unset = UNSET
    restricted: bool | Unset = UNSET
    rate: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_id = self.country_id

        number_type: str | Unset = UNSET
        if not isinstance(self.number_type, Unset):
            number_type = self.number_type.value

        normalized_number = self.normalized_number

        restricted = self.restricted

        rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_id is not UNSET:
            field_dict["countryId"] = country_id
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if normalized_number is not UNSET:
            field_dict["normalizedNumber"] = normalized_number
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_id = d.pop("countryId", UNSET)

        _number_type = d.pop("numberType", UNSET)
        number_type: QueryNumberInfoNumberType | Unset
        if isinstance(_number_type, Unset):
            number_type = UNSET
        else:
            number_type = QueryNumberInfoNumberType(_number_type)

        normalized_number = d.pop("normalizedNumber", UNSET)

        restricted = d.pop("restricted", UNSET)

        _rate = d.pop("rate", UNSET)
        rate: Money | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = Money.from_dict(_rate)

        query_number_info = cls(
            country_id=country_id,
            number_type=number_type,
            normalized_number=normalized_number,
            restricted=restricted,
            rate=rate,
        )

        query_number_info.additional_properties = d
        return query_number_info

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
from ..models.money import Money  # noqa: E402
