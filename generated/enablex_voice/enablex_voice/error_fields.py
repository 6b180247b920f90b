"""Where error bodies carry code and message: derived from the spec by `voicespec generate`."""

ERROR_CODE_KEYS: tuple[str, ...] = ("result",)
MESSAGE_KEYS: tuple[str, ...] = ("msg",)
