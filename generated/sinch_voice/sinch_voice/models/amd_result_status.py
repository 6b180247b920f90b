from ..enums import TolerantStrEnum


class AmdResultStatus(TolerantStrEnum):
    HANGUP = "hangup"
    HUMAN = "human"
    MACHINE = "machine"
    NOTSURE = "notsure"
