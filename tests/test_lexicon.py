"""The lexicon package holds every word list, once.

* every public list is importable from ``newsfuse.lexicon``;
* no two lists of the lexicon share most of their members unless one is
  built from the other (a subset) or both are declared selections of one
  inventory (``INVENTORY_SELECTIONS``);
* no module outside the lexicon defines a word list longer than
  :data:`MAX_LOCAL_WORDS` at module level, except the modules named in
  :data:`NOT_YET_MIGRATED` (a list that may only shrink).
"""

from __future__ import annotations

import ast
import importlib
import itertools
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsfuse
import newsfuse.lexicon as lexicon

SRC = Path(newsfuse.__file__).resolve().parent

MAX_LOCAL_WORDS = 16
"""The longest word list a module outside the lexicon may define for itself."""

MAX_SHARED = 0.5
"""Share of the smaller list's members two undeclared lexicon lists may have in common."""

NOT_YET_MIGRATED = {
    # module (relative to src/newsfuse): the lists still to move into the lexicon, by their owners
}


# -- the lexicon --------------------------------------------------------------


def _lexicon_lists() -> dict[str, frozenset[str]]:
    """Every word list of the lexicon by name (dict keys and tuples as sets), each object once."""
    found: dict[str, frozenset[str]] = {}
    seen: set[int] = set()
    for info in pkgutil.iter_modules(lexicon.__path__, "newsfuse.lexicon."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if not name.isupper() or name.startswith("_") or id(value) in seen:
                continue
            if isinstance(value, (frozenset, set, tuple, dict)) and value and all(isinstance(w, str) for w in value):
                seen.add(id(value))
                found[name] = frozenset(value)
    return found


def test_every_public_name_imports_from_the_package() -> None:
    for name in lexicon.__all__:
        assert getattr(lexicon, name) is not None


def test_the_package_table_names_every_module_of_the_lexicon() -> None:
    listed = set(re.findall(r"^``(\w+)``", lexicon.__doc__ or "", re.MULTILINE))
    modules = {info.name for info in pkgutil.iter_modules(lexicon.__path__) if not info.name.startswith("_")}
    assert listed == modules, f"unlisted {sorted(modules - listed)}, listed but absent {sorted(listed - modules)}"


def test_lists_hold_lower_case_words_without_spaces_at_the_ends() -> None:
    for name, members in _lexicon_lists().items():
        for word in members:
            assert word == word.strip() and word, (name, word)
            assert word == word.lower() or name in lexicon.PROPER_NAME_LISTS, (name, word)


def test_proper_name_lists_are_lists_of_the_lexicon_and_hold_names() -> None:
    lists = _lexicon_lists()
    for name in lexicon.PROPER_NAME_LISTS:
        assert name in lists, name
        assert all(word[:1].isupper() or (word[:1].islower() and word.upper() != word) for word in lists[name])
        assert any(word != word.lower() for word in lists[name]), f"{name} holds no proper name"


def _draws_from(name: str, members: frozenset[str], inventory: str, lists: dict[str, frozenset[str]]) -> bool:
    """A list draws from an inventory if it is the inventory, a declared selection of it, or built on one (holds a
    selection that is at least half of it: holding a few articles does not make a list built on them)."""
    selections = lexicon.INVENTORY_SELECTIONS[inventory]
    return (
        name == inventory
        or name in selections
        or any(lists[s] <= members and 2 * len(lists[s]) >= len(members) for s in selections)
    )


def _unexplained(a: str, b: str, lists: dict[str, frozenset[str]]) -> set[str]:
    """The members two lists share that neither a common part nor a common inventory explains.

    A common part is a lexicon list both are built on (``MONTH_NAMES`` in two
    lists of words that are not names); a common inventory is one both
    declare they select from.
    """
    first, second = lists[a], lists[b]
    shared = set(first & second)
    for part in lists.values():
        if part <= first and part <= second:
            shared -= part
    for inventory in lexicon.INVENTORY_SELECTIONS:
        if _draws_from(a, first, inventory, lists) and _draws_from(b, second, inventory, lists):
            shared -= lists[inventory]
    return shared


def test_no_two_lists_share_most_members_unless_declared() -> None:
    lists = _lexicon_lists()
    offenders = []
    for (a, first), (b, second) in itertools.combinations(sorted(lists.items()), 2):
        if first == second:
            offenders.append(f"{a} and {b} are the same list")
            continue
        if first <= second or second <= first:
            continue  # one extends the other
        shared = _unexplained(a, b, lists)
        if len(shared) / min(len(first), len(second)) > MAX_SHARED:
            offenders.append(f"{a} and {b} share {len(shared)} members: {' '.join(sorted(shared)[:12])} ...")
    assert not offenders, "\n".join(offenders)


def test_an_undeclared_copy_of_a_list_would_be_found() -> None:
    lists = _lexicon_lists()
    lists["HAND_WRITTEN_STOPWORDS"] = frozenset(sorted(lexicon.SIMILARITY_STOPWORDS)[:-20]) | {"zebra"}
    assert len(_unexplained("HAND_WRITTEN_STOPWORDS", "SIMILARITY_STOPWORDS", lists)) > 100


def test_declared_selections_are_drawn_from_their_inventory() -> None:
    lists = _lexicon_lists()
    for inventory, names in lexicon.INVENTORY_SELECTIONS.items():
        for name in names:
            drawn = len(lists[name] & lists[inventory]) / len(lists[name])
            assert drawn >= 0.6, f"{name} is declared a selection of {inventory} but only {drawn:.0%} is drawn from it"


def test_a_selection_refuses_a_word_its_inventory_lacks() -> None:
    from newsfuse.lexicon._build import select

    assert select("the a", frozenset({"the", "a", "an"})) == {"the", "a"}
    with pytest.raises(ValueError, match="zebra"):
        select("the zebra", frozenset({"the"}))


def _repeated_words(path: Path) -> Iterator[str]:
    """Words written twice in one ``words(...)`` or ``select(...)`` text of ``path``: the second changes nothing
    and reads as if it did."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("words", "select"):
            text = node.args[0] if node.args else None
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                seen: set[str] = set()
                for word in text.value.split():
                    if word in seen:
                        yield f"{path.name}:{node.lineno}: {word}"
                    seen.add(word)


def test_no_lexicon_list_writes_a_word_twice() -> None:
    twice = [found for path in sorted(Path(lexicon.__file__).parent.glob("*.py")) for found in _repeated_words(path)]
    assert not twice, twice


def test_a_word_written_twice_would_be_found(tmp_path: Path) -> None:
    module = tmp_path / "verbs.py"
    module.write_text('A = words("hail shout wave")\nB = select("shout wave shout", A)\n')
    assert list(_repeated_words(module)) == ["verbs.py:2: shout"]


def test_calendar_numbers_follow_the_datetime_module() -> None:
    assert lexicon.MONTHS["sept"] == lexicon.MONTHS["september"] == 9
    assert lexicon.WEEKDAYS["monday"] == 0 and lexicon.WEEKDAYS["sunday"] == 6
    assert "may" in lexicon.MONTH_NAMES and "may" not in lexicon.MONTH_ABBREVIATIONS


# -- no word lists elsewhere ---------------------------------------------------

_WORDISH = re.compile(r"[\w'’.\- ]+")


def _words_in(node: ast.expr) -> list[str] | None:
    """The words of a literal word list: a set, list or tuple of strings, a dict with string keys,
    a whitespace- or ``|``-separated string of words, or a call wrapping one (``frozenset(...)``,
    ``_words("...")``, ``"...".split()``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [p for p in re.split(r"[\s|]+", node.value) if p]
        return parts if all(_WORDISH.fullmatch(p) and p[:1].isalpha() for p in parts) else None
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        items = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        spliced = sum(isinstance(e, ast.Starred) for e in node.elts)  # ``[*OTHER_LIST, "word", ...]``
        identifiers = any("_" in item for item in items)  # feature or field names, not words
        return items if items and len(items) + spliced == len(node.elts) and not identifiers else None
    if isinstance(node, ast.Dict):
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        return keys if keys and len(keys) == len(node.keys) else None
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute) and node.func.attr == "split":
            return _words_in(node.func.value)
        if node.args:
            return _words_in(node.args[0])
    if isinstance(node, ast.BinOp):
        left, right = _words_in(node.left), _words_in(node.right)
        return (left or []) + (right or []) if left is not None or right is not None else None
    return None


_WORD_ALTERNATION = re.compile(r"\(\?:((?:[A-Za-z][A-Za-z'’ ]*\|)+[A-Za-z][A-Za-z'’ ]*)\)")
"""A group of plain words, of either case, in a regular expression: ``(?:EST|EDT|PST)``."""


def _module_word_lists(path: Path) -> Iterator[tuple[str, int]]:
    """The long word lists of a module: assigned at module level, or a group of words in a pattern anywhere."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for group in _WORD_ALTERNATION.finditer(node.value):
                if len(alternatives := group.group(1).split("|")) > MAX_LOCAL_WORDS:
                    yield f"a pattern's group at line {node.lineno}", len(alternatives)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if not names or names[0] == "__all__":
            continue
        words = _words_in(value)
        if words is not None and len(words) > MAX_LOCAL_WORDS:
            yield names[0], len(words)


def _modules_outside_lexicon() -> Iterator[Path]:
    for path in sorted(SRC.rglob("*.py")):
        if "lexicon" not in path.relative_to(SRC).parts:
            yield path


def test_the_scan_finds_a_word_list_and_not_a_list_of_names_of_fields() -> None:
    sample = ast.parse('_W = frozenset("a b c d e f g h i j k l m n o p q r".split())\n').body[0]
    assert isinstance(sample, ast.Assign)
    assert len(_words_in(sample.value) or []) == 18
    spliced = ast.parse('_W = ["a", "b", "c", *sorted(OTHER)]\n').body[0]
    assert isinstance(spliced, ast.Assign)
    assert _words_in(spliced.value) == ["a", "b", "c"]
    assert _words_in(ast.parse("X = re.compile(r'[a-z]+\\d')").body[0].value) is None  # type: ignore[attr-defined]
    assert _words_in(ast.parse("F = ('kind_name', 'kind_role')").body[0].value) is None  # type: ignore[attr-defined]


def test_the_scan_finds_a_long_group_of_words_in_a_pattern(tmp_path: Path) -> None:
    module = tmp_path / "zones.py"
    zones = "|".join(f"Z{letter}T" for letter in "ABCDEFGHIJKLMNOPQ")  # 17 invented zone names
    module.write_text(f'import re\n_ZONE = re.compile(r"\\b(?:{zones})\\b")\n_FEW = re.compile(r"(?:ZAT|ZBT)")\n')
    assert list(_module_word_lists(module)) == [("a pattern's group at line 2", 17)]


def test_no_module_outside_the_lexicon_defines_a_long_word_list() -> None:
    offenders = []
    for path in _modules_outside_lexicon():
        relative = path.relative_to(SRC).as_posix()
        if relative in NOT_YET_MIGRATED:
            continue
        offenders += [f"{relative}: {name} ({n} words)" for name, n in _module_word_lists(path)]
    assert not offenders, "move these word lists into newsfuse.lexicon:\n" + "\n".join(offenders)


def test_the_not_yet_migrated_list_only_names_modules_that_still_need_it() -> None:
    stale = [
        relative
        for relative in NOT_YET_MIGRATED
        if not (SRC / relative).exists() or not list(_module_word_lists(SRC / relative))
    ]
    assert not stale, f"these modules hold no long word list any more; remove them from NOT_YET_MIGRATED: {stale}"


# -- short lists written twice ---------------------------------------------------

MIN_SHARED_LIST_WORDS = 5
"""The fewest words of a literal list that may not be written out in two modules (or copy a lexicon list)."""


_ALTERNATION = re.compile(r"\(\?:((?:[a-z][a-z'’ ]*\|)+[a-z][a-z'’ ]*)\)")
"""A group of plain lower-case words in a regular expression: ``(?:mon|tue|wed|thu|fri)``."""


def _literal_word_lists(path: Path) -> Iterator[tuple[frozenset[str], int]]:
    """Every literal list of at least :data:`MIN_SHARED_LIST_WORDS` lower-case words in ``path``, at any depth,
    written as a collection, a string split into words, or a group of words in a regular expression."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) or (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
        ):
            words = _words_in(node)
            if words and len(words) >= MIN_SHARED_LIST_WORDS and all(w == w.lower() for w in words):
                yield frozenset(words), node.lineno
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for group in _ALTERNATION.finditer(node.value):
                alternatives = group.group(1).split("|")
                if len(alternatives) >= MIN_SHARED_LIST_WORDS:
                    yield frozenset(alternatives), node.lineno


def _lists_written_twice(paths: list[Path], lexicon_lists: dict[str, frozenset[str]]) -> list[str]:
    places: dict[frozenset[str], set[str]] = {}
    for path in paths:
        for words, line in _literal_word_lists(path):
            places.setdefault(words, set()).add(f"{path.name}:{line}")
    by_members = {members: name for name, members in lexicon_lists.items()}
    found = []
    for words, where in places.items():
        if len({w.split(":")[0] for w in where}) > 1:
            found.append(f"{' '.join(sorted(words))}: written in {', '.join(sorted(where))}")
        elif words in by_members:
            found.append(
                f"{' '.join(sorted(words))}: in {', '.join(sorted(where))} is the lexicon's {by_members[words]}"
            )
    return found


def test_no_short_word_list_is_written_in_two_modules_or_copies_the_lexicon() -> None:
    twice = _lists_written_twice(list(_modules_outside_lexicon()), _lexicon_lists())
    assert not twice, "give these lists one home (the lexicon, or the module that owns the concept):\n" + "\n".join(
        twice
    )


def test_a_short_list_written_twice_would_be_found(tmp_path: Path) -> None:
    one, two, three = tmp_path / "one.py", tmp_path / "two.py", tmp_path / "three.py"
    one.write_text('_A = frozenset(["jr", "sr", "ii", "iii", "iv"])\n')
    two.write_text('def f(w):\n    return w in ("iv", "iii", "ii", "sr", "jr")\n')
    three.write_text('_B = "ago before after earlier later".split()\n_C = r"\\b(?:sr|jr|iv|iii|ii)\\b"\n')
    lists = {"DIRECTIONS": frozenset(["ago", "before", "after", "earlier", "later"])}
    found = _lists_written_twice([one, two, three], lists)
    assert len(found) == 2
    assert "one.py:1" in found[0] and "two.py:2" in found[0]
    assert "the lexicon's DIRECTIONS" in found[1]
