from ..enums import TolerantStrEnum


class PlayState(TolerantStrEnum):
    DIGITCOLLECTED = "digitcollected"
    FAILED = "failed"
    INITIATED = "initiated"
    MENUTIMEOUT = "menutimeout"
    PLAYFINISHED = "playfinished"
    SPEECH_RECOGNIZED = "speech_recognized"
