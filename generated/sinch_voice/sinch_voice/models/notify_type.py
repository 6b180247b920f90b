from ..enums import TolerantStrEnum


class NotifyType(TolerantStrEnum):
    AMD = "amd"
    AMD_BEEP = "amd_beep"
    CALLINGERROR = "callingerror"
    RECORDING_AVAILABLE = "recording_available"
    RECORDING_FINISHED = "recording_finished"
    TRANSCRIPTION_AVAILABLE = "transcription_available"
