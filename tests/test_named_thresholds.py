"""Thresholds are named and documented: every number a module of the package names at its top level says what it is.

A module-level constant holding a number (``LEAD_CHARS = 600``) must be documented where a reader finds it: a
docstring right after it, a comment on its line or the line above, or its name in the module's docstring
(``compare/utterances.py``'s style). :data:`NOT_YET_DOCUMENTED` lists the ones still to document, by their owners;
it may only shrink.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from pathlib import Path

import newsfuse

PACKAGE = Path(newsfuse.__file__).resolve().parent

NOT_YET_DOCUMENTED: dict[str, frozenset[str]] = {
    # module (relative to src/newsfuse): its undocumented numbers, for its owner to document
}


def _undocumented_numbers(source: str) -> Iterator[str]:
    """The names of the module-level numbers of ``source`` that nothing documents."""
    tree = ast.parse(source)
    lines = source.splitlines()
    module_doc = ast.get_docstring(tree) or ""
    for index, node in enumerate(tree.body):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or not isinstance(value, ast.Constant):
            continue
        if not isinstance(value.value, int | float) or isinstance(value.value, bool):
            continue
        after = tree.body[index + 1] if index + 1 < len(tree.body) else None
        docstring = (
            isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str)
        )
        comment = "#" in lines[node.lineno - 1] or lines[node.lineno - 2].lstrip().startswith("#")
        if not (docstring or comment or target.id in module_doc):
            yield target.id


def _stray_docstrings(source: str) -> Iterator[int]:
    """The lines of module-level strings that document nothing: each follows something other than an assignment
    (a docstring left behind when a constant was put between another and its docstring)."""
    body = ast.parse(source).body
    for before, node in itertools.pairwise(body):
        text = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        if text and not isinstance(before, ast.Assign | ast.AnnAssign | ast.AugAssign):
            yield node.lineno


def test_no_docstring_of_a_module_strays_from_its_constant() -> None:
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in _stray_docstrings(path.read_text(encoding="utf-8"))
    ]
    assert not found, found


def test_a_stray_docstring_would_be_found() -> None:
    source = 'A = 1\nB = 2\n"""Bees."""\n"""Ays."""\nprint(A)\n"""Printed."""\n'
    assert list(_stray_docstrings(source)) == [4, 6]


def test_every_module_level_number_is_documented() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        waiting = NOT_YET_DOCUMENTED.get(relative, frozenset())
        found += [
            f"{relative}: {name}"
            for name in _undocumented_numbers(path.read_text(encoding="utf-8"))
            if name not in waiting
        ]
    assert not found, (
        "document these thresholds (a docstring after each, as compare/utterances.py does):\n" + "\n".join(found)
    )


def test_the_not_yet_documented_list_only_names_numbers_still_undocumented() -> None:
    stale = [
        f"{relative}: {name}"
        for relative, names in NOT_YET_DOCUMENTED.items()
        for name in names - set(_undocumented_numbers((PACKAGE / relative).read_text(encoding="utf-8")))
    ]
    assert not stale, f"documented now; remove them from NOT_YET_DOCUMENTED: {stale}"


def test_the_check_finds_an_undocumented_number_and_passes_documented_ones() -> None:
    source = (
        '"""Ferries. ``CREW`` sailors sail each one."""\n'
        "CREW = 4\n"
        "FARE = 2.5\n"
        '"""Euros a crossing."""\n'
        "# the harbour's berths\n"
        "BERTHS = 6\n"
        "DECKS = 3  # above the waterline\n"
        "WAVES = 12\n"
        "SAFE = True\n"
    )
    assert list(_undocumented_numbers(source)) == ["WAVES"]
