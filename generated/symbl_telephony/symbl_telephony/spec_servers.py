"""The servers the spec names: derived from the spec by `voicespec generate`."""

# Every top-level server, variables at their defaults; the first is the API's base URL.
SERVERS: tuple[str, ...] = ("https://api.symbl.ai",)
# Path template -> the server its path-level `servers` names first.
PATH_SERVERS: dict[str, str] = {}
