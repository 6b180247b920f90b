from ..enums import TolerantStrEnum


class ActionName(TolerantStrEnum):
    SENDSUMMARYEMAIL = "sendSummaryEmail"
