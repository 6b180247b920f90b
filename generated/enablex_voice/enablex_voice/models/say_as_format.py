from ..enums import TolerantStrEnum


class SayAsFormat(TolerantStrEnum):
    D = "d"
    DM = "dm"
    DMY = "dmy"
    HM = "hm"
    HMS = "hms"
    HMS12 = "hms12"
    HMS24 = "hms24"
    M = "m"
    MD = "md"
    MDY = "mdy"
    MS = "ms"
    MY = "my"
    Y = "y"
    YDM = "ydm"
    YM = "ym"
    YMD = "ymd"
