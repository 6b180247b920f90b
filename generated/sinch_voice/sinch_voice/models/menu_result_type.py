from ..enums import TolerantStrEnum


class MenuResultType(TolerantStrEnum):
    ERROR = "Error"
    HANGUP = "Hangup"
    INVALIDINPUT = "InvalidInput"
    RETURN = "Return"
    SEQUENCE = "Sequence"
    TIMEOUT = "Timeout"
