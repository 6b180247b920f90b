from ..enums import TolerantStrEnum


class RecordingResponseStatus(TolerantStrEnum):
    FAILED = "failed"
    SUCCESS = "success"
