from ..enums import TolerantStrEnum


class SvamlActionConnectSipTransport(TolerantStrEnum):
    TCP = "TCP"
    TLS = "TLS"
    UDP = "UDP"
