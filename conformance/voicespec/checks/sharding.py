"""`--shard K/N`: split a run's (provider, check) units across N CI jobs, deterministically.

Each unit goes to exactly one shard, so the shards' JUnit files add up to the whole run. The split
balances the checks' rough cost (longest first, each to the least-loaded shard, ties to the lowest
shard number), which depends only on the list of units: every job of a matrix computes the same split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from voicespec.checks.runner import COST, Check
from voicespec.providers import Provider

_SHARD = re.compile(r"^(\d+)/(\d+)$")


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as written on the command line
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """`K/N` with 1 <= K <= N; ValueError with the reason otherwise."""
        match = _SHARD.match(text.strip())
        if match is None:
            raise ValueError(f"--shard must look like K/N (e.g. 1/3), not {text!r}")
        index, count = int(match.group(1)), int(match.group(2))
        if count < 1 or not 1 <= index <= count:
            raise ValueError(f"--shard {text}: K must be between 1 and N, and N at least 1")
        return cls(index, count)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard_units(units: list[tuple[Provider, Check]], shard: Shard) -> list[tuple[Provider, Check]]:
    """The units of `shard`, in their original order."""
    loads = [0] * shard.count
    owner: dict[int, int] = {}
    by_cost = sorted(range(len(units)), key=lambda index: (-COST.get(units[index][1].name, 1), index))
    for index in by_cost:
        target = min(range(shard.count), key=lambda number: (loads[number], number))
        owner[index] = target
        loads[target] += COST.get(units[index][1].name, 1)
    return [unit for index, unit in enumerate(units) if owner[index] == shard.index - 1]
