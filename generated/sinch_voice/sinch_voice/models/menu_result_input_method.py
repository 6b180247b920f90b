from ..enums import TolerantStrEnum


class MenuResultInputMethod(TolerantStrEnum):
    DTMF = "dtmf"
    VOICE = "voice"
