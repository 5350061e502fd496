"""Every memoised function of the story stages says in its docstring that it lives per process, and how big it grows.

Serve and a Spark executor run many stories in one process, and a function's ``lru_cache`` keeps its entries
from one story to the next (a pool's worker empties the large ones after each piece of work,
``newsfuse.parallel._forget``): a reader of the function should not have to find that out (review15).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

COMPARE = Path(__file__).resolve().parents[1] / "src" / "newsfuse" / "compare"


def _memoised() -> list[tuple[str, str]]:
    """(module, function) of every function in ``compare/`` decorated with ``lru_cache``."""
    found = []
    for path in sorted(COMPARE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call) and ast.unparse(d.func) in ("functools.lru_cache", "lru_cache")
                for d in node.decorator_list
            ):
                found.append((f"newsfuse.compare.{path.stem}", node.name))
    return found


def test_the_story_stages_have_memoised_functions_to_check() -> None:
    assert len(_memoised()) >= 20


@pytest.mark.parametrize(("module", "name"), _memoised())
def test_a_memoised_function_says_it_lives_per_process_and_its_bound(module: str, name: str) -> None:
    function = getattr(importlib.import_module(module), name)
    maxsize = function.cache_info().maxsize
    doc = " ".join((function.__doc__ or "").split())
    assert "Per process:" in doc
    assert maxsize is not None, "an unbounded cache grows with every story a process reads"
    assert ("its one value" in doc) if maxsize == 1 else (f"at most {maxsize:,} entries" in doc)
