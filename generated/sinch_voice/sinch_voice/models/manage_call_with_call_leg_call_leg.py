from ..enums import TolerantStrEnum


class ManageCallWithCallLegCallLeg(TolerantStrEnum):
    BOTH = "both"
    CALLEE = "callee"
    CALLER = "caller"
