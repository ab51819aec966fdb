"""The shape of the code, read from its syntax trees: which layer may import which, no import
cycles, imports inside functions only where they are needed, and no module or function so long
that it hides what it does. These fail the build the day someone breaks the layering, long before
it shows as a tangle."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GAME = ROOT / "game"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MAX_LOCAL_IMPORTS = 10


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(GAME.rglob("*.py"))}


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports(path: Path) -> Iterator[tuple[str, ast.stmt, bool]]:
    """(module imported, statement, inside a function) for every import that runs; imports under
    `if TYPE_CHECKING:` are for the type checker only and are left out."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def walk(node: ast.AST, in_function: bool) -> Iterator[tuple[str, ast.stmt, bool]]:
        for child in ast.iter_child_nodes(node):
            if _type_checking(child):
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, child, in_function
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    up = package.split(".")
                    up = up[: len(up) - (child.level - 1)]
                    base = ".".join(up + ([base] if base else []))
                for alias in child.names:
                    full = f"{base}.{alias.name}"
                    yield (full if full in MODULES else base), child, in_function
            else:
                inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
                yield from walk(child, inner)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), False)


GRAPH = {name: {m for m, _s, _f in imports(path)} for name, path in MODULES.items()}


def layer_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


FORBIDDEN = {
    "game.story": ("pygame", "game.engine", "game.scenes", "game.textmode", "game.app", "game.bench", "game.cli"),
    "game.action": ("pygame", "game.engine", "game.scenes", "game.textmode", "game.app", "game.bench", "game.cli"),
    "game.engine": ("game.scenes", "game.textmode", "game.app", "game.bench", "game.cli"),
    "game.levels": ("pygame", "game.engine", "game.scenes", "game.textmode"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    bad = [f"{m} imports {dep}" for m, deps in GRAPH.items() if layer_of(m) == layer for dep in sorted(deps)
           if any(dep == f or dep.startswith(f + ".") for f in FORBIDDEN[layer])]
    assert not bad, "\n".join(bad)


def test_the_terminal_front_end_stands_on_the_story_alone() -> None:
    bad = [f"{m} imports {dep}" for m, deps in GRAPH.items() if layer_of(m) == "game.textmode"
           for dep in sorted(deps) if dep.startswith("game.") and layer_of(dep) not in ("game.story", "game.textmode")]
    bad += [f"{m} imports {dep}" for m, deps in GRAPH.items() if layer_of(m) == "game.textmode"
            for dep in deps if dep.split(".")[0] == "pygame"]
    assert not bad, "\n".join(bad)


def cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), among game's own modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(GRAPH[v] & MODULES.keys()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in GRAPH[v]:
                found.append(sorted(comp))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    found = cycles()
    assert not found, "import cycles:\n" + "\n".join(" ↔ ".join(c) for c in found)


def test_imports_inside_functions_are_few_and_say_why() -> None:
    local = []
    for name, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for module, stmt, in_function in imports(path):
            if in_function:
                above = lines[stmt.lineno - 2].strip() if stmt.lineno >= 2 else ""
                said = "#" in lines[stmt.lineno - 1] or above.startswith("#")
                local.append((f"{name}:{stmt.lineno} imports {module}", said))
    places = sorted({p for p, _ in local})
    assert len(places) <= MAX_LOCAL_IMPORTS, f"{len(places)} imports inside functions:\n" + "\n".join(places)
    silent = sorted({p for p, said in local if not said})
    assert not silent, "imports inside functions need a comment saying why:\n" + "\n".join(silent)


def test_modules_and_functions_stay_short() -> None:
    long = []
    for name, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        if (n := len(text.splitlines())) > MAX_MODULE_LINES:
            long.append(f"{name}: {n} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = node.end_lineno - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name} (line {node.lineno}): {size} lines")
    assert not long, "\n".join(long)
