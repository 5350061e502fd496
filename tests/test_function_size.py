"""Functions stay small: no function in the package is longer than 60 lines unless its ``def`` line says why.

The project's standard is "no function over ~60 lines or complexity ~12 without a reason". Complexity and statement
counts are ruff's (C901 at 12, PLR0915 at 50, configured in pyproject.toml, with ``# noqa: C901  reason`` as the
written exception); ruff has no rule for length in lines, so this test holds that half: a function of more than
``MAX_LINES`` lines must carry ``# long: <reason>`` on its ``def`` line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsfuse"
MAX_LINES = 60
REASON = re.compile(r"#\s*long:\s*\S")


def long_functions(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each function longer than MAX_LINES whose def line gives no reason."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        if length <= MAX_LINES:
            continue
        header = lines[node.lineno - 1 : (node.body[0].lineno - 1)]
        if not any(REASON.search(line) for line in header):
            found.append((node.name, node.lineno, length))
    return found


def test_no_function_in_the_package_is_long_without_a_reason() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50, f"the package's modules were not found under {PACKAGE}"
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line} {name} ({length} lines)"
        for path in modules
        for name, line, length in long_functions(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "split these or give the reason on the def line (# long: ...):\n" + "\n".join(offenders)


def _invented(body_lines: int, reason: str = "") -> str:
    body = "\n".join(f"    total += {i}" for i in range(body_lines))
    return f"def tally(total: int) -> int:{reason}\n{body}\n    return total\n"


def test_the_check_catches_a_long_function() -> None:
    assert long_functions(_invented(MAX_LINES + 5)) == [("tally", 1, MAX_LINES + 7)]


def test_a_short_function_passes() -> None:
    assert long_functions(_invented(MAX_LINES - 5)) == []


def test_a_written_reason_lets_a_long_function_stay() -> None:
    assert long_functions(_invented(MAX_LINES + 5, "  # long: one table of cases, read top to bottom")) == []
