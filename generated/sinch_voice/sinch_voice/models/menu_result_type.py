from ..enums import TolerantStrEnum


class MenuResultType(TolerantStrEnum):
    ERROR = "error"
    HANGUP = "hangup"
    INVALIDINPUT = "invalidinput"
    RETURN = "return"
    SEQUENCE = "sequence"
    TIMEOUT = "timeout"
