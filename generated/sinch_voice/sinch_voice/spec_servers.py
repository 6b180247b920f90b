"""The servers the spec names: derived from the spec by `voicespec generate`."""

# Every top-level server, variables at their defaults; the first is the API's base URL.
SERVERS: tuple[str, ...] = (
    "https://calling.api.sinch.com",
    "https://calling-use1.api.sinch.com",
    "https://calling-euc1.api.sinch.com",
    "https://calling-sae1.api.sinch.com",
    "https://calling-apse1.api.sinch.com",
    "https://calling-apse2.api.sinch.com",
)
# Path template -> the server its path-level `servers` names first.
PATH_SERVERS: dict[str, str] = {
    "/v1/configuration/numbers": "https://callingapi.sinch.com",
    "/v1/configuration/callbacks/applications/{applicationkey}": "https://callingapi.sinch.com",
    "/v1/calling/query/number/{number}": "https://callingapi.sinch.com",
}
