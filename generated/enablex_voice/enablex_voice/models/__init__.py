"""Contains all the data models used in inputs/outputs"""

from .action_on_connect import ActionOnConnect
from .bridge_call_request import BridgeCallRequest
from .bridge_call_response import BridgeCallResponse
from .call_control_response import CallControlResponse
from .call_control_response_status import CallControlResponseStatus
from .call_details import CallDetails
from .call_details_direction import CallDetailsDirection
from .call_details_state import CallDetailsState
from .call_state import CallState
from .call_state_event import CallStateEvent
from .dial_out_request import DialOutRequest
from .dial_out_response import DialOutResponse
from .dtmf_collected_event import DtmfCollectedEvent
from .dtmf_collected_event_state import DtmfCollectedEventState
from .encrypted_webhook_envelope import EncryptedWebhookEnvelope
from .error_response import ErrorResponse
from .express_as_style import ExpressAsStyle
from .failure_state import FailureState
from .forward_call_request import ForwardCallRequest
from .hang_up_response import HangUpResponse
from .hang_up_response_state import HangUpResponseState
from .hold_call_request import HoldCallRequest
from .play_advanced_text_to_speech import PlayAdvancedTextToSpeech
from .play_advanced_text_to_speech_request import PlayAdvancedTextToSpeechRequest
from .play_prompt import PlayPrompt
from .play_prompt_request import PlayPromptRequest
from .play_response import PlayResponse
from .play_state import PlayState
from .play_state_event import PlayStateEvent
from .play_text_to_speech import PlayTextToSpeech
from .play_text_to_speech_request import PlayTextToSpeechRequest
from .prosody_volume_level import ProsodyVolumeLevel
from .recording_response import RecordingResponse
from .recording_response_status import RecordingResponseStatus
from .recording_state import RecordingState
from .recording_state_event import RecordingStateEvent
from .request_state import RequestState
from .room_action import RoomAction
from .say_as_format import SayAsFormat
from .say_as_interpret_as import SayAsInterpretAs
from .speech_recognition_event import SpeechRecognitionEvent
from .speech_recognition_state import SpeechRecognitionState
from .start_recording_request import StartRecordingRequest
from .stop_recording_request import StopRecordingRequest
from .text_to_speech_break import TextToSpeechBreak
from .text_to_speech_express_as import TextToSpeechExpressAs
from .text_to_speech_option import TextToSpeechOption
from .text_to_speech_prosody import TextToSpeechProsody
from .text_to_speech_say_as import TextToSpeechSayAs
from .text_to_speech_silence import TextToSpeechSilence
from .text_to_speech_voice import TextToSpeechVoice
from .transfer_call_request import TransferCallRequest
from .transfer_call_response import TransferCallResponse
from .transfer_call_response_status import TransferCallResponseStatus

__all__ = (
    "ActionOnConnect",
    "BridgeCallRequest",
    "BridgeCallResponse",
    "CallControlResponse",
    "CallControlResponseStatus",
    "CallDetails",
    "CallDetailsDirection",
    "CallDetailsState",
    "CallState",
    "CallStateEvent",
    "DialOutRequest",
    "DialOutResponse",
    "DtmfCollectedEvent",
    "DtmfCollectedEventState",
    "EncryptedWebhookEnvelope",
    "ErrorResponse",
    "ExpressAsStyle",
    "FailureState",
    "ForwardCallRequest",
    "HangUpResponse",
    "HangUpResponseState",
    "HoldCallRequest",
    "PlayAdvancedTextToSpeech",
    "PlayAdvancedTextToSpeechRequest",
    "PlayPrompt",
    "PlayPromptRequest",
    "PlayResponse",
    "PlayState",
    "PlayStateEvent",
    "PlayTextToSpeech",
    "PlayTextToSpeechRequest",
    "ProsodyVolumeLevel",
    "RecordingResponse",
    "RecordingResponseStatus",
    "RecordingState",
    "RecordingStateEvent",
    "RequestState",
    "RoomAction",
    "SayAsFormat",
    "SayAsInterpretAs",
    "SpeechRecognitionEvent",
    "SpeechRecognitionState",
    "StartRecordingRequest",
    "StopRecordingRequest",
    "TextToSpeechBreak",
    "TextToSpeechExpressAs",
    "TextToSpeechOption",
    "TextToSpeechProsody",
    "TextToSpeechSayAs",
    "TextToSpeechSilence",
    "TextToSpeechVoice",
    "TransferCallRequest",
    "TransferCallResponse",
    "TransferCallResponseStatus",
)
