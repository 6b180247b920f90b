from ..enums import TolerantStrEnum


class ConferenceDtmfOptionsMode(TolerantStrEnum):
    DETECT = "detect"
    FORWARD = "forward"
    IGNORE = "ignore"
