from ..enums import TolerantStrEnum


class MohClass(TolerantStrEnum):
    MUSIC1 = "music1"
    MUSIC2 = "music2"
    MUSIC3 = "music3"
    RING = "ring"
