from ..enums import TolerantStrEnum


class CallDetailsState(TolerantStrEnum):
    CONNECTED = "connected"
    IN_PROGRESS = "In progress"
    IVR = "IVR"
