"""Build step that puts voicespec's data into the wheel (everything else is in pyproject.toml).

The specs, cassettes, generated projects, runtime, templates and the linter's lock file live at the
repository root, where the checkout uses them directly (`voicespec.locations`). A wheel must carry them
inside the package, so `build_py` copies them to `voicespec/data/`; an editable install skips the copy and
reads the checkout. Caches and node_modules are never copied.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# data/<name> <- repository path
DATA_DIRS = {
    "specs": "specs",
    "cassettes": "conformance/cassettes",
    "generated": "generated",
    "runtime": "runtime",
    "templates": "templates",
}
DATA_FILES = {
    "redocly.yaml": "redocly.yaml",
    "lint/package.json": "tools/lint/package.json",
    "lint/package-lock.json": "tools/lint/package-lock.json",
}
IGNORED = shutil.ignore_patterns(
    "__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", "node_modules"
)


class BuildWithData(build_py):  # type: ignore[misc]  # the build env's setuptools may ship no types
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's own directories are used in place
        target = Path(self.build_lib) / "voicespec" / "data"
        shutil.rmtree(target, ignore_errors=True)
        for name, source in DATA_DIRS.items():
            shutil.copytree(ROOT / source, target / name, ignore=IGNORED)
        for name, source in DATA_FILES.items():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / source, target / name)


setup(cmdclass={"build_py": BuildWithData})
