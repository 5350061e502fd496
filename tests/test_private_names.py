"""No part of the pipeline reaches into another part's private names.

A name with a leading underscore is private to its package (``article``,
``compare``, ``report``, ``store`` ...): a stage or the app that needs it
asks for a public name, so each package can change its inside freely.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "newsfuse"


def _package(module: str) -> str:
    """``newsfuse.compare.align`` -> ``compare``; a top-level module is its own package."""
    return module.split(".")[1]


def _private_imports(source: str, path: Path) -> list[str]:
    own = _package("newsfuse." + ".".join(path.relative_to(SRC).with_suffix("").parts))
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsfuse."):
            for alias in node.names:
                if alias.name.startswith("_") and _package(node.module) != own:
                    found.append(f"{path.relative_to(SRC)}: {node.module}.{alias.name}")
    return found


def test_no_module_imports_a_private_name_of_another_package() -> None:
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 50, "the source tree was not found: the test would check nothing"
    assert [hit for path in modules for hit in _private_imports(path.read_text(encoding="utf-8"), path)] == []


def test_the_check_sees_a_private_import_across_packages() -> None:
    """An invented module of ``app`` importing a private name of ``report`` is caught; its own package's is not."""
    source = "from newsfuse.report.html import _hidden\nfrom newsfuse.app.web import _own\n"
    assert _private_imports(source, SRC / "app" / "probe.py") == ["app/probe.py: newsfuse.report.html._hidden"]
