"""Learn person nouns a speaker goes by from PolNeAR's train split and write them into the lexicon.

Run from the project root::

    .venv/bin/python scripts/learn_role_nouns.py            # rewrite src/newsfuse/lexicon/learned_role_nouns.py
    .venv/bin/python scripts/learn_role_nouns.py --show     # print the counts, write nothing

Why: the speaker scanner reads "the spokeswoman said" or "a front-runner
said" as a role mention only when the head noun is in the lexicon's role
nouns (:data:`newsfuse.lexicon.SPEAKER_ROLE_NOUNS`), a hand list that misses
the nouns one campaign season's coverage uses. The annotated sources of
``../shared/eval/polnear-train`` say which nouns stand for speakers; this
script takes them from there (training data only, never a dev set), so the
list is regenerated from data, not grown by hand.

How a noun qualifies (the floors are the constants below):

1. It is the head of at least :data:`MIN_SOURCE_HEADS` annotated sources
   that describe the speaker rather than name them: the source opens with an
   article ("the", "a", "an") or holds a possessive in its first three words
   ("the campaign's front-runner"); its head is the last word before a
   comma, a parenthesis, a preposition, a conjunction or a relative pronoun,
   written in lower case (so not a name).
2. It names persons: in the training articles, at least
   :data:`MIN_NAMED_SHARE` of its occurrences, and at least :data:`MIN_NAMED`
   of them, stand right before a name of two capitalised words, as a
   person's title does ("front-runner Ana Vell"); a poll, an email or a
   crowd never does.
3. It is singular (a plural head is a group of speakers, another list), and
   no list of the lexicon reads it already: not a role noun, organisation
   reference or group noun, nor a particle, given name, organisation or
   place word or word that is no name (one reading per word,
   ``tests/test_lexicon_readings.py``).

The file written holds the nouns only, sorted, so the same data gives the
same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TRAIN = ROOT.parent / "shared" / "eval" / "polnear-train"
OUT = ROOT / "src" / "newsfuse" / "lexicon" / "learned_role_nouns.py"

MIN_SOURCE_HEADS = 3
"""A noun qualifies after heading this many describing sources (in the annotations)."""
MIN_NAMED_SHARE = 0.1
"""... when at least this share of its occurrences stand right before a two-word capitalised name ..."""
MIN_NAMED = 3
"""... and at least this many do."""

_HEAD_END = re.compile(r",|\(|\s(?:of|for|at|with|from|in|on|to|who|whose|that|which|and|or|but|—|–)\s")
"""Where the head of a source ends: the first comma, parenthesis, preposition, conjunction or relative."""
_DESCRIBING = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\w[’']s?$")
_NOUN = re.compile(r"[a-z][a-z\-]*[a-z]")


def source_head(source: str) -> str | None:
    """The lower-case head noun of a source that describes its speaker; None for a name, a pronoun, or a
    source that does not open as a description."""
    words = source.split()
    if len(words) < 2:
        return None
    if not (_DESCRIBING.match(source) or any(_POSSESSIVE.search(w) for w in words[:3])):
        return None
    head = _HEAD_END.split(source, maxsplit=1)[0].split()
    if len(head) < 2:
        return None
    noun = head[-1].strip(".,;:!?\"“”’'")
    return noun if _NOUN.fullmatch(noun) else None


def head_counts(lines: list[str]) -> Counter[str]:
    """How often each noun heads a describing source."""
    counts: Counter[str] = Counter()
    for line in lines:
        if not line.strip():
            continue
        a = json.loads(line)
        noun = source_head((a.get("source") or {}).get("text") or "")
        if noun is not None:
            counts[noun] += 1
    return counts


def named_share(noun: str, text: str) -> tuple[int, int]:
    """``(before a name, every occurrence)`` of ``noun`` in ``text``."""
    word = re.escape(noun)
    named = len(re.findall(rf"(?<![\w\-]){word} [A-Z][a-z]+ [A-Z][a-z]+", text))
    return named, len(re.findall(rf"(?<![\w\-]){word}(?![\w\-])", text, re.IGNORECASE))


def already_read() -> frozenset[str]:
    """Every word a list of the lexicon already reads (the hand role nouns, not the learned ones)."""
    import newsfuse.lexicon as lex
    from newsfuse.lexicon.learned_role_nouns import LEARNED_ROLE_NOUNS

    return (
        (lex.SPEAKER_ROLE_NOUNS - LEARNED_ROLE_NOUNS)
        | lex.ORGANISATION_REFERENCE_NOUNS
        | lex.SOURCE_GROUP_NOUNS
        | lex.NAME_TITLES
        | lex.PERSON_NAME_PARTICLES
        | lex.SURNAME_PREFIXES
        | frozenset(lex.GIVEN_NAME_VARIANTS)
        | frozenset(lex.GIVEN_NAME_VARIANTS.values())
        | lex.ORGANISATION_NAME_WORDS
        | lex.NOT_NAME_WORDS
        | lex.NAME_STOP_WORDS
        | lex.NEVER_NAME_WORDS
        | frozenset(lex.OFFICE_ALIASES)
    )


def learn(train: Path = TRAIN) -> list[tuple[str, int, int, int]]:
    """The qualifying nouns with ``(noun, source heads, before a name, occurrences)``, sorted by noun."""
    counts = head_counts((train / "attributions.jsonl").read_text(encoding="utf-8").splitlines())
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((train / "articles").glob("*.txt")))
    known = already_read()
    out = []
    for noun, heads in sorted(counts.items()):
        if heads < MIN_SOURCE_HEADS or noun in known or (noun.endswith("s") and not noun.endswith("ss")):
            continue
        named, total = named_share(noun, text)
        if named >= MIN_NAMED and named >= MIN_NAMED_SHARE * total:
            out.append((noun, heads, named, total))
    return out


def module_text(nouns: list[str]) -> str:
    """The generated lexicon module."""
    body = "\n".join(f"    {line}" for line in _wrapped(nouns))
    return f'''"""Person nouns a speaker goes by, learned from PolNeAR's train split (generated: do not edit).

Written by ``scripts/learn_role_nouns.py`` (its docstring says how a noun
qualifies); :data:`newsfuse.lexicon.SPEAKER_ROLE_NOUNS` adds them to the hand
list of role nouns.
"""

from __future__ import annotations

from newsfuse.lexicon._build import words

__all__ = ["LEARNED_ROLE_NOUNS"]

LEARNED_ROLE_NOUNS: frozenset[str] = words(
    """
{body}
    """
)
"""Singular person nouns that head described sources in the training annotations and stand as a title before
names in the training articles; none is in another list of the lexicon."""
'''


def _wrapped(nouns: list[str], width: int = 108) -> list[str]:
    lines: list[str] = []
    for noun in nouns:
        if lines and len(lines[-1]) + 1 + len(noun) <= width:
            lines[-1] += " " + noun
        else:
            lines.append(noun)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print the qualifying nouns and their counts only")
    args = parser.parse_args(argv)
    if not TRAIN.exists():
        print(f"no training data at {TRAIN}", file=sys.stderr)
        return 2
    found = learn()
    for noun, heads, named, total in found:
        print(f"{noun:20} heads {heads:4}  before a name {named:4} of {total}")
    if not args.show:
        OUT.write_text(module_text([noun for noun, *_ in found]), encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
