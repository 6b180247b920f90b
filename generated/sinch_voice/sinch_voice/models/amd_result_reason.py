from ..enums import TolerantStrEnum


class AmdResultReason(TolerantStrEnum):
    BEEP = "beep"
    INITIALSILENCE = "initialsilence"
    LONGGREETING = "longgreeting"
    N_A = "n/a"
