from ..enums import TolerantStrEnum


class CallControlResponseStatus(TolerantStrEnum):
    FAILED = "failed"
    SUCCESS = "success"
