from ..enums import TolerantStrEnum


class TextToSpeechVoice(TolerantStrEnum):
    FEMALE = "female"
    MALE = "male"
