from ..enums import TolerantStrEnum


class ManageConferenceParticipantRequestCommand(TolerantStrEnum):
    MUTE = "mute"
    ONHOLD = "onhold"
    RESUME = "resume"
    UNMUTE = "unmute"
