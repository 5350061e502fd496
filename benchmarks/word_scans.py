"""What reading words costs in one ``analyze`` run: every tokeniser, on the texts a run gives it (issue #21).

Usage (from the repository root):

    .venv/bin/python benchmarks/word_scans.py [--repeat 3] [PATH ...]

By default PATH is the 283 dev articles (``../shared/eval/{ggt,polnear,basil}-dev/articles``).
The pipeline splits text into words in several places, each with its own
definition of a word (abbreviation dots, quotations blanked, digits,
hyphens, apostrophes, lower case, stems). One warm ``analyze`` run (``--jobs
1``) records the arguments of every call of each tokeniser below; each is
then timed alone on exactly those arguments (CPU time, the least of
``--repeat`` rounds; a memoised tokeniser on the distinct arguments it was
given, the calls its memo answered cost nothing; the per-word memos inside
some of them stay as warm as in a second run), beside the CPU time of
the whole run, the floor of one C-level word scan per body (``re.findall``
of a plain word pattern, the least any shared tokenisation could cost) and
the time of building one small object per word of every body (what a
shared tokenisation that hands out word objects would pay in addition).

The sum over the tokenisers is the most that one shared tokenisation per
article could save, before what it costs itself: it answers whether issue
#21's target (25x spaCy: about 3.2x less CPU than the 6.94 s measured on 2026-12-01) can come from there.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from typing import Any, NamedTuple

from _common import dev_paths

_PLAIN_WORD = re.compile(r"\w+")


class _Word(NamedTuple):
    text: str
    start: int
    end: int


def _tokenisers() -> dict[str, tuple[Any, str]]:
    """Each tokeniser by name: the module that holds it and the attribute it is bound to there."""
    from newsfuse.article import speakers, text
    from newsfuse.compare import align, shingles, summary, support, timeline, utterances, wording
    from newsfuse.stories import features

    return {
        "text.words_of_sentences (mentions)": (text, "words_of_sentences"),
        "speakers.tokenize (quotes)": (speakers, "tokenize"),
        "shingles.words_of (reuse, summary)": (shingles, "words_of"),
        "align.content_words (claims, timeline)": (align, "content_words"),
        "support.content_words_of (summary)": (support, "content_words_of"),
        "support.content_words (summary)": (support, "content_words"),
        "wording.word_texts (utterances)": (wording, "word_texts"),
        "wording.canonical_units (utterances)": (wording, "canonical_units"),
        "features._word_counts (stories)": (features, "_word_counts"),
        # the names a module imported a tokeniser under, so that its calls from there are recorded too
        "(text's tokenize)": (text, "tokenize"),
        "(timeline's content_words)": (timeline, "content_words"),
        "(summary's words_of)": (summary, "words_of"),
        "(summary's content_words_of)": (summary, "content_words_of"),
        "(summary's content_words)": (summary, "content_words"),
        "(utterances' word_texts)": (utterances, "word_texts"),
        "(utterances' canonical_units)": (utterances, "canonical_units"),
    }


def _unwrapped(fn: Callable[..., Any]) -> Callable[..., Any]:
    return getattr(fn, "__wrapped__", fn)


def record(run: Callable[[], Any]) -> dict[Callable[..., Any], list[tuple[Any, ...]]]:
    """Every call of each tokeniser during ``run()``, by the function (unwrapped of its memo)."""
    calls: dict[Callable[..., Any], list[tuple[Any, ...]]] = {}
    saved = []
    for module, attribute in _tokenisers().values():
        original = getattr(module, attribute)
        target = _unwrapped(original)
        seen = calls.setdefault(target, [])

        def recorder(*args: Any, _original: Any = original, _seen: Any = seen) -> Any:
            _seen.append(args)
            return _original(*args)

        saved.append((module, attribute, original))
        setattr(module, attribute, recorder)
    try:
        run()
    finally:
        for module, attribute, original in saved:
            setattr(module, attribute, original)
    return calls


def timed(fn: Callable[..., Any], calls: list[tuple[Any, ...]], repeat: int) -> float:
    """The least CPU time of ``repeat`` rounds of ``fn`` on every recorded call."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for args in calls:
            fn(*args)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = dev_paths(args.paths)
    if paths is None:
        return
    from newsfuse.options import Options
    from newsfuse.pipeline import analyze
    from newsfuse.report import render

    def run() -> Any:
        return analyze(paths, Options(jobs=1))

    render(run(), "json")  # warm-up: imports, lexicons, models
    start = time.process_time()
    report = run()
    render(report, "json")
    whole = time.process_time() - start
    calls = record(run)
    bodies = [a.body for a in report.articles]
    names = {_unwrapped(getattr(m, a)): name for name, (m, a) in _tokenisers().items() if not name.startswith("(")}
    print(f"{len(bodies)} articles, {sum(map(len, bodies)):,} characters; one warm run: {whole:.2f} s CPU")
    total = 0.0
    memoised = {_unwrapped(getattr(m, a)) for m, a in _tokenisers().values() if hasattr(getattr(m, a), "__wrapped__")}
    for fn, name in names.items():
        given = list(dict.fromkeys(calls[fn])) if fn in memoised else calls[fn]
        calls[fn] = given
        seconds = timed(fn, given, args.repeat)
        total += seconds
        print(f"  {name:<44} {len(calls[fn]):6d} calls  {seconds:6.3f} s  {seconds / whole:6.1%}")
    print(f"  {'every tokeniser':<44} {'':12} {total:6.3f} s  {total / whole:6.1%}")
    floor = timed(_PLAIN_WORD.findall, [(b,) for b in bodies], args.repeat)
    words = sum(len(_PLAIN_WORD.findall(b)) for b in bodies)
    objects = timed(_word_objects, [(b,) for b in bodies], args.repeat)
    print(
        f"  one findall per body (the floor)             {len(bodies):6d} calls  {floor:6.3f} s  {floor / whole:6.1%}"
    )
    print(
        f"  one object per word ({words:,} words)     {len(bodies):6d} calls  {objects:6.3f} s  {objects / whole:6.1%}"
    )
    print(
        f"a shared tokenisation saves at most {total - floor:.2f} s of {whole:.2f} s "
        f"(the run {whole / (whole - total + floor):.2f}x as fast)"
    )


def _word_objects(body: str) -> list[_Word]:
    """One small object per word of ``body``, with its span (the least a word list with offsets costs)."""
    return list(map(_Word._make, ((m.group(), *m.span()) for m in _PLAIN_WORD.finditer(body))))


if __name__ == "__main__":
    main()
