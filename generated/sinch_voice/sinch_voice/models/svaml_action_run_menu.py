from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlActionRunMenu")


@_attrs_define
class SvamlActionRunMenu:
    """Plays an interactive voice response (IVR) menu to the callee. This menu can play pre-recorded files or text-to-
    speech messages, collect DTMF tones, and trigger the Prompt Input Event (PIE) callback towards your backend,
    notifying you of the actions the callee took. Available to use in a response to an Incoming Call Event (ICE)
    callback or an Answered Call Event (ACE) callback. Can also be used in combination with the Conferences endpoints.

        Attributes:
            name (Literal['runMenu']): The name property. Must have the value `runMenu`.
            barge (bool | Unset): 'Barging' means that the user can press a DTMF digit before the prompt has finished
                playing. If a valid input is pressed, the message will stop playing and accept the input. If `barge` is
                disabled, the user must listen to the entire prompt before input is accepted. By default, barging is enabled.
                Default: True.
            locale (str | Unset): The voice and language you want to use for the text-to-speech message. This can either be
                defined by the ISO 639 locale and language code or by specifying a particular voice. Supported languages and
                voices are detailed [here](https://developers.sinch.com/docs/voice/api-reference/voice-locales). If using the
                `enableVoice` to enable voice detection, the `locale` property is required in order to select the input
                language.
            main_menu (str | Unset): Selects the menu item from the `menus` array to play first.
            enable_voice (bool | Unset): Enables voice detection. If enabled, users can say their answers to prompts in
                addition to entering them using the keypad.
            menus (list[Menu] | Unset): The list of menus available. The menu with the `id` value of `main` will always play
                first. If no menu has an `id` value of `main`, an error is returned.
    """

    name: Literal["runMenu"]
    barge: bool | Unset = True
    locale: str | Unset = UNSET
    main_menu: str | Unset = UNSET
    enable_voice: bool | Unset = UNSET
    menus: list[Menu] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        barge = self.barge

        locale = self.locale

        main_menu = self.main_menu

        enable_voice = self.enable_voice

        menus: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.menus, Unset):
            menus = []
            for menus_item_data in self.menus:
                menus_item = menus_item_data.to_dict()
                menus.append(menus_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if barge is not UNSET:
            field_dict["barge"] = barge
        if locale is not UNSET:
            field_dict["locale"] = locale
        if main_menu is not UNSET:
            field_dict["mainMenu"] = main_menu
        if enable_voice is not UNSET:
            field_dict["enableVoice"] = enable_voice
        if menus is not UNSET:
            field_dict["menus"] = menus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["runMenu"], d.pop("name"))
        if name != "runMenu":
            raise ValueError(f"name must match const 'runMenu', got '{name}'")

        barge = d.pop("barge", UNSET)

        locale = d.pop("locale", UNSET)

        main_menu = d.pop("mainMenu", UNSET)

        enable_voice = d.pop("enableVoice", UNSET)

        _menus = d.pop("menus", UNSET)
        menus: list[Menu] | Unset = UNSET
        if _menus is not UNSET:
            menus = []
            for menus_item_data in _menus:
                menus_item = Menu.from_dict(menus_item_data)

                menus.append(menus_item)

        svaml_action_run_menu = cls(
            name=name,
            barge=barge,
            locale=locale,
            main_menu=main_menu,
            enable_voice=enable_voice,
            menus=menus,
        )

        svaml_action_run_menu.additional_properties = d
        return svaml_action_run_menu

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
from ..models.menu import Menu  # noqa: E402
