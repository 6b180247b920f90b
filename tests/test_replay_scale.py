"""Scale: a lookup costs the same with 10 or 10,000 interactions (the method+path index), and a cached
load of 10,000 interactions takes well under a second of CPU. CPU time, not wall time, so a busy CI
machine does not make the test flaky; the bounds are generous multiples of what it measures."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from benchmarks.replay_scale import synthetic_cassette
from voicespec.cassettes.model import Cassette
from voicespec.replay.transport import NoMatchingInteraction, Replayer


def _lookup_cpu(replayer: Replayer, request: httpx.Request, rounds: int = 500) -> float:
    started = time.process_time()
    for _ in range(rounds):
        replayer.play(request)
    return (time.process_time() - started) / rounds


def test_a_lookup_costs_the_same_with_10_or_10000_interactions() -> None:
    small = Replayer([synthetic_cassette(10)], allow_repeats=True)
    large = Replayer([synthetic_cassette(10_000)], allow_repeats=True)
    request = httpx.Request("GET", "https://api.example.com/v1/calls/5")
    assert large.play(request).index == 5
    small_cost = min(_lookup_cpu(small, request) for _ in range(3))
    large_cost = min(_lookup_cpu(large, request) for _ in range(3))
    assert large_cost < 3 * small_cost + 20e-6


def test_a_miss_in_a_large_set_still_explains_itself() -> None:
    replayer = Replayer([synthetic_cassette(1000)])
    with pytest.raises(NoMatchingInteraction) as raised:
        replayer.play(httpx.Request("POST", "https://api.example.com/v1/calls/5"))
    assert "method: sent POST, recorded GET" in str(raised.value.problems[0].message)


def test_loading_10000_interactions_takes_well_under_a_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VOICESPEC_CACHE_DIR", str(tmp_path / "cache"))
    path = synthetic_cassette(10_000).save(tmp_path / "large.yaml")  # the writer fills the parse cache
    started = time.process_time()
    loaded = Cassette.load(path)
    assert time.process_time() - started < 0.8
    assert len(loaded.interactions) == 10_000


def test_an_edited_cassette_misses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICESPEC_CACHE_DIR", str(tmp_path / "cache"))
    path = synthetic_cassette(20).save(tmp_path / "small.yaml")
    assert Cassette.load(path).interactions[-1].request.uri.endswith("/19")
    path.write_text(path.read_text().replace("/v1/calls/19", "/v1/calls/changed"))
    assert Cassette.load(path).interactions[-1].request.uri.endswith("/changed")
