from ..enums import TolerantStrEnum


class RequestState(TolerantStrEnum):
    FAILED = "failed"
    INITIATED = "initiated"
