from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SvamlRequestBody")


@_attrs_define
class SvamlRequestBody:
    """SVAML is a call control markup language. When a server receives a callback event from the Sinch platform, it can
    respond with a SVAML object to control the voice call; the same object is the request body of the call-management
    operations. It holds an optional list of instructions and exactly one action.

        Attributes:
            action (SvamlActionConnectConf | SvamlActionConnectMxp | SvamlActionConnectPstn | SvamlActionConnectSip |
                SvamlActionConnectStream | SvamlActionContinue | SvamlActionHangup | SvamlActionPark | SvamlActionRunMenu): The
                action that will control the call. Each SVAML object can only include one action. The variant is selected by
                `name`. For more information about actions, see the [SVAML](https://developers.sinch.com/docs/voice/api-
                reference/svaml/actions) documentation.
            instructions (list[SvamlInstructionAnswer | SvamlInstructionPlayFiles | SvamlInstructionSay |
                SvamlInstructionSendDtmf | SvamlInstructionSetCookie | SvamlInstructionStartRecording |
                SvamlInstructionStopRecording] | Unset): The collection of instructions that can perform various tasks during
                the call. You can include as many instructions as necessary.
    """

    action: (
        SvamlActionConnectConf
        | SvamlActionConnectMxp
        | SvamlActionConnectPstn
        | SvamlActionConnectSip
        | SvamlActionConnectStream
        | SvamlActionContinue
        | SvamlActionHangup
        | SvamlActionPark
        | SvamlActionRunMenu
    )
    instructions: (
        list[
            SvamlInstructionAnswer
            | SvamlInstructionPlayFiles
            | SvamlInstructionSay
            | SvamlInstructionSendDtmf
            | SvamlInstructionSetCookie
            | SvamlInstructionStartRecording
            | SvamlInstructionStopRecording
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: dict[str, Any]
        if isinstance(self.action, SvamlActionHangup):
            action = self.action.to_dict()
        elif isinstance(self.action, SvamlActionContinue):
            action = self.action.to_dict()
        elif isinstance(self.action, SvamlActionConnectPstn):
            action = self.action.to_dict()
        elif isinstance(self.action, SvamlActionConnectMxp):
            action = self.action.to_dict()
        elif isinstance(self.action, SvamlActionConnectConf):
            action = self.action.to_dict()
        elif isinstance(self.action, SvamlActionConnectSip):
            action = self.action.to_dict()
        elif isinstance(self.action, SvamlActionRunMenu):
            action = self.action.to_dict()
        elif isinstance(self.action, SvamlActionPark):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        instructions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = []
            for instructions_item_data in self.instructions:
                instructions_item: dict[str, Any]
                if isinstance(instructions_item_data, SvamlInstructionPlayFiles):
                    instructions_item = instructions_item_data.to_dict()
                elif isinstance(instructions_item_data, SvamlInstructionSay):
                    instructions_item = instructions_item_data.to_dict()
                elif isinstance(instructions_item_data, SvamlInstructionSendDtmf):
                    instructions_item = instructions_item_data.to_dict()
                elif isinstance(instructions_item_data, SvamlInstructionSetCookie):
                    instructions_item = instructions_item_data.to_dict()
                elif isinstance(instructions_item_data, SvamlInstructionAnswer):
                    instructions_item = instructions_item_data.to_dict()
                elif isinstance(instructions_item_data, SvamlInstructionStartRecording):
                    instructions_item = instructions_item_data.to_dict()
                else:
                    instructions_item = instructions_item_data.to_dict()

                instructions.append(instructions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_action(
            data: object,
        ) -> (
            SvamlActionConnectConf
            | SvamlActionConnectMxp
            | SvamlActionConnectPstn
            | SvamlActionConnectSip
            | SvamlActionConnectStream
            | SvamlActionContinue
            | SvamlActionHangup
            | SvamlActionPark
            | SvamlActionRunMenu
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_0 = SvamlActionHangup.from_dict(data)

                return componentsschemas_svaml_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_1 = SvamlActionContinue.from_dict(data)

                return componentsschemas_svaml_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_2 = SvamlActionConnectPstn.from_dict(data)

                return componentsschemas_svaml_action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_3 = SvamlActionConnectMxp.from_dict(data)

                return componentsschemas_svaml_action_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_4 = SvamlActionConnectConf.from_dict(data)

                return componentsschemas_svaml_action_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_5 = SvamlActionConnectSip.from_dict(data)

                return componentsschemas_svaml_action_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_6 = SvamlActionRunMenu.from_dict(data)

                return componentsschemas_svaml_action_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_svaml_action_type_7 = SvamlActionPark.from_dict(data)

                return componentsschemas_svaml_action_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_svaml_action_type_8 = SvamlActionConnectStream.from_dict(data)

            return componentsschemas_svaml_action_type_8

        action = _parse_action(d.pop("action"))

        _instructions = d.pop("instructions", UNSET)
        instructions: (
            list[
                SvamlInstructionAnswer
                | SvamlInstructionPlayFiles
                | SvamlInstructionSay
                | SvamlInstructionSendDtmf
                | SvamlInstructionSetCookie
                | SvamlInstructionStartRecording
                | SvamlInstructionStopRecording
            ]
            | Unset
        ) = UNSET
        if _instructions is not UNSET:
            instructions = []
            for instructions_item_data in _instructions:

                def _parse_instructions_item(
                    data: object,
                ) -> (
                    SvamlInstructionAnswer
                    | SvamlInstructionPlayFiles
                    | SvamlInstructionSay
                    | SvamlInstructionSendDtmf
                    | SvamlInstructionSetCookie
                    | SvamlInstructionStartRecording
                    | SvamlInstructionStopRecording
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_0 = SvamlInstructionPlayFiles.from_dict(data)

                        return componentsschemas_svaml_instruction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_1 = SvamlInstructionSay.from_dict(data)

                        return componentsschemas_svaml_instruction_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_2 = SvamlInstructionSendDtmf.from_dict(data)

                        return componentsschemas_svaml_instruction_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_3 = SvamlInstructionSetCookie.from_dict(data)

                        return componentsschemas_svaml_instruction_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_4 = SvamlInstructionAnswer.from_dict(data)

                        return componentsschemas_svaml_instruction_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_5 = SvamlInstructionStartRecording.from_dict(data)

                        return componentsschemas_svaml_instruction_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_svaml_instruction_type_6 = SvamlInstructionStopRecording.from_dict(data)

                    return componentsschemas_svaml_instruction_type_6

                instructions_item = _parse_instructions_item(instructions_item_data)

                instructions.append(instructions_item)

        svaml_request_body = cls(
            action=action,
            instructions=instructions,
        )

        svaml_request_body.additional_properties = d
        return svaml_request_body

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
from ..models.svaml_action_connect_conf import SvamlActionConnectConf  # noqa: E402
from ..models.svaml_action_connect_mxp import SvamlActionConnectMxp  # noqa: E402
from ..models.svaml_action_connect_pstn import SvamlActionConnectPstn  # noqa: E402
from ..models.svaml_action_connect_sip import SvamlActionConnectSip  # noqa: E402
from ..models.svaml_action_connect_stream import SvamlActionConnectStream  # noqa: E402
from ..models.svaml_action_continue import SvamlActionContinue  # noqa: E402
from ..models.svaml_action_hangup import SvamlActionHangup  # noqa: E402
from ..models.svaml_action_park import SvamlActionPark  # noqa: E402
from ..models.svaml_action_run_menu import SvamlActionRunMenu  # noqa: E402
from ..models.svaml_instruction_answer import SvamlInstructionAnswer  # noqa: E402
from ..models.svaml_instruction_play_files import SvamlInstructionPlayFiles  # noqa: E402
from ..models.svaml_instruction_say import SvamlInstructionSay  # noqa: E402
from ..models.svaml_instruction_send_dtmf import SvamlInstructionSendDtmf  # noqa: E402
from ..models.svaml_instruction_set_cookie import SvamlInstructionSetCookie  # noqa: E402
from ..models.svaml_instruction_start_recording import SvamlInstructionStartRecording  # noqa: E402
from ..models.svaml_instruction_stop_recording import SvamlInstructionStopRecording  # noqa: E402
