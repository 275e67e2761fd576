"""No import circles among armstrack's modules at module level (issue 14).

Each module's top-level imports (those that run when it is imported: module body, class bodies, ``if``
and ``try`` blocks, but not function bodies and not ``if TYPE_CHECKING:``) are read with ``ast``; the
graph they make must have no cycle. A function-level import is allowed: it runs when the function is
called, after both modules are complete.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "armstrack"

#: Circles known when this test was written and not yet removed. Each entry is the set of modules of one
#: strongly connected component; a new circle, or a known one that grows, fails the test. Remove an entry
#: when its circle is gone (the test says so).
KNOWN_CYCLES: list[frozenset[str]] = []


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The import statements that run when the module is imported."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.append(node)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue  # runs when called, not when imported
            elif isinstance(node, ast.If):
                if not _is_type_checking(node.test):
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.ClassDef):
                visit(node.body)
            elif isinstance(node, (ast.Try, ast.With)):
                visit(node.body)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
                visit(getattr(node, "orelse", []))
                visit(getattr(node, "finalbody", []))

    visit(tree.body)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the armstrack modules it imports at module level."""
    modules = all_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in top_level_imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
                edges.update(t for t in targets if t in modules)
                continue
            if node.level:  # relative: from the package of this module
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                if sub in modules:  # `from armstrack.serve import views`: the submodule
                    edges.add(sub)
                elif source in modules:  # a name defined in that module
                    edges.add(source)
        edges.discard(name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def test_graph_sees_the_imports() -> None:
    # the parser must find real edges, or the circle test would pass on an empty graph
    graph = import_graph()
    assert "armstrack.cli_common" in graph["armstrack.cli_queries"]
    assert "armstrack.serve.deps" in graph["armstrack.serve.api"]
    assert "armstrack.ingest.dates" in graph["armstrack.ingest.documents"]  # a relative import


def test_cycle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [frozenset({"a", "b", "c"})]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_new_import_circles() -> None:
    found = cycles(import_graph())
    new = [sorted(c) for c in found if c not in KNOWN_CYCLES]
    assert not new, f"module-level import circles (move the shared names down a layer, or the import into " \
                    f"the function that needs it): {new}"
    gone = [sorted(c) for c in KNOWN_CYCLES if c not in found]
    assert not gone, f"these circles are gone: remove them from KNOWN_CYCLES: {gone}"


def test_main_checkout_circle_would_be_caught(tmp_path: Path) -> None:
    # the circle this test was written against (cli.py <-> cli_queries.py), rebuilt in a scratch package
    pkg = tmp_path / "armstrack"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "cli.py").write_text("app = 1\nfrom armstrack import cli_queries  # noqa\n")
    (pkg / "cli_queries.py").write_text("from armstrack.cli import app\n\ndef f():\n    import armstrack.x\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, pkg
    try:
        assert cycles(import_graph()) == [frozenset({"armstrack.cli", "armstrack.cli_queries"})]
    finally:
        PACKAGE = saved
