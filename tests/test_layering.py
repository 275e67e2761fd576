"""Layers that only look down, and no import circles among armstrack's modules (issue 14).

Each module's top-level imports (those that run when it is imported: module body, class bodies, ``if``
and ``try`` blocks, but not function bodies and not ``if TYPE_CHECKING:``) are read with ``ast``; the
graph they make must have no cycle. Every import, function-level ones included, must go to the module's
own layer or one below it (``LAYERS``). A function-level import is allowed only where it defers a heavy
dependency (``HEAVY``) the module does not load anyway, and says why on its line: ``# deferred: <reason>``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "armstrack"

#: Circles known when this test was written and not yet removed. Each entry is the set of modules of one
#: strongly connected component; a new circle, or a known one that grows, fails the test. Remove an entry
#: when its circle is gone (the test says so).
KNOWN_CYCLES: list[frozenset[str]] = []


#: The layers, lowest first: a module imports only from its own layer and the layers before it.
LAYERS: list[tuple[str, ...]] = [
    ("armstrack", "armstrack.records", "armstrack.settings", "armstrack.kinds", "armstrack.wordlists"),
    ("armstrack.ingest",),
    ("armstrack.nlp",),
    ("armstrack.extract",),
    ("armstrack.store",),  # tables and writes
    ("armstrack.resolve",),  # merging across articles
    ("armstrack.query",),  # queries over the merged facts, exports
    ("armstrack.core", "armstrack.monitor", "armstrack.ray_ingest"),
    ("armstrack.serve",),
    ("armstrack.cli", "armstrack.__main__"),
]
#: Modules that import nothing of armstrack.
STANDALONE = ("armstrack.evaluate",)

#: Third-party packages slow to import (or optional extras): the only reason left for a function-level import.
HEAVY = frozenset({"spacy", "sqlalchemy", "fastapi", "starlette", "uvicorn", "ray", "numpy", "pdfminer", "docx",
                   "openpyxl", "trafilatura", "certifi"})

DEFERRED = re.compile(r"#\s*deferred:\s*\S")


def layer_of(name: str) -> int | None:
    """The index in LAYERS of a module (its most specific match), None for a module no layer names."""
    for i, members in enumerate(LAYERS):
        for member in members:
            if name == member or (member.endswith("*") and name.startswith(member[:-1])) or \
                    (member != "armstrack" and name.startswith(member + ".")):
                return i
    return None


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


def function_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The import statements that run only when a function is called."""
    found: dict[int, ast.Import | ast.ImportFrom] = {}
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.update((id(node), node) for node in ast.walk(function)
                         if isinstance(node, (ast.Import, ast.ImportFrom)))
    return sorted(found.values(), key=lambda node: node.lineno)


def targets(node: ast.Import | ast.ImportFrom, name: str, is_package: bool, modules) -> tuple[set[str], set[str]]:
    """(the armstrack modules, the top-level names of other packages) one import statement imports."""
    found: set[str] = set()
    other: set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name in modules:
                found.add(alias.name)
            elif alias.name.split(".")[0] != "armstrack":
                other.add(alias.name.split(".")[0])
        return found, other
    if node.level:  # relative: from the package of this module
        base = name.split(".") if is_package else name.split(".")[:-1]
        base = base[:len(base) - (node.level - 1)]
        source = ".".join(base + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    if source.split(".")[0] != "armstrack":
        return found, {source.split(".")[0]}
    for alias in node.names:
        sub = f"{source}.{alias.name}"
        if sub in modules:  # `from armstrack.serve import views`: the submodule
            found.add(sub)
        elif source in modules:  # a name defined in that module
            found.add(source)
    return found, other


def import_graph(function_level: bool = False) -> dict[str, set[str]]:
    """Module -> the armstrack modules it imports at module level (``function_level``: in functions)."""
    modules = all_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        edges: set[str] = set()
        for node in (function_level_imports if function_level else top_level_imports)(tree):
            edges |= targets(node, name, path.name == "__init__.py", modules)[0]
        edges.discard(name)
        graph[name] = edges
    return graph


def heavy_closure() -> dict[str, set[str]]:
    """Module -> the HEAVY packages importing it loads (its own module-level imports and its modules')."""
    modules = all_modules()
    own: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in top_level_imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            found |= targets(node, name, path.name == "__init__.py", modules)[1] & HEAVY
        own[name] = found
    graph = import_graph()
    done: dict[str, set[str]] = {}

    def visit(name: str, seen: frozenset[str]) -> set[str]:
        if name not in done:
            out = set(own.get(name, ()))
            for dep in graph.get(name, ()):
                if dep not in seen:
                    out |= visit(dep, seen | {dep})
            done[name] = out
        return done[name]

    return {name: visit(name, frozenset({name})) for name in modules}


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
    assert "armstrack.cli.common" in graph["armstrack.cli.queries"]
    assert "armstrack.serve.deps" in graph["armstrack.serve.api"]
    assert "armstrack.ingest.dates" in graph["armstrack.ingest.documents"]  # a relative import
    # and the function-level ones (the CLI defers the store)
    assert "armstrack.store.db" in import_graph(function_level=True)["armstrack.cli.commands"]


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


def test_every_module_has_a_layer() -> None:
    unplaced = [n for n in all_modules() if layer_of(n) is None and n not in STANDALONE]
    assert not unplaced, f"name these modules' layer in LAYERS: {unplaced}"


def test_layer_order() -> None:
    assert layer_of("armstrack.store.db") < layer_of("armstrack.resolve.resolver") < layer_of("armstrack.query.export")
    assert layer_of("armstrack.query.queries") < layer_of("armstrack.core") < layer_of("armstrack.serve.app") \
        < layer_of("armstrack.cli.queries") == layer_of("armstrack.cli") == layer_of("armstrack.__main__")
    assert layer_of("armstrack.records") == layer_of("armstrack.settings") < layer_of("armstrack.ingest.text")
    assert layer_of("armstrack.ray_ingest") == layer_of("armstrack.monitor") == layer_of("armstrack.core")


def _upward(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{name} -> {dep}" for name, deps in graph.items() if name not in STANDALONE
                  for dep in deps if layer_of(dep) is not None and layer_of(dep) > layer_of(name))


def test_no_module_imports_from_a_layer_above() -> None:
    bad = _upward(import_graph()) + [f"{e} (in a function)" for e in _upward(import_graph(function_level=True))]
    assert not bad, f"imports from a layer above (move the shared names down, or the caller up): {bad}"


def test_standalone_modules_import_nothing_of_armstrack() -> None:
    module_level, function_level = import_graph(), import_graph(function_level=True)
    assert all(not module_level[n] and not function_level[n] for n in STANDALONE)


def _bad_deferrals() -> list[str]:
    modules = all_modules()
    heavy = heavy_closure()
    bad = []
    for name, path in modules.items():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in function_level_imports(ast.parse(text, str(path))):
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
            if not (DEFERRED.search(lines[node.lineno - 1]) or (above.startswith("#") and DEFERRED.search(above))):
                bad.append(f"{where}: a function-level import without '# deferred: <reason>'")
                continue
            found, other = targets(node, name, path.name == "__init__.py", modules)
            deferred = (other & HEAVY) | {h for t in found for h in heavy.get(t, ())}
            if not deferred - heavy[name]:
                bad.append(f"{where}: defers nothing heavy that {name} does not load anyway: import it at "
                           f"module level")
    return bad


def test_function_level_imports_defer_something_heavy_and_say_so() -> None:
    bad = _bad_deferrals()
    assert not bad, "\n".join(bad)


def test_deferral_check_would_catch_a_light_function_level_import(tmp_path: Path) -> None:
    pkg = tmp_path / "armstrack"
    (pkg / "store").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "store" / "db.py").write_text("import sqlalchemy\n")
    (pkg / "cli.py").write_text("def f():\n    import json  # deferred: habit\n\n"
                                "def g():\n    from armstrack.store import db  # deferred: SQLAlchemy\n\n"
                                "def h():\n    from armstrack.store import db\n")
    (pkg / "records.py").write_text("def f():\n    from armstrack.store import db  # deferred: SQLAlchemy\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, pkg
    try:
        assert [b.split(": ", 1)[0] for b in _bad_deferrals()] == ["armstrack/cli.py:2", "armstrack/cli.py:8"]
        assert _upward(import_graph(function_level=True)) == ["armstrack.records -> armstrack.store.db"]
    finally:
        PACKAGE = saved
