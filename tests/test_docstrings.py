"""Every public function, method and class in armstrack/ carries a docstring (issue 14)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "armstrack"


def undocumented(root: Path) -> list[str]:
    """"path:line name" of each public (no leading underscore) function, method or class under ``root`` without a
    docstring; functions nested in functions are not counted, nor anything under a private class."""
    missing = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))

        def visit(node: ast.AST, prefix: str = "") -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    if child.name.startswith("_"):
                        continue
                    if not ast.get_docstring(child):
                        missing.append(f"{path.relative_to(root.parent)}:{child.lineno} {prefix}{child.name}")
                    if isinstance(child, ast.ClassDef):
                        visit(child, f"{prefix}{child.name}.")
                elif not isinstance(child, ast.expr):
                    visit(child, prefix)  # definitions under `if`, `try`, `with` at module or class level

        visit(tree)
    return missing


def test_public_definitions_have_docstrings():
    missing = undocumented(PACKAGE)
    assert not missing, f"{len(missing)} public definitions without a docstring:\n" + "\n".join(missing)


def test_walker_finds_what_lacks_a_docstring(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "mod.py").write_text(
        '"""A module."""\n\n'
        "def bare():\n    return 1\n\n\n"
        'def told():\n    """Says so."""\n\n\n'
        "def _private():\n    pass\n\n\n"
        "class Plain:\n    x: int = 0\n\n"
        "    def method(self):\n        def inner():\n            pass\n        return inner\n\n"
        '    def kept(self):\n        """Kept."""\n\n'
        "    class Nested:\n        pass\n\n\n"
        'class _Hidden:\n    def public(self):\n        pass\n\n\n'
        "if True:\n    def conditional():\n        pass\n\n\n"
        "async def waiting():\n    pass\n")
    (pkg / "sub" / "more.py").write_text('class Told:\n    """Told."""\n\n    def untold(self):\n        pass\n')
    assert undocumented(pkg) == [
        "pkg/mod.py:3 bare",
        "pkg/mod.py:15 Plain",
        "pkg/mod.py:18 Plain.method",
        "pkg/mod.py:26 Plain.Nested",
        "pkg/mod.py:36 conditional",
        "pkg/mod.py:40 waiting",
        "pkg/sub/more.py:4 Told.untold",
    ]
