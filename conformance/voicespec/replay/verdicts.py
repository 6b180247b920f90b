"""The replay server's verdict on a request, remembered for byte-identical requests.

Checking a request against the spec (operation, credentials, parameters, body) is most of the CPU an
answer costs, and its outcome depends on nothing but the request's method, target, headers and body: the
spec and the limits do not change while the server runs. A client that polls (the same GET for a call's
state, again and again) sends byte-identical requests, so the verdict is kept, keyed by all of those
bytes. Replaying is not remembered: which interaction answers still depends on what was played before.

Bounded: only small requests are remembered, at most `entries` of them, the oldest forgotten first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

from starlette.types import Scope

MAX_ENTRIES = 4096
MAX_KEY_BYTES = 8 * 1024

Verdict = TypeVar("Verdict")


class VerdictMemo(Generic[Verdict]):
    def __init__(self, entries: int = MAX_ENTRIES, max_key_bytes: int = MAX_KEY_BYTES) -> None:
        self.entries, self.max_key_bytes = entries, max_key_bytes
        # OrderedDict: dropping the oldest is O(1) (a dict's first key is found by skipping the holes
        # its earlier deletions left).
        self._verdicts: OrderedDict[Hashable, Verdict] = OrderedDict()

    def key(self, scope: Scope, target: bytes, body: bytes) -> Hashable | None:
        """Everything the verdict can depend on; None for a request too large to remember."""
        headers = tuple((name, value) for name, value in scope["headers"])  # ASGI allows lists: made hashable
        size = len(target) + len(body) + sum(len(name) + len(value) for name, value in headers)
        if size > self.max_key_bytes:
            return None
        return (scope["method"], scope["scheme"], scope.get("server"), target, headers, body)

    def get(self, key: Hashable | None) -> Verdict | None:
        return None if key is None else self._verdicts.get(key)

    def remember(self, key: Hashable | None, verdict: Verdict) -> None:
        if key is None:
            return
        if len(self._verdicts) >= self.entries:
            self._verdicts.popitem(last=False)
        self._verdicts[key] = verdict
