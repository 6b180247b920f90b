from enum import StrEnum


class SvamlActionConnectPstnIndications(StrEnum):
    AT = "at"
    AU = "au"
    BE = "be"
    BG = "bg"
    BR = "br"
    CH = "ch"
    CL = "cl"
    CN = "cn"
    CZ = "cz"
    DE = "de"
    DK = "dk"
    EE = "ee"
    ES = "es"
    FI = "fi"
    FR = "fr"
    GR = "gr"
    HU = "hu"
    IL = "il"
    IN = "in"
    IT = "it"
    JP = "jp"
    LT = "lt"
    MX = "mx"
    MY = "my"
    NL = "nl"
    NO = "no"
    NZ = "nz"
    PH = "ph"
    PL = "pl"
    PT = "pt"
    RU = "ru"
    SE = "se"
    SG = "sg"
    TH = "th"
    TW = "tw"
    UK = "uk"
    US = "us"
    VE = "ve"
    ZA = "za"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (kept as it was sent, see ``_missing_``)."""
        return self._name_ != "UNKNOWN"

    @classmethod
    def _missing_(cls, value: object) -> "SvamlActionConnectPstnIndications | None":
        # Providers add enum values without notice: keep the unknown value, visible to the caller, rather
        # than raising. Only strings qualify; anything else is still a type error.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
