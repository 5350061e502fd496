"""Claims: statements aligned across outlets, counted by independent source."""

from __future__ import annotations

from pathlib import Path

from conftest import absent
from newsfuse.article import analyse_article
from newsfuse.compare.claims import find_claims
from newsfuse.ingest import read_paths
from newsfuse.model import Article, ArticleAnalysis, Claim, SourceGroup
from newsfuse.options import Options


def analysis(id: str, body: str) -> ArticleAnalysis:
    return analyse_article(Article(id=id, source=f"{id}.txt", body=body))


def each_own(analyses: list[ArticleAnalysis]) -> list[SourceGroup]:
    return [SourceGroup(story="s", articles=(a.article.id,)) for a in analyses]


A = (
    "The storm made landfall near Galveston late on Tuesday with winds of 110 mph. "
    "Governor Abbott ordered the evacuation of coastal counties as the water rose. "
    "Local officials opened twelve emergency shelters in the school district."
)
B = (
    "Governor Abbott ordered coastal counties to evacuate as the floodwater rose overnight. "
    "The hurricane came ashore close to Galveston on Tuesday night, packing 110 mph winds. "
    "A fishing pier collapsed in the surf."
)
C = (
    "The hurricane came ashore close to Galveston on Tuesday night, packing 110 mph winds, forecasters said today. "
    "Bakeries in the town handed out free bread to the volunteers."
)


def _claim_with(claims: tuple[Claim, ...], words: str) -> Claim:
    return next(c for c in claims if any(words in s.text for s in c.sources))


def test_the_same_fact_in_different_words_is_one_claim_across_outlets() -> None:
    analyses = [analysis("a", A), analysis("b", B)]
    claims = find_claims("s", analyses, each_own(analyses))
    landfall = _claim_with(claims, "made landfall")
    assert {s.article for s in landfall.sources} == {"a", "b"}
    assert landfall.independent_sources == 2 and not landfall.single_outlet
    assert "110" in landfall.shared_values
    evacuation = _claim_with(claims, "evacuat")
    assert {s.article for s in evacuation.sources} == {"a", "b"}


def test_a_detail_in_one_outlet_only_is_listed_as_such() -> None:
    analyses = [analysis("a", A), analysis("b", B)]
    claims = find_claims("s", analyses, each_own(analyses))
    pier = _claim_with(claims, "fishing pier")
    assert pier.single_outlet and pier.independent_sources == 1
    assert [s.article for s in pier.sources] == ["b"]


def test_reprints_of_one_text_count_once() -> None:
    analyses = [analysis("a", A), analysis("b", B), analysis("c", C)]
    reprint = [SourceGroup(story="s", articles=("a",)), SourceGroup(story="s", articles=("b", "c"))]
    landfall = _claim_with(find_claims("s", analyses, reprint), "made landfall")
    assert {s.article for s in landfall.sources} == {"a", "b", "c"}
    assert landfall.independent_sources == 2


def test_a_sentence_copied_word_for_word_counts_once_even_between_different_articles() -> None:
    analyses = [analysis("a", A), analysis("b", B), analysis("c", C)]
    landfall = _claim_with(find_claims("s", analyses, each_own(analyses)), "made landfall")
    # B and C print the landfall sentence near-verbatim: one source for it, A the other.
    assert landfall.independent_sources == 2


def test_quotations_are_not_claims() -> None:
    body = (
        "“We are not going to promise flood money past this winter, and the county will do that,” "
        "the governor said on the bus."
    )
    analyses = [analysis("a", body), analysis("b", body.replace("on the bus", "at the county hall"))]
    claims = find_claims("s", analyses, each_own(analyses))
    assert all("flood money" not in c.text or "governor said" in c.text for c in claims)
    assert not any(len(c.sources) == 2 for c in claims)


def test_claim_sources_point_at_their_sentences() -> None:
    analyses = [analysis("a", A), analysis("b", B)]
    bodies = {a.article.id: a.article.body for a in analyses}
    claims = find_claims("s", analyses, each_own(analyses))
    assert claims and all(claim.sources for claim in claims)
    for claim in claims:
        for s in claim.sources:
            assert s.span.slice(bodies[s.article]) == s.text


def test_seed_defence_figures_are_linked_across_the_two_outlets_as_consistent(example_dir: Path) -> None:
    analyses = [analyse_article(a) for a in read_paths([example_dir], Options())]  # type: ignore[arg-type]
    names = {a.article.id: Path(a.article.source).name[:3] for a in analyses}
    claims = find_claims("seed", analyses, each_own(analyses))
    defence = _claim_with(claims, "2.5%")
    assert sorted(names[s.article] for s in defence.sources) == ["003", "004"]
    assert defence.independent_sources == 2
    assert {"2.5%", "2027"} <= set(defence.shared_values)


def test_a_paragraph_without_sentence_end_copied_whole_counts_once_by_word_trigrams() -> None:
    from newsfuse.compare.claims import RATIO_MAX_CHARS, copied

    # an unpunctuated run-on paragraph far longer than the character ratio is allowed to read
    paragraph = " ".join(f"the council member number {n} spoke against the levy on harbour freight" for n in range(60))
    assert len(paragraph) > 5 * RATIO_MAX_CHARS
    assert copied(paragraph, "As the agency reported, " + paragraph)
    other = " ".join(f"the harbour board item {n} was adjourned to a later meeting of the trust" for n in range(60))
    assert not copied(paragraph, other)


def test_claims_and_their_ids_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    for n, body in enumerate((A, B, C)):
        (tmp_path / f"{n}.txt").write_text(body, encoding="utf-8")
    script = (
        "import json,sys\n"
        "from newsfuse import analyze\n"
        "from newsfuse.options import ClusterOptions, Options\n"
        "r = analyze([sys.argv[1]], Options(cluster=ClusterOptions(enabled=False)))\n"
        "print(json.dumps([[c.id, c.text, c.independent_sources] for c in r.claims]))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "2")
    ]
    assert json.loads(runs[0]) and runs[0] == runs[1] == runs[2]


def test_names_weigh_half_in_the_meaning_of_two_statements() -> None:
    from newsfuse.compare.align import SEMANTIC_MIN
    from newsfuse.compare.semantic import embedder, meaning_cosines, without_names

    assert without_names("Senator Alma Ruiz defended the plan in Lima.") == "Senator defended the plan in"
    if embedder() is None:
        absent("the embedding model (wordllama) is not installed", "wordllama is a core dependency")
    same_people = (
        "Senator Alma Ruiz defended the water plan on Monday.",
        "Senator Alma Ruiz unveiled a new farm bill on Monday.",
    )
    same_claim = (
        "Senator Alma Ruiz defended the water plan on Monday.",
        "The water plan was defended by the senator on Monday.",
    )
    different, same = meaning_cosines([same_people, same_claim]) or [1.0, 0.0]
    assert different < SEMANTIC_MIN <= same
