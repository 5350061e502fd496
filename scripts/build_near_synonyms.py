"""Write the table of near-synonymous nouns the conflict stage reads, from WordNet 3.0.

Run from the project root, with WordNet's data files installed (Debian's ``wordnet-base`` package puts them in
``/usr/share/wordnet``)::

    .venv/bin/python scripts/build_near_synonyms.py [WORDNET_FOLDER]

Two outlets name one counted or measured thing by different nouns ("a
312-page report" / "the 280-page document"; "16 bills" / "15 measures"),
and a noun of like words names another thing ("a 280-page appendix"). WordNet
(Princeton University, its licence permits copying with its notice) files
each sense of a noun under a synset and links a synset to the more general
one it is a kind of. The table keeps, for every common noun (a single
word that WordNet's semantic concordance tags in running text, or a whole
lower-case word of the bundled WordLlama tokenizer's vocabulary; of the
lemmas sharing a stem, the shortest alone: "days" lends its sense "life" to
no "day"), the synsets of its first :data:`SENSES` senses (WordNet lists a word's senses
the most frequent first) and the synsets its first sense is a kind of. Two
nouns name one thing (:mod:`newsfuse.compare.near_synonyms`) where they
share a synset of those senses ("bill" and "measure": a statute in draft;
"pupil" and "student") or the first sense of one is a kind of a sense of the
other ("report" is a kind of "document"); two kinds of one thing are two
things ("report" and "draft", "appendix" and "summary"). Keys are the
conflict stage's stems (``article.stems.stem``), which is how it holds
nouns. Each noun keeps only the synsets another noun also holds, and a noun
left with none is not written.

Writes ``src/newsfuse/data/near_synonyms.csv`` (``stem,senses,kinds``: synsets numbered in the order of their
WordNet offsets, in hexadecimal, space-separated), so the same data gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse.article.stems import stem  # noqa: E402
from newsfuse.compare.semantic import TOKENIZER, _package_folder  # noqa: E402

OUT = ROOT / "src" / "newsfuse" / "data" / "near_synonyms.csv"
WORDNET = Path("/usr/share/wordnet")
SENSES = 3
"""A noun's senses kept, the most frequent first: "measure" is a bill in its third."""
HEADER = (
    "# Near-synonymous nouns from WordNet 3.0 (Copyright 2006 by Princeton University, used under its licence); "
    "written by scripts/build_near_synonyms.py: stem,senses,kinds its first sense is (synsets numbered in the "
    "order of their WordNet offsets)\n"
)
_HYPERNYMS = ("@", "@i")


def _kinds(folder: Path) -> dict[str, list[str]]:
    """Each noun synset's offset → the offsets of the synsets it is a kind (or an instance) of."""
    out: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.partition("|")[0].split()
        at = 4 + 2 * int(fields[3], 16)
        pointers = int(fields[at])
        out[fields[0]] = [fields[at + 2 + 4 * i] for i in range(pointers) if fields[at + 1 + 4 * i] in _HYPERNYMS]
    return out


def _senses(folder: Path) -> dict[str, tuple[int, list[str]]]:
    """Each noun lemma → how many of its senses the semantic concordance tags, and its synsets' offsets, the most
    frequent sense first."""
    out: dict[str, tuple[int, list[str]]] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        at = 4 + int(fields[3])
        out[fields[0]] = (int(fields[at + 1]), fields[at + 2 :])
    return out


def _common_words() -> set[str]:
    """The whole lower-case words of the bundled WordLlama tokenizer's vocabulary (four letters or more)."""
    folder = _package_folder()
    if folder is None:
        raise SystemExit("the wordllama package is not installed")
    vocab = json.loads((folder / TOKENIZER).read_text(encoding="utf-8"))["model"]["vocab"]
    return {t[1:] for t in vocab if t.startswith("\u2581") and len(t) > 4 and t[1:].isalpha() and t[1:].islower()}


def _base_forms(lemmas: Iterable[str]) -> set[str]:
    """The lemmas that are the shortest of those sharing their stem: a plural WordNet lists as a lemma of its own
    ("days", "years" and "rooms" are each a sense of their own, a life, an apartment) lends its senses to no other
    word ("day" and "year" stay two things, "room" and "apartment" too)."""
    shortest: dict[str, int] = {}
    for lemma in lemmas:
        key = stem(lemma)
        shortest[key] = min(shortest.get(key, len(lemma)), len(lemma))
    return {lemma for lemma in lemmas if len(lemma) == shortest[stem(lemma)]}


def table(folder: Path) -> dict[str, tuple[set[str], set[str]]]:
    """stem → (senses, kinds of the first sense) of the common nouns, each set pruned to the synsets another noun's
    senses or kinds hold (nouns left with neither are dropped)."""
    kinds, common = _kinds(folder), _common_words()
    nouns = {w: found for w, found in _senses(folder).items() if w.isalpha() and (found[0] > 0 or w in common)}
    base = _base_forms(nouns)
    rows: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for lemma, (_, offsets) in sorted(nouns.items()):
        if lemma in base:
            senses, up = rows[stem(lemma)]
            senses.update(offsets[:SENSES])
            up.update(kinds[offsets[0]])
    held = Counter(o for senses, _ in rows.values() for o in senses)
    above = Counter(o for _, up in rows.values() for o in up)
    kept = {}
    for key, (senses, up) in rows.items():
        senses = {o for o in senses if held[o] > 1 or above[o]}
        up = {o for o in up if held[o]}
        if senses or up:
            kept[key] = (senses, up)
    return kept


def render(rows: dict[str, tuple[set[str], set[str]]]) -> str:
    """The table's text: :data:`HEADER`, then ``stem,senses,kinds`` a line, synsets numbered in offset order."""
    ids = {o: f"{n:x}" for n, o in enumerate(sorted({o for senses, up in rows.values() for o in senses | up}))}
    lines = [
        f"{key},{' '.join(sorted(ids[o] for o in senses))},{' '.join(sorted(ids[o] for o in up))}"
        for key, (senses, up) in sorted(rows.items())
    ]
    return HEADER + "\n".join(lines) + "\n"


def main() -> None:
    if any(arg in ("-h", "--help") for arg in sys.argv[1:]):
        print(__doc__)
        return
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    if not (folder / "data.noun").is_file():
        sys.exit(f"no WordNet data files (data.noun) in {folder}: install Debian's wordnet-base or name the folder")
    rows = table(folder)
    OUT.write_text(render(rows), encoding="utf-8")
    print(f"{len(rows)} nouns written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
