"""One very long, valid article: does the analysis grow linearly with its length?

Issue #12 asks that a valid article just under the 20 MB limit finishes in
reasonable time. This script invents articles of growing size (paragraphs of
plain words, a quotation with a named speaker and two numbers in each: the
shapes every stage works on; a fixed seed, no evaluation text), analyses each
with ``newsfuse.analyze`` and prints the processor seconds and the seconds per
megabyte. Per-megabyte figures that stay flat mean linear cost; figures that
grow with the size show a stage that is still quadratic, and
``--profile`` names it.

    python benchmarks/big_article.py [--sizes 0.1 0.2 0.4] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import random
import tempfile
import time
from pathlib import Path

from _common import profile_table
from newsfuse import Options, analyze

FIRST = ["Anna", "Peter", "Maria", "John", "Lena", "Omar", "Keiko", "Raul", "Ingrid", "Tomas"]
LAST = ["Smith", "Novak", "Garcia", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Kowalski", "Haddad", "Brennan"]
WORDS = [
    "the",
    "council",
    "approved",
    "new",
    "budget",
    "for",
    "roads",
    "schools",
    "and",
    "hospitals",
    "after",
    "long",
    "debate",
    "in",
    "chamber",
    "on",
    "tuesday",
    "evening",
]


def invent(size_bytes: int, seed: int = 1) -> str:
    """An invented article of at most ``size_bytes`` bytes in UTF-8 (the unit of the 20 MB input limit)."""
    rng = random.Random(seed)
    out = ["City council approves the budget", ""]
    total = 0
    while total < size_bytes:
        said = " ".join(rng.choice(WORDS) for _ in range(12)).capitalize()
        text = " ".join(rng.choice(WORDS) for _ in range(20)).capitalize()
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        paragraph = (
            f"{text}. “{said},” said {name}, who spent {rng.randint(2, 900)} days on it. "
            f"The vote was {rng.randint(10, 99)} to {rng.randint(1, 9)}."
        )
        size = len(paragraph.encode("utf-8")) + 2
        if total + size > size_bytes:
            break
        out += [paragraph, ""]
        total += size
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.2, 0.4], help="sizes in MB")
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for n, size in enumerate(args.sizes):
            path = Path(folder, f"big-{size}.txt")
            path.write_text(invent(int(size * 1_000_000)), encoding="utf-8")
            profile = cProfile.Profile() if args.profile and n == len(args.sizes) - 1 else None
            started = time.process_time()
            if profile is not None:
                profile.enable()
            report = analyze([path], Options())
            if profile is not None:
                profile.disable()
            seconds = time.process_time() - started
            print(
                f"{size:6.2f} MB: {seconds:7.1f} s processor time, {seconds / size:6.1f} s/MB, "
                f"{len(report.quotes)} quotations"
            )
            if profile is not None:
                print(profile_table(profile, 15))


if __name__ == "__main__":
    main()
