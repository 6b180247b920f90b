from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Menu")


@_attrs_define
class Menu:
    """An IVR menu that contains an audio prompt as well as configured options.

    Attributes:
        id (str): The identifier of a menu. One menu must have the ID value of `main`.
        main_prompt (str | Unset): The main voice prompt that the user hears when the menu starts the first time.
            You can use text-to-speech using the `#tts[]` element, SSML commands using the `#ssml[]` element, pre-recorded
            messages, or URL references to external media resources. You can use multiple prompts by separating each prompt
            with a semi-colon (`;`). If multiple prompts are used, they will be played in the order they are specified,
            without any pauses between playback. For external media resources, you can use an `#href[...]` or directly
            specify the full URL. Check the [Supported audio formats](https://developers.sinch.com/docs/voice/api-
            reference/supported-audio-formats) section for more information.
        repeat_prompt (str | Unset): The prompt that will be played if valid or expected DTMF digits are not entered.
            The same prompt syntax as `mainPrompt` applies.
        repeats (int | Unset): The number of times that the `repeatPrompt` is played.
        max_digits (int | Unset): The maximum number of digits expected for a user to enter. Once these digits are
            collected, a Prompt Input Event (PIE) is triggered containing these digits.
        timeout_mills (int | Unset): Determines silence for the purposes of collecting a DTMF or voice response in
            milliseconds. If the timeout is reached, the response is considered completed and will be submitted. Default:
            5000.
        max_timeout_mills (int | Unset): Sets a limit for the maximum amount of time allowed to collect voice input.
            Default: 20000.
        options (list[MenuOption] | Unset): The set of options available in the menu.
    """

    id: str
    main_prompt: str | Unset = UNSET
    repeat_prompt: str | Unset = UNSET
    repeats: int | Unset = UNSET
    max_digits: int | Unset = UNSET
    timeout_mills: int | Unset = 5000
    max_timeout_mills: int | Unset = 20000
    options: list[MenuOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        main_prompt = self.main_prompt

        repeat_prompt = self.repeat_prompt

        repeats = self.repeats

        max_digits = self.max_digits

        timeout_mills = self.timeout_mills

        max_timeout_mills = self.max_timeout_mills

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if main_prompt is not UNSET:
            field_dict["mainPrompt"] = main_prompt
        if repeat_prompt is not UNSET:
            field_dict["repeatPrompt"] = repeat_prompt
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if max_digits is not UNSET:
            field_dict["maxDigits"] = max_digits
        if timeout_mills is not UNSET:
            field_dict["timeoutMills"] = timeout_mills
        if max_timeout_mills is not UNSET:
            field_dict["maxTimeoutMills"] = max_timeout_mills
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        main_prompt = d.pop("mainPrompt", UNSET)

        repeat_prompt = d.pop("repeatPrompt", UNSET)

        repeats = d.pop("repeats", UNSET)

        max_digits = d.pop("maxDigits", UNSET)

        timeout_mills = d.pop("timeoutMills", UNSET)

        max_timeout_mills = d.pop("maxTimeoutMills", UNSET)

        _options = d.pop("options", UNSET)
        options: list[MenuOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = MenuOption.from_dict(options_item_data)

                options.append(options_item)

        menu = cls(
            id=id,
            main_prompt=main_prompt,
            repeat_prompt=repeat_prompt,
            repeats=repeats,
            max_digits=max_digits,
            timeout_mills=timeout_mills,
            max_timeout_mills=max_timeout_mills,
            options=options,
        )

        menu.additional_properties = d
        return menu

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
from ..models.menu_option import MenuOption  # noqa: E402
