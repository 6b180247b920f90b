from ..enums import TolerantStrEnum


class GetCallResultResponseStatus(TolerantStrEnum):
    FINAL = "FINAL"
    ONGOING = "ONGOING"
