from enum import StrEnum


class IceRequestDomain(StrEnum):
    CONFERENCE = "conference"
    MXP = "mxp"
    MXP_UPPERCASE = "MXP"
    PSTN = "pstn"
    PSTN_UPPERCASE = "PSTN"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (kept as it was sent, see ``_missing_``)."""
        return self._name_ != "UNKNOWN"

    @classmethod
    def _missing_(cls, value: object) -> "IceRequestDomain | None":
        # Providers add enum values without notice: keep the unknown value, visible to the caller, rather
        # than raising. Only strings qualify; anything else is still a type error.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
