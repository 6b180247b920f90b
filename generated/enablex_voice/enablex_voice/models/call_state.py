from ..enums import TolerantStrEnum


class CallState(TolerantStrEnum):
    BRIDGED = "bridged"
    BRIDGE_DISCONNECTED = "bridge_disconnected"
    BRIDGING = "bridging"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    FAILED = "failed"
    INCOMINGCALL = "incomingcall"
    RINGING = "ringing"
