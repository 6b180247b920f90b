from ..enums import TolerantStrEnum


class CallResult(TolerantStrEnum):
    ANSWERED = "ANSWERED"
    BUSY = "BUSY"
    FAILED = "FAILED"
    NA = "N/A"
    NOANSWER = "NOANSWER"
