"""The five seed articles clean to their gold metadata, lose their gold boilerplate and nothing else.

Gold: ../shared/eval/starmer-trump-2025.gold.json (skipped where absent).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfuse.ingest import read_paths
from newsfuse.model import Article

pytestmark = pytest.mark.eval

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"“‘(]?[A-Z])")


def _seed_articles(example_dir: Path) -> dict[str, Article]:
    return {Path(a.source).name: a for a in read_paths([example_dir]) if isinstance(a, Article)}


def _normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def seeds(example_dir: Path) -> dict[str, Article]:
    return _seed_articles(example_dir)


def test_every_seed_is_read(seeds: dict[str, Article], seed_gold: dict) -> None:
    assert set(seeds) == set(seed_gold["articles"])


@pytest.mark.parametrize("field", ["title", "author", "published", "credit"])
def test_metadata_equals_gold(seeds: dict[str, Article], seed_gold: dict, field: str) -> None:
    found = {name: getattr(article, field) for name, article in seeds.items()}
    expected = {name: gold[field] for name, gold in seed_gold["articles"].items()}
    assert found == expected


def test_dateline_equals_gold(seeds: dict[str, Article], seed_gold: dict) -> None:
    found = {
        name: ({"place": a.dateline.place, "date": a.dateline.date} if a.dateline else None)
        for name, a in seeds.items()
    }
    expected = {name: gold["dateline"] for name, gold in seed_gold["articles"].items()}
    assert found == expected


def test_dateline_span_points_at_the_dateline_in_the_file(seeds: dict[str, Article], example_dir: Path) -> None:
    dated = {name: article for name, article in seeds.items() if article.dateline is not None}
    assert dated, "no seed article's dateline was found"
    for name, article in dated.items():
        assert article.dateline is not None
        assert article.dateline.span is not None
        original = (example_dir / name).read_text(encoding="utf-8")
        written = _normalise(article.dateline.span.slice(original))
        assert written.startswith(article.dateline.place)
        assert article.credit is not None and f"({article.credit})" in written


def test_every_gold_boilerplate_line_is_gone(seeds: dict[str, Article], seed_gold: dict) -> None:
    for name, gold in seed_gold["articles"].items():
        paragraphs = {_normalise(p) for p in seeds[name].body.split("\n\n")}
        left = [line for line in gold["boilerplate"] if _normalise(line) in paragraphs]
        assert not left, f"{name}: boilerplate left in the body: {left}"
        removed = {b.text for b in seeds[name].boilerplate}
        assert {_normalise(line) for line in gold["boilerplate"]} <= removed


def test_no_sentence_of_the_article_is_lost(seeds: dict[str, Article], seed_gold: dict, example_dir: Path) -> None:
    """Every sentence of the original that is not boilerplate, headline or dateline is in the body."""
    for name, gold in seed_gold["articles"].items():
        article = seeds[name]
        body = _normalise(article.body)
        skip = {_normalise(line) for line in gold["boilerplate"]}
        if gold["title"]:
            skip.add(_normalise(gold["title"]))
        lines = [_normalise(line) for line in (example_dir / name).read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line and line not in skip]
        if gold["dateline"]:
            # the dateline ("London, Feb. 27, (PA Media/dpa/GNA) –") moves out of the first paragraph
            prefix = re.escape(gold["dateline"]["place"]) + r".*?\(" + re.escape(gold["credit"]) + r"\)\s*[-–—]\s*"
            assert re.match(prefix, lines[0])
            lines[0] = re.sub("^" + prefix, "", lines[0])
        sentences = [s for line in lines for s in _SENTENCE_BREAK.split(line) if s.strip()]
        assert len(sentences) > 10
        lost = [s for s in sentences if s not in body]
        assert not lost, f"{name}: sentences lost: {lost}"


def test_body_paragraphs_follow_the_original_order(seeds: dict[str, Article], example_dir: Path) -> None:
    for name, article in seeds.items():
        original = _normalise((example_dir / name).read_text(encoding="utf-8"))
        position = 0
        for paragraph in article.body.split("\n\n"):
            found = original.find(paragraph, position)
            assert found >= 0, f"{name}: paragraph out of order or altered: {paragraph[:60]!r}"
            position = found + len(paragraph)
