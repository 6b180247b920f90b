from ..enums import TolerantStrEnum


class SpeechRecognitionState(TolerantStrEnum):
    RECOGNIZED = "recognized"
    TIMEOUT = "timeout"
    UNRECOGNIZED = "unrecognized"
