from ..enums import TolerantStrEnum


class HangUpResponseState(TolerantStrEnum):
    SUCCESS = "success"
