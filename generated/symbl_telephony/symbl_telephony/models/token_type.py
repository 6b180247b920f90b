from ..enums import TolerantStrEnum


class TokenType(TolerantStrEnum):
    APPLICATION = "application"
