from ..enums import TolerantStrEnum


class IceRequestDomain(TolerantStrEnum):
    CONFERENCE = "conference"
    MXP = "mxp"
    MXP_UPPERCASE = "MXP"
    PSTN = "pstn"
    PSTN_UPPERCASE = "PSTN"
