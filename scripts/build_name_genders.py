"""Write the given-name gender table the speaker chains use, from the ``nomquamgender`` package's data.

Run from the project root (needs the ``train`` extra: ``pip install -e '.[train]'``)::

    .venv/bin/python scripts/build_name_genders.py

``nomquamgender`` (MIT licence, Van Buskirk, Clauset & Larremore 2023) holds,
for every given name in 36 name-gender sources, how often it is recorded and
the share of its bearers recorded as women (``p(gf)``). A pronoun must agree
with its antecedent, and a given name is evidence of the gender a news text
uses for its bearer, but only where the name is common and its use lopsided:
the table keeps the names seen at least ``MIN_COUNT`` times whose share is at
most ``MAX_SHARE`` one way or the other, and nothing else (Jean, Kim, Alex and
Jordan are not in it). The speaker stage reads it only where the article
itself says nothing (a kin word, an honorific, a pronoun about that person
alone), so the article's own evidence always wins.

Writes ``src/newsfuse/data/given_name_genders.csv`` (``name,gender`` with
``f`` or ``m``, sorted), so the same data gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsfuse" / "data" / "given_name_genders.csv"
MIN_COUNT = 300
"""A name enters the table after this many recorded bearers."""
MAX_SHARE = 0.05
"""... and when at most this share of them are recorded as the other gender."""
HEADER = (
    "# Given names with a lopsided recorded gender, from the nomquamgender package's name_data.json "
    "(MIT licence, Copyright (c) 2022 Ian Van Buskirk); written by scripts/build_name_genders.py\n"
)


def main() -> int:
    try:
        data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        print("needs the train extra: pip install -e '.[train]'", file=sys.stderr)
        return 2
    rows = []
    for name, (_sources, count, share, *_rest) in data.items():
        if not name.isalpha() or count < MIN_COUNT or share is None:
            continue
        if share >= 1 - MAX_SHARE:
            rows.append(f"{name},f")
        elif share <= MAX_SHARE:
            rows.append(f"{name},m")
    OUT.write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
