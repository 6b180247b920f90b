"""Each generated project builds on its own into a wheel holding the whole client: models, every API
module, the copied runtime and py.typed (what `pip install ./generated/<name>` installs)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from voicespec.providers import Provider


def test_generated_project_builds_a_complete_wheel(provider: Provider, tmp_path: Path) -> None:
    project = provider.generated_dir
    # --no-build-isolation uses the pinned poetry-core of the dev environment: no network in tests.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(project),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package_dir = project / provider.package
    expected = {path.relative_to(project).as_posix() for path in package_dir.rglob("*.py")}
    expected.add(f"{provider.package}/py.typed")
    assert expected <= names, sorted(expected - names)
