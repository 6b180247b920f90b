"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_invoke_on import ActionInvokeOn
from .action_name import ActionName
from .action_parameters import ActionParameters
from .audio_config import AudioConfig
from .connection_data import ConnectionData
from .connection_response import ConnectionResponse
from .empty_actions import EmptyActions
from .error_response import ErrorResponse
from .generate_token_request import GenerateTokenRequest
from .generate_token_response import GenerateTokenResponse
from .intent_detection import IntentDetection
from .intent_name import IntentName
from .language import Language
from .pstn_endpoint import PstnEndpoint
from .refresh_token_request import RefreshTokenRequest
from .request_headers import RequestHeaders
from .revoke_token_request import RevokeTokenRequest
from .session import Session
from .session_location import SessionLocation
from .session_time_zone import SessionTimeZone
from .sip_endpoint import SipEndpoint
from .start_connection_request import StartConnectionRequest
from .stop_connection_request import StopConnectionRequest
from .summary_info import SummaryInfo
from .summary_user import SummaryUser
from .token_type import TokenType

__all__ = (
    "Action",
    "ActionInvokeOn",
    "ActionName",
    "ActionParameters",
    "AudioConfig",
    "ConnectionData",
    "ConnectionResponse",
    "EmptyActions",
    "ErrorResponse",
    "GenerateTokenRequest",
    "GenerateTokenResponse",
    "IntentDetection",
    "IntentName",
    "Language",
    "PstnEndpoint",
    "RefreshTokenRequest",
    "RequestHeaders",
    "RevokeTokenRequest",
    "Session",
    "SessionLocation",
    "SessionTimeZone",
    "SipEndpoint",
    "StartConnectionRequest",
    "StopConnectionRequest",
    "SummaryInfo",
    "SummaryUser",
    "TokenType",
)
