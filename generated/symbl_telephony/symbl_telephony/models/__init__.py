"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_invoke_on import ActionInvokeOn
from .action_name import ActionName
from .action_parameters import ActionParameters
from .connection_data import ConnectionData
from .connection_response import ConnectionResponse
from .error_response import ErrorResponse
from .generate_token_request import GenerateTokenRequest
from .generate_token_response import GenerateTokenResponse
from .pstn_endpoint import PstnEndpoint
from .session import Session
from .sip_endpoint import SipEndpoint
from .start_connection_request import StartConnectionRequest
from .stop_connection_request import StopConnectionRequest
from .token_type import TokenType

__all__ = (
    "Action",
    "ActionInvokeOn",
    "ActionName",
    "ActionParameters",
    "ConnectionData",
    "ConnectionResponse",
    "ErrorResponse",
    "GenerateTokenRequest",
    "GenerateTokenResponse",
    "PstnEndpoint",
    "Session",
    "SipEndpoint",
    "StartConnectionRequest",
    "StopConnectionRequest",
    "TokenType",
)
