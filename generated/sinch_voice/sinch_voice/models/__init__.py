"""Contains all the data models used in inputs/outputs"""

from .ace_request import AceRequest
from .amd_options import AmdOptions
from .amd_result import AmdResult
from .amd_result_reason import AmdResultReason
from .amd_result_status import AmdResultStatus
from .call_header import CallHeader
from .call_reason import CallReason
from .call_result import CallResult
from .callback_urls import CallbackUrls
from .callbacks import Callbacks
from .callout_response import CalloutResponse
from .conference_callout import ConferenceCallout
from .conference_callout_request import ConferenceCalloutRequest
from .conference_dtmf_options import ConferenceDtmfOptions
from .conference_dtmf_options_mode import ConferenceDtmfOptionsMode
from .conference_participant import ConferenceParticipant
from .custom_callout import CustomCallout
from .custom_callout_request import CustomCalloutRequest
from .destination import Destination
from .destination_type import DestinationType
from .dice_request import DiceRequest
from .dice_response import DiceResponse
from .domain import Domain
from .error import Error
from .get_call_result_response import GetCallResultResponse
from .get_call_result_response_domain import GetCallResultResponseDomain
from .get_call_result_response_status import GetCallResultResponseStatus
from .get_conference_info_response import GetConferenceInfoResponse
from .get_numbers_response import GetNumbersResponse
from .ice_request import IceRequest
from .ice_request_domain import IceRequestDomain
from .manage_call_with_call_leg_call_leg import ManageCallWithCallLegCallLeg
from .manage_conference_participant_request import ManageConferenceParticipantRequest
from .manage_conference_participant_request_command import ManageConferenceParticipantRequestCommand
from .menu import Menu
from .menu_option import MenuOption
from .menu_result import MenuResult
from .menu_result_input_method import MenuResultInputMethod
from .menu_result_type import MenuResultType
from .moh_class import MohClass
from .money import Money
from .notify_request import NotifyRequest
from .notify_type import NotifyType
from .number_capability import NumberCapability
from .number_item import NumberItem
from .pie_request import PieRequest
from .query_number_info import QueryNumberInfo
from .query_number_info_number_type import QueryNumberInfoNumberType
from .query_number_response import QueryNumberResponse
from .sip_destination import SipDestination
from .start_recording_options import StartRecordingOptions
from .streaming_options import StreamingOptions
from .svaml_action_connect_conf import SvamlActionConnectConf
from .svaml_action_connect_mxp import SvamlActionConnectMxp
from .svaml_action_connect_pstn import SvamlActionConnectPstn
from .svaml_action_connect_pstn_indications import SvamlActionConnectPstnIndications
from .svaml_action_connect_sip import SvamlActionConnectSip
from .svaml_action_connect_sip_transport import SvamlActionConnectSipTransport
from .svaml_action_connect_stream import SvamlActionConnectStream
from .svaml_action_continue import SvamlActionContinue
from .svaml_action_hangup import SvamlActionHangup
from .svaml_action_park import SvamlActionPark
from .svaml_action_run_menu import SvamlActionRunMenu
from .svaml_instruction_answer import SvamlInstructionAnswer
from .svaml_instruction_play_files import SvamlInstructionPlayFiles
from .svaml_instruction_say import SvamlInstructionSay
from .svaml_instruction_send_dtmf import SvamlInstructionSendDtmf
from .svaml_instruction_set_cookie import SvamlInstructionSetCookie
from .svaml_instruction_start_recording import SvamlInstructionStartRecording
from .svaml_instruction_stop_recording import SvamlInstructionStopRecording
from .svaml_request_body import SvamlRequestBody
from .transcription_options import TranscriptionOptions
from .tts_callout import TtsCallout
from .tts_callout_domain import TtsCalloutDomain
from .tts_callout_request import TtsCalloutRequest
from .unassign_number_request import UnassignNumberRequest
from .update_numbers_request import UpdateNumbersRequest

__all__ = (
    "AceRequest",
    "AmdOptions",
    "AmdResult",
    "AmdResultReason",
    "AmdResultStatus",
    "Callbacks",
    "CallbackUrls",
    "CallHeader",
    "CalloutResponse",
    "CallReason",
    "CallResult",
    "ConferenceCallout",
    "ConferenceCalloutRequest",
    "ConferenceDtmfOptions",
    "ConferenceDtmfOptionsMode",
    "ConferenceParticipant",
    "CustomCallout",
    "CustomCalloutRequest",
    "Destination",
    "DestinationType",
    "DiceRequest",
    "DiceResponse",
    "Domain",
    "Error",
    "GetCallResultResponse",
    "GetCallResultResponseDomain",
    "GetCallResultResponseStatus",
    "GetConferenceInfoResponse",
    "GetNumbersResponse",
    "IceRequest",
    "IceRequestDomain",
    "ManageCallWithCallLegCallLeg",
    "ManageConferenceParticipantRequest",
    "ManageConferenceParticipantRequestCommand",
    "Menu",
    "MenuOption",
    "MenuResult",
    "MenuResultInputMethod",
    "MenuResultType",
    "MohClass",
    "Money",
    "NotifyRequest",
    "NotifyType",
    "NumberCapability",
    "NumberItem",
    "PieRequest",
    "QueryNumberInfo",
    "QueryNumberInfoNumberType",
    "QueryNumberResponse",
    "SipDestination",
    "StartRecordingOptions",
    "StreamingOptions",
    "SvamlActionConnectConf",
    "SvamlActionConnectMxp",
    "SvamlActionConnectPstn",
    "SvamlActionConnectPstnIndications",
    "SvamlActionConnectSip",
    "SvamlActionConnectSipTransport",
    "SvamlActionConnectStream",
    "SvamlActionContinue",
    "SvamlActionHangup",
    "SvamlActionPark",
    "SvamlActionRunMenu",
    "SvamlInstructionAnswer",
    "SvamlInstructionPlayFiles",
    "SvamlInstructionSay",
    "SvamlInstructionSendDtmf",
    "SvamlInstructionSetCookie",
    "SvamlInstructionStartRecording",
    "SvamlInstructionStopRecording",
    "SvamlRequestBody",
    "TranscriptionOptions",
    "TtsCallout",
    "TtsCalloutDomain",
    "TtsCalloutRequest",
    "UnassignNumberRequest",
    "UpdateNumbersRequest",
)
