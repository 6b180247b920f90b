from ..enums import TolerantStrEnum


class TransferCallResponseStatus(TolerantStrEnum):
    FAILED = "failed"
    INITIATED = "initiated"
    SUCCESS = "success"
