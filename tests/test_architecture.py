"""The layer rule of ARCHITECTURE.md: a voicespec module imports only its own layer and the layers above."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "conformance" / "voicespec"

# In order; a module of layer N may import layers 0..N. ARCHITECTURE.md's table must list the same.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("core", ("voicespec.errors", "voicespec.locations", "voicespec.providers", "voicespec")),
    ("spec", ("voicespec.spec",)),
    ("generation", ("voicespec.generation",)),
    ("client", ("voicespec.client",)),
    ("cassettes", ("voicespec.cassettes",)),
    ("replay", ("voicespec.replay",)),
    ("checks", ("voicespec.checks",)),
    ("reporting", ("voicespec.reporting",)),
    ("webhooks", ("voicespec.webhooks",)),
    ("cli", ("voicespec.cli",)),
)


def layer_of(module: str) -> int | None:
    """The layer index of a dotted module name, by its longest matching package prefix."""
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for index, (_, packages) in enumerate(LAYERS):
        for package in packages:
            exact_only = package == "voicespec"  # the top-level __init__, not everything under it
            hit = module == package if exact_only else module == package or module.startswith(package + ".")
            if hit and (best is None or len(package) > best[0]):
                best = (len(package), index)
    return None if best is None else best[1]


def module_name(path: Path, package_dir: Path) -> str:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, name: str) -> list[tuple[int, str]]:
    """(line, module) for every voicespec import in the file, relative imports resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # `from voicespec.spec import formats` imports the module voicespec.spec.formats
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
            found.append((node.lineno, target))
    return [(line, module) for line, module in found if module.split(".")[0] == "voicespec"]


def forbidden_edges(package_dir: Path) -> list[str]:
    """Every import that goes down the layers, and every module that belongs to no layer."""
    problems = []
    for path in sorted(package_dir.rglob("*.py")):
        name = module_name(path, package_dir)
        own = layer_of(name)
        if own is None:
            problems.append(f"{path.relative_to(package_dir.parent)}: module {name} belongs to no layer")
            continue
        reported: set[tuple[int, int | None]] = set()  # one problem per import line and layer
        for line, target in imported_modules(path, name):
            layer = layer_of(target)
            if layer is not None and layer > own and (line, layer) not in reported:
                reported.add((line, layer))
                problems.append(
                    f"{path.relative_to(package_dir.parent)}:{line}: {name} ({LAYERS[own][0]}) imports "
                    f"{target} ({LAYERS[layer][0]}), a layer below it"
                )
    return problems


def test_no_module_imports_a_lower_layer() -> None:
    assert forbidden_edges(PACKAGE) == []


def test_every_package_is_in_a_layer() -> None:
    packages = {module_name(path, PACKAGE) for path in PACKAGE.glob("*/__init__.py")}
    assert packages, "no subpackages found"
    assert all(layer_of(package) is not None for package in packages), packages


def test_architecture_md_lists_the_same_layers() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text()
    rows = re.findall(r"^\| (\d+) \| (\w+) \| ([^|]+) \|", text, flags=re.MULTILINE)
    documented = [(layer, tuple(re.findall(r"`([\w.]+)`", packages))) for _, layer, packages in rows]
    assert documented == [(layer, packages) for layer, packages in LAYERS]


def _write(root: Path, relative: str, source: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source)


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        (
            "spec/bad.py",
            "from voicespec.cli.app import main\n",
            "voicespec.spec.bad (spec) imports voicespec.cli",
        ),
        ("errors.py", "import voicespec.replay.server\n", "voicespec.errors (core) imports voicespec.replay"),
        ("cassettes/bad.py", "def f():\n    from ..checks import runner\n", "imports voicespec.checks"),
        ("spec/bad.py", "from voicespec import checks\n", "imports voicespec.checks (checks)"),
        ("extra/__init__.py", "", "module voicespec.extra belongs to no layer"),
    ],
)
def test_a_forbidden_edge_is_reported(tmp_path: Path, module: str, source: str, expected: str) -> None:
    package = tmp_path / "voicespec"
    for relative in ("__init__.py", "errors.py", "spec/__init__.py", "cassettes/__init__.py"):
        _write(package, relative, "")
    _write(package, "cli/app.py", "from voicespec.spec import document\n")  # allowed: upwards
    _write(package, module, source)
    problems = forbidden_edges(package)
    assert len(problems) == 1, problems
    assert expected in problems[0]
