from ..enums import TolerantStrEnum


class NumberCapability(TolerantStrEnum):
    SMS = "sms"
    VOICE = "voice"
