from ..enums import TolerantStrEnum


class DtmfCollectedEventState(TolerantStrEnum):
    DTMFCOLLECTED = "dtmfcollected"
