from ..enums import TolerantStrEnum


class AmdResultReason(TolerantStrEnum):
    INITIALSILENCE = "initialsilence"
    LONGGREETING = "longgreeting"
