from ..enums import TolerantStrEnum


class SayAsInterpretAs(TolerantStrEnum):
    ADDRESS = "address"
    CARDINAL = "cardinal"
    CHARACTERS = "characters"
    CURRENCY = "currency"
    DATE = "date"
    DURATION = "duration"
    FRACTION = "fraction"
    NAME = "name"
    NUMBER = "number"
    NUMBER_DIGIT = "number_digit"
    ORDINAL = "ordinal"
    SPELL_OUT = "spell-out"
    TELEPHONE = "telephone"
    TIME = "time"
