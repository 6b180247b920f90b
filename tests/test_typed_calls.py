"""`sync`/`asyncio` are typed with exactly the documented success type: a user program that calls every
operation of each client and reads a field of each result passes `mypy --strict` with no isinstance,
assert or cast on a return value.

The programs are written here from the generated packages (so an operation added to a spec is covered at
once) into a temporary directory, and type-checked by the pinned mypy."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

PACKAGES = ["sinch_voice", "symbl_telephony", "enablex_voice"]


def _operations(package: str) -> list[types.ModuleType]:
    api = importlib.import_module(f"{package}.api")
    names = [info.name for info in pkgutil.walk_packages(api.__path__, api.__name__ + ".") if not info.ispkg]
    return [importlib.import_module(name) for name in sorted(names)]


class _Program:
    def __init__(self, package: str) -> None:
        self.package = package
        self.imports: set[tuple[str, str]] = {(package, "Client")}
        self.body: list[str] = []

    def name(self, cls: type) -> str:
        if cls.__module__ != "builtins":
            self.imports.add((cls.__module__, cls.__name__))
        return cls.__name__

    def argument(self, annotation: Any) -> str:
        if isinstance(annotation, type):
            return f"value({self.name(annotation)})"
        first = next(arg for arg in typing.get_args(annotation) if isinstance(arg, type))
        return f"value({self.name(first)})"

    def call(self, module: types.ModuleType, index: int) -> None:
        signature = inspect.signature(module.sync)
        arguments = [
            f"{name}={self.argument(parameter.annotation)}"
            for name, parameter in signature.parameters.items()
            if name != "client" and parameter.default is inspect.Parameter.empty
        ]
        call = f"{module.__name__.rsplit('.', 1)[1]}.%s(client=client, {', '.join(arguments)})"
        self.imports.add((module.__name__.rsplit(".", 1)[0], module.__name__.rsplit(".", 1)[1]))
        returned = signature.return_annotation
        for prefix, function in (("", "sync"), ("await ", "asyncio")):
            if returned is None:  # a bodiless success: there is nothing to keep
                self.body.append(f"    {prefix}{call % function}")
                continue
            self.body.append(f"    r{index}_{function} = {prefix}{call % function}")
            self.body.append(f"    print({self.read(f'r{index}_{function}', returned)})")

    def read(self, variable: str, returned: Any) -> str:
        """An expression reading a field of the result; only a model result has one to read."""
        if isinstance(returned, type) and attrs.has(returned):
            field = next(f.name for f in attrs.fields(returned) if f.name != "additional_properties")
            return f"{variable}.{field}"
        return variable

    def text(self) -> str:
        head = [f"from {module} import {name}" for module, name in sorted(self.imports)]
        return "\n".join(
            [
                "from typing import TypeVar",
                *head,
                "",
                'T = TypeVar("T")',
                "",
                "",
                "def value(kind: type[T]) -> T:",
                "    raise NotImplementedError",
                "",
                "",
                "async def main(client: Client) -> None:",
                *self.body,
                "",
            ]
        )


def _program(package: str) -> str:
    program = _Program(package)
    for index, module in enumerate(_operations(package)):
        program.call(module, index)
    return program.text()


def test_the_programs_call_every_operation_and_read_a_field_of_every_model_result() -> None:
    for package in PACKAGES:
        text = _program(package)
        operations = _operations(package)
        assert len(operations) >= 2
        assert text.count(".sync(client=client") == len(operations)
        assert text.count(".asyncio(client=client") == len(operations)
        for forbidden in ("isinstance", "assert", "cast("):
            assert forbidden not in text


def test_user_programs_type_check_without_narrowing(tmp_path: Path) -> None:
    files = []
    for package in PACKAGES:
        path = tmp_path / f"uses_{package}.py"
        path.write_text(_program(package), encoding="utf-8")
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *files],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    if result.returncode != 0:
        pytest.fail(f"mypy --strict rejected the user programs:\n{result.stdout}{result.stderr}")
    assert "Success: no issues found in 3 source files" in result.stdout
