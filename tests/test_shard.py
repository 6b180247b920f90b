"""`voicespec check --shard K/N`: every (provider, check) unit in exactly one shard, the same split every
time, and the shards' JUnit files add up to the whole run's."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from voicespec.checks.registry import ALL_CHECKS
from voicespec.checks.runner import Check
from voicespec.checks.sharding import Shard, shard_units
from voicespec.cli import app as cli
from voicespec.providers import available_providers

UNITS = [(provider, check) for provider in available_providers() for check in ALL_CHECKS]


def _names(units: list[tuple[object, Check]]) -> list[str]:
    return [f"{getattr(provider, 'name', provider)} {check.name}" for provider, check in units]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7, len(UNITS)])
def test_shards_partition_the_run(count: int) -> None:
    shards = [shard_units(UNITS, Shard(index, count)) for index in range(1, count + 1)]
    together = sorted(name for shard in shards for name in _names(shard))  # type: ignore[arg-type]
    assert together == sorted(_names(UNITS))  # type: ignore[arg-type]
    assert all(shards), "a shard got nothing although there are enough units"
    again = [shard_units(list(UNITS), Shard(index, count)) for index in range(1, count + 1)]
    assert [_names(shard) for shard in again] == [_names(shard) for shard in shards]  # type: ignore[arg-type]


def test_the_expensive_checks_are_spread() -> None:
    first, second = (shard_units(UNITS, Shard(index, 2)) for index in (1, 2))
    fuzz = [sum(check.name == "fuzz" for _, check in shard) for shard in (first, second)]
    assert abs(fuzz[0] - fuzz[1]) <= 1


def _cases(path: Path) -> dict[tuple[str, str], tuple[str, int]]:
    found = {}
    for suite in ET.parse(path).getroot().iter("testsuite"):
        for case in suite.iter("testcase"):
            key = (suite.get("name") or "", case.get("name") or "")
            found[key] = (case.get("cases") or "", len(list(case.iter("failure"))))
    return found


def test_shard_junit_files_add_up_to_the_whole_run(tmp_path: Path) -> None:
    only = ["--only", "spec", "--only", "import", "--only", "cassettes"]
    assert cli.main(["check", *only, "--junit", str(tmp_path / "all.xml")]) == 0
    whole = _cases(tmp_path / "all.xml")
    parts: dict[tuple[str, str], tuple[str, int]] = {}
    for index in (1, 2, 3):
        junit = tmp_path / f"shard-{index}.xml"
        assert cli.main(["check", *only, "--shard", f"{index}/3", "--jobs", "1", "--junit", str(junit)]) == 0
        shard = _cases(junit)
        assert shard, f"shard {index} ran nothing"
        assert not set(shard) & set(parts), "a unit ran in two shards"
        parts.update(shard)
    assert parts == whole
    assert len(whole) == 3 * len(available_providers())


def test_a_shard_with_nothing_to_do_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--only", "spec", "--provider", "sinch-voice", "--shard", "2/2"]) == 2
    assert "shard 2/2 has no checks" in capsys.readouterr().err
