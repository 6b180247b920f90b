from ..enums import TolerantStrEnum


class RecordingState(TolerantStrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    STARTED = "started"
