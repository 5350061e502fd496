"""What each of newsfuse's regular expressions costs in one warm ``analyze`` run, and whether it scans fast.

Usage (from the repository root):

    .venv/bin/python benchmarks/regex_costs.py [--top 40] [PATH ...]

By default PATH is the 283 dev articles. After a warm-up run, every compiled
pattern bound at module level in ``newsfuse`` is replaced by a stand-in that
times its calls, and ``analyze`` runs once more (``--jobs 1``, JSON rendered).
Prints the run's CPU time, the CPU seconds spent inside the patterns (each
call timed by ``time.process_time``, which adds its own cost; ``finditer`` is
timed while its matches are read out, which costs more than reading them one
by one), then the ``--top`` patterns by time with
their number of calls and how they open:

- ``literal`` or ``class``: ``re`` skips to the next place a match may start;
- ``none``: the pattern opens on ``\\b``, a look-around or a letter matched
  case-insensitively and is tried in full at every character: a sparse
  pattern of this kind is the first to rewrite (:func:`newsfuse.scan.word_start`
  does it for words at a word's start, keeping every match).

On 2026-12-01 (main after newsfuse.scan) the patterns took 2.3 s CPU of the
timed run (10.9 s, slowed by the timing; about 7 s untimed): the word scanners
most (text layer 0.16, shingles 0.13, alignment 0.10, speakers' tokens 0.08 s),
then sparse patterns tried at every character, each under 0.06 s.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from _common import dev_paths

_TIMED = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")

spent: dict[str, float] = {}
calls: Counter[str] = Counter()


class _Timed:
    """A compiled pattern whose calls add their time to :data:`spent` under ``key``."""

    def __init__(self, pattern: re.Pattern[Any], key: str) -> None:
        self.pattern = pattern
        self.key = key
        for name in _TIMED:
            setattr(self, name, self._timed(getattr(pattern, name)))

    def _timed(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                spent[self.key] = spent.get(self.key, 0.0) + time.process_time() - start
                calls[self.key] += 1

        return call

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[Any]]:
        start = time.process_time()
        found = list(self.pattern.finditer(*args, **kwargs))
        spent[self.key] = spent.get(self.key, 0.0) + time.process_time() - start
        calls[self.key] += 1
        return iter(found)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def opening(pattern: re.Pattern[Any]) -> str:
    """``literal``, ``class`` or ``none``: what ``re`` can skip to before trying ``pattern`` (CPython's own test)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if _compiler._get_literal_prefix(parsed, pattern.flags)[0]:
        return "literal"
    return "class" if _compiler._get_charset_prefix(parsed, pattern.flags) else "none"


def instrument() -> dict[str, re.Pattern[Any]]:
    """Every module-level pattern of the loaded ``newsfuse`` modules replaced by a timed stand-in; the originals."""
    originals: dict[str, re.Pattern[Any]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("newsfuse") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                key = f"{name}.{attr}"
                originals[key] = value
                setattr(module, attr, _Timed(value, key))
    return originals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    paths = dev_paths(args.paths)
    if paths is None:
        return
    from newsfuse.options import Options
    from newsfuse.pipeline import analyze
    from newsfuse.report import render

    def run() -> None:
        render(analyze(paths, Options(jobs=1)), "json")

    run()  # warm-up: every module imported, every lazy pattern compiled
    originals = instrument()
    start = time.process_time()
    run()
    total = time.process_time() - start
    inside = sum(spent.values())
    print(f"{len(originals)} patterns; one run: {total:.2f} s CPU, {inside:.2f} s inside the patterns (timed)")
    print(f"{'seconds':>8} {'calls':>8}  {'opens on':<8} pattern")
    for key, seconds in sorted(spent.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{seconds:8.3f} {calls[key]:8d}  {opening(originals[key]):<8} {key}")


if __name__ == "__main__":
    main()
