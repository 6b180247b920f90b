from ..enums import TolerantStrEnum


class Domain(TolerantStrEnum):
    MXP = "mxp"
    MXP_UPPERCASE = "MXP"
    PSTN = "pstn"
    PSTN_UPPERCASE = "PSTN"
