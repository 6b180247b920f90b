from ..enums import TolerantStrEnum


class DestinationType(TolerantStrEnum):
    DID = "did"
    NUMBER = "number"
    NUMBER_CAPITALIZED = "Number"
    SIP = "sip"
    USERNAME = "username"
    USERNAME_CAPITALIZED = "Username"
