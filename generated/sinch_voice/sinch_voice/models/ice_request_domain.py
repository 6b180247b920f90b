from ..enums import TolerantStrEnum


class IceRequestDomain(TolerantStrEnum):
    CONFERENCE = "conference"
    MXP = "mxp"
    PSTN = "pstn"
