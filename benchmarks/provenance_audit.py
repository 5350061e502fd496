"""Provenance audit of the rules kept as data: which entries occur only in evaluation text.

The project's rule: never write a rule, feature, word-list entry or threshold
from a sentence of an evaluation set. This script checks the data side of
that rule. It collects

- every entry of every word list in :mod:`newsfuse.lexicon`, and
- every multi-word string the source tree holds outside docstrings: the
  literal phrases inside regular expressions (``open this photo in gallery``
  in an alternation), hand lists written as strings, table entries (SQL and
  the invented example sentences of the pattern table are code, not data:
  the examples are covered by the scan for runs of five words shared with
  the seeds and dev articles, see the fourth session's note),

and looks each one up (case, punctuation and quotation marks ignored, whole
words only) in the evaluation text (the seed articles and the articles of
ggt-dev, polnear-dev and basil-dev) and in the general resources (the
polnear-train articles, the package's data files, and for single words
wordfreq's English frequencies).

An entry is a *suspect* when it occurs in evaluation text and in no general
resource: a phrase of two or more words found in no training article and no
data file, or a single word that is also rare in English (Zipf frequency
below ``RARE_ZIPF``). Common English words and phrases a training article also
uses are fine. Each suspect then needs a decision, kept in ``JUDGED`` below
with its reason (generic furniture of a publishing platform, a closed class
of English, ...); the script prints the suspects nobody has judged yet, and
with ``--all`` the judged ones too.

    python benchmarks/provenance_audit.py [--all] [--eval DIR]

Exit status 1 when a suspect is not judged (so a test or CI can use it).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "newsfuse"
EVAL = ROOT.parent / "shared" / "eval"

RARE_ZIPF = 3.0
"""A single word below this Zipf frequency (rarer than once per million words) is not "common English":
if evaluation text is its only other home, it is a suspect."""
LIST_MEMBERS = 3
"""A literal set, tuple or list of at least this many strings is a hand list: its one-word members are entries."""
WORD_LIST_CALLS = frozenset({"words", "_words", "select", "split"})
"""A string given to one of these is a list of words separated by spaces, not a phrase."""
_REGEX_SPACE = re.compile(r"\\s[+*?]?|\\ |\[ \]|\\?-")
_REGEX_META = re.compile(r"\(\?[:!=<>P]*(?:<\w+>)?|\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}|[|()?*+^$\\.]")
_NOT_WORD = re.compile(r"[^0-9a-z']+")
_SQL = re.compile(r"\b(?:SELECT|FROM|WHERE|UNION|CREATE|ALTER|INSERT|UPDATE|DELETE|PRAGMA|JOIN|AND|OR)\b")
"""A string with an upper-case SQL keyword is a query or a schema: code, not rule data."""
_EXAMPLE = re.compile(r"“[^”]*”.*[.!?]$")
"""A whole sentence with a quotation in it is an invented example (a pattern's), not rule data."""
_WORD = re.compile(r"^(?:[a-z][a-z']+|a|i)$")
"""A word of a phrase; a lone letter other than "a" or "I" is a regular expression's or SQL's, not a word."""


@dataclass(frozen=True)
class Entry:
    """One piece of rule data: where it is written and its text."""

    where: str
    text: str


JUDGED: dict[str, str] = {
    "been laid off": (
        "one cell of the grid (forms of 'be') x (laid off, made redundant) that lexicon.JOB_LOSS_PREDICATES builds "
        "from lexicon.PASSIVE_AUXILIARIES, every cell made alike; the passive of 'lay off', a phrasal verb of English"
    ),
    "no more than": "closed class of English: an upper bound on a number, beside 'up to' and 'fewer than'",
    "at most": "closed class of English: an upper bound on a number, beside 'up to' and 'fewer than'",
    "early next week": (
        "one cell of the grid early/late x last/next x week/month/year of lexicon.relative_dates, every cell "
        "written alike (closed class of English calendar phrases)"
    ),
    "const": "abbreviation of a police rank (Const.), as Sgt. and Insp. beside it in the style guides' lists",
    "chide": "a dictionary verb of speech (WordNet's verb.communication), like 'retort' and 'quip' beside it",
    "decry": "a dictionary verb of stance (WordNet's verb.communication), like 'denounce' and 'condemn' beside it",
    "mpp": "Member of Provincial Parliament, Canada's title beside 'mp' and 'mla' in the role nouns",
    "story continues": "part of 'story continues below advertisement': the ad-slot label of news sites' CMSs",
    "was approved": (
        "the passive of 'approve', one of the closed set of what a motion does by its tally (passed, carried, "
        "failed, was adopted, was rejected) in lexicon.MOTION_VERBS"
    ),
    "follow her on": (
        "one cell of the grid follow us/him/her on of lexicon.FURNITURE_PHRASES (an author's or a desk's "
        "social-media prompt), every cell written alike; in the summary's pattern since its first cut"
    ),
    "related news": (
        "one cell of the pair related news/stories of lexicon.FURNITURE_PHRASES, the teaser-list heading of news "
        "sites' CMSs beside 'read more' and 'see also'; in the summary's pattern since its first cut"
    ),
    "open this photo in gallery": (
        "the photo-viewer control The Globe and Mail's platform prints before every inline caption, beside "
        "'view image in fullscreen' and 'enlarge this image' (other platforms' same control)"
    ),
}
"""Suspects decided on, by normalised text: the general reason they may stay.

Removed rather than kept (2026-11-30): the widget headings "more for you" and
"top followed", found only in a seed article; a page's tail after its share bar
is now recognised by shape (``ingest/clean.py``, ``share_bar_tail``).
"""


def normalise(text: str) -> str:
    """Lower case, one kind of apostrophe, every other non-word character a space, padded with spaces."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("_", " ")
    return " " + " ".join(_NOT_WORD.sub(" ", text).split()) + " "


def read_corpus(paths: Iterable[Path]) -> str:
    """The normalised text of every file under ``paths``, one padded string."""
    parts: list[str] = []
    for path in paths:
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        parts.extend(normalise(f.read_text(encoding="utf-8", errors="replace")) for f in files if f.is_file())
    return "".join(parts)


def lexicon_entries() -> Iterator[Entry]:
    """Every entry of every public word list (and table) of the lexicon package."""
    import newsfuse.lexicon as lexicon

    for name in lexicon.__all__:
        value = getattr(lexicon, name)
        items: list[object]
        if isinstance(value, dict):
            items = [*value.keys(), *value.values()]
        elif isinstance(value, (frozenset, set, tuple, list)):
            items = list(value)
        else:
            continue
        for item in items:
            for text in item if isinstance(item, (tuple, frozenset)) else (item,):
                if isinstance(text, str):
                    yield Entry(f"lexicon.{name}", text)


def _docstring_ids(tree: ast.AST) -> set[int]:
    """The string constants that are statements of their own: docstrings and attribute docs."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


def _word_list_ids(tree: ast.AST) -> set[int]:
    """The string constants given to ``words(...)``/``select(...)`` or split on spaces: lists, not phrases.

    Also the members of a hand list written out (a set, tuple or list literal
    of ``LIST_MEMBERS`` strings or more): each member is an entry, one word or several.
    """
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            members = [e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(members) >= LIST_MEMBERS:
                found.update(id(e) for e in members if not any(c in e.value for c in " _"))  # "_": a code name
            continue
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in WORD_LIST_CALLS:
            continue
        receivers = [func.value] if isinstance(func, ast.Attribute) else []
        for arg in [*node.args, *receivers]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(id(arg))
    return found


def phrases_of(pattern: str) -> list[str]:
    """The literal phrases of two or more words in a string or a regular expression's source."""
    text = _REGEX_SPACE.sub(" ", pattern)
    phrases = []
    for fragment in _REGEX_META.split(text):
        run: list[str] = []
        for token in [*fragment.lower().replace("’", "'").split(), ""]:
            if _WORD.match(token):
                run.append(token)
                continue
            if len(run) >= 2:
                phrases.append(" ".join(run))
            run = []
    return phrases


def source_entries(root: Path = SOURCE) -> Iterator[Entry]:
    """Multi-word strings of the source tree outside docstrings, and the entries of lists written as strings."""
    for path in sorted(root.rglob("*.py")):
        if path.parent.name == "lexicon":
            continue  # read through the package (lexicon_entries), where lists are built
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstring_ids(tree)
        lists = _word_list_ids(tree)
        where = str(path.relative_to(root.parent))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docs:
                continue
            if id(node) in lists:
                yield from (Entry(f"{where}:{node.lineno}", w.replace("_", " ")) for w in node.value.split())
                continue
            if _SQL.search(node.value) or _EXAMPLE.search(node.value):
                continue
            for phrase in phrases_of(node.value):
                yield Entry(f"{where}:{node.lineno}", phrase)


@dataclass(frozen=True)
class Finding:
    """An entry found in evaluation text and in no general resource."""

    entry: Entry
    sets: tuple[str, ...]
    """The evaluation texts it occurs in."""


class Corpora:
    """The evaluation texts by name and the general resources, read once."""

    def __init__(self, eval_dir: Path) -> None:
        seeds = eval_dir.parent / "seeds"
        self.evaluation = {
            "seeds": read_corpus([seeds]),
            **{name: read_corpus([eval_dir / name / "articles"]) for name in ("ggt-dev", "polnear-dev", "basil-dev")},
        }
        self.general = read_corpus([eval_dir / "polnear-train" / "articles", SOURCE / "data"])

    def judge(self, entry: Entry) -> Finding | None:
        """The finding for ``entry`` when it is a suspect, else None."""
        key = normalise(entry.text)
        if not key.strip():
            return None
        sets = tuple(name for name, text in self.evaluation.items() if key in text)
        if not sets or key in self.general:
            return None
        words = key.split()
        if len(words) == 1 and zipf_frequency(words[0], "en") >= RARE_ZIPF:
            return None
        return Finding(entry, sets)


def audit(eval_dir: Path) -> list[Finding]:
    """Every suspect entry, each text once (its first place in the code)."""
    corpora = Corpora(eval_dir)
    seen: set[str] = set()
    findings: list[Finding] = []
    for entry in [*lexicon_entries(), *source_entries()]:
        key = normalise(entry.text)
        if key in seen:
            continue
        seen.add(key)
        finding = corpora.judge(entry)
        if finding is not None:
            findings.append(finding)
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="the evaluation folder (../shared/eval)")
    parser.add_argument("--all", action="store_true", help="also list the suspects already judged")
    args = parser.parse_args(argv)
    findings = audit(args.eval)
    open_ = [f for f in findings if normalise(f.entry.text).strip() not in JUDGED]
    judged = [f for f in findings if normalise(f.entry.text).strip() in JUDGED]
    for finding in open_:
        print(f"SUSPECT  {finding.entry.text!r}  ({finding.entry.where}; in {', '.join(finding.sets)})")
    if args.all:
        for finding in judged:
            reason = JUDGED[normalise(finding.entry.text).strip()]
            print(f"KEPT     {finding.entry.text!r}  ({finding.entry.where}; in {', '.join(finding.sets)}): {reason}")
    print(f"{len(open_)} suspects not judged, {len(judged)} judged and kept")
    return 1 if open_ else 0


if __name__ == "__main__":
    sys.exit(main())
