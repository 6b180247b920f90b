from ..enums import TolerantStrEnum


class FailureState(TolerantStrEnum):
    FAILED = "failed"
