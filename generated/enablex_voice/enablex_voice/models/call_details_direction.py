from ..enums import TolerantStrEnum


class CallDetailsDirection(TolerantStrEnum):
    INBOUND = "Inbound"
    OUTBOUND = "Outbound"
