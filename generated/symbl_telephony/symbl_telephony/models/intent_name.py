from ..enums import TolerantStrEnum


class IntentName(TolerantStrEnum):
    ANSWERING_MACHINE = "answering_machine"
    DO_NOT_CALL = "do_not_call"
    INTERESTED = "interested"
    NOT_INTERESTED = "not_interested"
