from ..enums import TolerantStrEnum


class ProsodyVolumeLevel(TolerantStrEnum):
    DEFAULT = "default"
    LOUD = "loud"
    MEDIUM = "medium"
    SILENT = "silent"
    SOFT = "soft"
    X_LOUD = "x-loud"
    X_SOFT = "x-soft"
