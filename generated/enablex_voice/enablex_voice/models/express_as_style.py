from ..enums import TolerantStrEnum


class ExpressAsStyle(TolerantStrEnum):
    ADVERTISEMENT_UPBEAT = "advertisement_upbeat"
    CHEERFUL = "cheerful"
    CUSTOMERSERVICE = "customerservice"
    FRIENDLY = "friendly"
    GENTLE = "gentle"
