"""Answering HTTP requests from cassettes: `ReplayTransport` plugs into any httpx client.

    client = Client(base_url="https://api.symbl.ai", httpx_args={"transport": ReplayTransport(path)})

Each interaction is played once, in cassette order, so repeated identical requests get the recorded
answers in the order they were recorded. A request that matches nothing (or only interactions already
played) raises `NoMatchingInteraction`, naming the request and the closest recorded interactions with the
matchers that failed; there is no silent fallback. The host is not matched, so the same cassette serves
any base URL.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

import httpx

from voicespec.cassettes.matchers import DEFAULT_MATCHERS, Matcher, Mismatch, mismatches
from voicespec.cassettes.matchers import method as method_matcher
from voicespec.cassettes.matchers import path as path_matcher
from voicespec.cassettes.model import Cassette, Interaction, cassette_files, load_cassettes
from voicespec.errors import Problem, VoicespecError
from voicespec.providers import Provider

_CLOSEST_SHOWN = 3


@dataclass(frozen=True)
class Slot:
    """One interaction and where it is recorded."""

    cassette: Cassette
    index: int
    interaction: Interaction

    @property
    def location(self) -> str:
        return f"{self.cassette.name}#/interactions/{self.index}"


class NoMatchingInteraction(VoicespecError):
    """No unplayed recorded interaction matches the request. `closest` lists the nearest candidates with
    the matchers each one failed (an empty list means it matched but was already played)."""

    def __init__(self, request: httpx.Request, closest: list[tuple[Slot, list[Mismatch]]]) -> None:
        self.request = request
        self.closest = closest
        line = request.method + " " + request.url.raw_path.decode("ascii", "replace")
        if closest and not closest[0][1]:
            summary = f"{line}: every matching recorded interaction was already played"
        else:
            summary = f"{line}: no recorded interaction matches"
        problems = [
            Problem(
                slot.location,
                slot.interaction.request.line(),
                "; ".join(str(mismatch) for mismatch in failed) or "matches, already played",
            )
            for slot, failed in closest
        ]
        super().__init__(summary if problems else summary + " (no interactions loaded)", problems)


class Replayer:
    """The play state over a set of cassettes; thread-safe, shared by the transport and the server.

    Matching interactions play in recorded order. With `allow_repeats`, once every matching interaction
    has been played the last one answers again (what a long-running replay server wants); without it,
    that is a miss. Interactions are indexed by method and path, so a lookup compares the request with
    the few interactions recorded for its path, however many the cassettes hold."""

    def __init__(
        self,
        cassettes: Iterable[Cassette],
        matchers: Sequence[Matcher] = DEFAULT_MATCHERS,
        allow_repeats: bool = False,
    ) -> None:
        self.slots = [
            Slot(cassette, index, interaction)
            for cassette in cassettes
            for index, interaction in enumerate(cassette.interactions)
        ]
        self.matchers = tuple(matchers)
        self.allow_repeats = allow_repeats
        self._played: set[int] = set()
        self._lock = threading.Lock()
        # The index is only sound when method and path are among the matchers.
        self._indexed = method_matcher in self.matchers and path_matcher in self.matchers
        self._index: dict[tuple[str, str], list[int]] = {}
        for position, slot in enumerate(self.slots):
            recorded = slot.interaction.request
            self._index.setdefault((recorded.method.upper(), recorded.path), []).append(position)

    def _candidates(self, request: httpx.Request) -> list[int]:
        if not self._indexed:
            return list(range(len(self.slots)))
        return self._index.get((request.method.upper(), unquote(request.url.path)), [])

    def play(
        self,
        request: httpx.Request,
        wanted: Callable[[Slot], bool] | None = None,
        *,
        strict: bool = False,
        explain: bool = True,
    ) -> Slot:
        """The interaction that answers `request` (marked played); the request body must be read.

        `wanted` narrows the matching interactions to those it accepts (the server's "a success unless
        asked otherwise"); when none is accepted, all matching ones are used unless `strict`. Without
        `explain` a miss is raised at once, without scoring every interaction for the message."""
        scored = self._scored(request)
        slot = self.take(self._matching(scored, wanted, strict))
        if slot is not None:
            return slot
        if not explain:
            raise NoMatchingInteraction(request, [])
        if not scored:  # nothing recorded for this method and path: say what is closest anywhere
            scored = [
                (position, mismatches(request, slot.interaction.request, self.matchers))
                for position, slot in enumerate(self.slots)
            ]
        closest = sorted(scored, key=lambda item: len(item[1]))[:_CLOSEST_SHOWN]
        raise NoMatchingInteraction(request, [(self.slots[position], failed) for position, failed in closest])

    def matching(
        self, request: httpx.Request, wanted: Callable[[Slot], bool] | None = None, *, strict: bool = False
    ) -> list[int]:
        """The positions of the interactions `play` would choose among, in order: what the request
        matches, whatever has been played (the server keeps it for a request it sees again)."""
        return self._matching(self._scored(request), wanted, strict)

    def take(self, matching: list[int]) -> Slot | None:
        """The first of `matching` not played yet (marked played), else with `allow_repeats` the last."""
        with self._lock:
            for position in matching:
                if position not in self._played:
                    self._played.add(position)
                    return self.slots[position]
        if matching and self.allow_repeats:
            return self.slots[matching[-1]]
        return None

    def _scored(self, request: httpx.Request) -> list[tuple[int, list[Mismatch]]]:
        return [
            (position, mismatches(request, self.slots[position].interaction.request, self.matchers))
            for position in self._candidates(request)
        ]

    def _matching(
        self, scored: list[tuple[int, list[Mismatch]]], wanted: Callable[[Slot], bool] | None, strict: bool
    ) -> list[int]:
        matching = [position for position, failed in scored if not failed]
        if wanted is not None:
            accepted = [position for position in matching if wanted(self.slots[position])]
            matching = accepted if accepted or strict else matching
        return matching

    def unplayed(self) -> list[Slot]:
        with self._lock:
            return [slot for position, slot in enumerate(self.slots) if position not in self._played]

    def rewind(self) -> None:
        with self._lock:
            self._played.clear()


CassetteSource = Cassette | str | os.PathLike[str]


class ReplayTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) that answers from cassettes. Pass `Cassette` objects, cassette
    files or directories of them."""

    def __init__(
        self,
        *cassettes: CassetteSource,
        matchers: Sequence[Matcher] = DEFAULT_MATCHERS,
        allow_repeats: bool = False,
    ) -> None:
        loaded: list[Cassette] = []
        for item in cassettes:  # in the order given: earlier cassettes answer first
            loaded += [item] if isinstance(item, Cassette) else load_cassettes([os.fspath(item)])
        self.replayer = Replayer(loaded, matchers, allow_repeats)

    @classmethod
    def for_provider(cls, provider: Provider, *, allow_repeats: bool = False) -> ReplayTransport:
        """Every cassette recorded for `provider` under conformance/cassettes/."""
        return cls(*cassette_files(provider.cassettes_dir), allow_repeats=allow_repeats)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self.replayer.play(request).interaction.response.to_httpx(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.replayer.play(request).interaction.response.to_httpx(request)

    def unplayed(self) -> list[Slot]:
        """Interactions not played yet: a test can assert its flow used the whole cassette."""
        return self.replayer.unplayed()
