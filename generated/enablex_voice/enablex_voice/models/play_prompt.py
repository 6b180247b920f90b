from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayPrompt")


@_attrs_define
class PlayPrompt:
    """Play a pre-recorded prompt uploaded on the EnableX portal. Told apart from the other play variants by
    the required `prompt_name`; the object is closed, so it cannot also carry `text` or
    `text_to_speech_option`.

        Attributes:
            prompt_name (str): Identifier of the prompt as configured on the EnableX portal.
            prompt_ref (str | Unset): Reference of your choosing, returned in the play events of this prompt.
    """

    prompt_name: str
    prompt_ref: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt_name = self.prompt_name

        prompt_ref = self.prompt_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt_name": prompt_name,
            }
        )
        if prompt_ref is not UNSET:
            field_dict["prompt_ref"] = prompt_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_name = d.pop("prompt_name")

        prompt_ref = d.pop("prompt_ref", UNSET)

        play_prompt = cls(
            prompt_name=prompt_name,
            prompt_ref=prompt_ref,
        )

        return play_prompt
