from ..enums import TolerantStrEnum


class DestinationType(TolerantStrEnum):
    CONFERENCE = "conference"
    DID = "did"
    NUMBER = "number"
    NUMBER_CAPITALIZED = "Number"
    SIP = "sip"
    USERNAME = "username"
    USERNAME_CAPITALIZED = "Username"
    WEBSOCKET = "websocket"
    WEBSOCKET_CAPITALIZED = "Websocket"
