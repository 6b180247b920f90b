from ..enums import TolerantStrEnum


class GetCallResultResponseDomain(TolerantStrEnum):
    MXP = "mxp"
    PSTN = "pstn"
