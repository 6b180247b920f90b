from ..enums import TolerantStrEnum


class ActionInvokeOn(TolerantStrEnum):
    START = "start"
    STOP = "stop"
