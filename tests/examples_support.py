"""The README's example programs (`examples/*.py`), imported as users run them, for the tests that
drive them."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def load_example(name: str, **env: str) -> ModuleType:
    """A fresh import of `examples/<name>.py`, with the environment variables it reads at import set to `env`
    for the import only (the examples take their keys from the environment, as the README says)."""
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
