"""JUnit XML for CI systems: one test suite per provider, one test case per check."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby
from pathlib import Path

from voicespec.checks.runner import Outcome


def write_junit(outcomes: list[Outcome], path: Path) -> None:
    suites = ET.Element("testsuites", name="voicespec")
    for provider, group in groupby(outcomes, key=lambda outcome: outcome.provider):
        items = list(group)
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=provider,
            tests=str(len(items)),
            failures=str(sum(1 for item in items if not item.ok)),
            skipped=str(sum(1 for item in items if item.skipped is not None)),
            time=f"{sum(item.seconds for item in items):.3f}",
        )
        for item in items:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"voicespec.{provider}",
                name=item.check,
                time=f"{item.seconds:.3f}",
            )
            case.set("cases", str(item.cases))
            case.set("known-divergences", str(item.known_divergences))
            if item.skipped is not None:
                ET.SubElement(case, "skipped", message=item.skipped)
            if item.failures:
                failure = ET.SubElement(
                    case, "failure", message=f"{len(item.failures)} of {item.cases} failed"
                )
                failure.text = "\n\n".join(item.failures)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suites).write(path, encoding="utf-8", xml_declaration=True)
