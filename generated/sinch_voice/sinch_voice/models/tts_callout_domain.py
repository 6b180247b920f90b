from ..enums import TolerantStrEnum


class TtsCalloutDomain(TolerantStrEnum):
    MXP = "mxp"
    PSTN = "pstn"
