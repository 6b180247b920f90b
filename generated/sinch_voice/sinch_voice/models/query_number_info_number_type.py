from ..enums import TolerantStrEnum


class QueryNumberInfoNumberType(TolerantStrEnum):
    FIXED = "Fixed"
    MOBILE = "Mobile"
    OTHER = "Other"
    UNKNOWN = "Unknown"
