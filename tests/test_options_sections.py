"""Each stage with thresholds a user could want takes its own section of the options, passed by the runner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.compare import align, conflicts, entities, fact_values, sources, spelling, utterances
from newsfuse.errors import UsageError
from newsfuse.model import Article, ArticleAnalysis, Claim, Report, Story
from newsfuse.options import (
    ClaimsOptions,
    ConflictsOptions,
    EntitiesOptions,
    Options,
    QuotesOptions,
    SourcesOptions,
    VerdictsOptions,
    read_options,
    with_settings,
)
from newsfuse.runner import default_pipeline, run_article, run_story

SAID = Article(
    id="said",
    source="said.txt",
    body=(
        "Mayor Petra Vanlow opened the new library on Saturday.\n"
        "“Books are the cheapest way to travel,” Vanlow said.\n"
        "Some residents said the opening hours were too short."
    ),
)


def _named(options: Options) -> list[str | None]:
    analysis = run_article(SAID, options)
    assert isinstance(analysis, ArticleAnalysis)
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_the_quotes_stage_takes_the_quotes_section() -> None:
    stage = next(s for s in default_pipeline().article_stages if s.name == "quotes")
    assert stage.options == "quotes"


def test_by_default_the_shipped_thresholds_name_the_speaker() -> None:
    assert _named(Options()) == ["Petra Vanlow"]
    assert _named(Options(quotes=QuotesOptions())) == ["Petra Vanlow"]


def test_a_user_who_wants_only_certain_speakers_gets_the_quotation_unattributed() -> None:
    certain = Options(quotes=QuotesOptions(abstain_below=1.01, abstain_below_partial=1.01))
    assert _named(certain) == [None]
    assert _named(Options(quotes=QuotesOptions(abstain_below=0.0))) == ["Petra Vanlow"]


def test_every_declared_section_is_a_section_of_the_options() -> None:
    for stage in (*default_pipeline().article_stages, *default_pipeline().story_stages):
        if stage.options is not None:
            assert stage.options in Options.__struct_fields__


# -- story stages: verdicts, conflicts, sources --------------------------------------------------


def _story(*bodies: str) -> tuple[Story, list[ArticleAnalysis]]:
    analyses = []
    for n, body in enumerate(bodies):
        analysis = run_article(Article(id=f"a{n}", source=f"a{n}.txt", body=body, outlet=f"Outlet {n}"))
        assert isinstance(analysis, ArticleAnalysis)
        analyses.append(analysis)
    return Story(id="s", label="s", articles=tuple(a.article.id for a in analyses)), analyses


def _report(options: Options, *bodies: str) -> Report:
    story, analyses = _story(*bodies)
    return run_story(story, analyses, options, on_error="raise")


# Two outlets print one remark of an invented harbour master in the same words.
HARBOUR = (
    "The harbour master Ilse Morrow spoke after the storm.\n"
    "“The eastern breakwater held, but the ferry pier is gone,” Morrow said on Monday.",
    "Ilse Morrow, the harbour master, gave an update.\n"
    "“The eastern breakwater held, but the ferry pier is gone,” Morrow told reporters.",
)


def test_the_story_stages_take_their_sections() -> None:
    declared = {s.name: s.options for s in default_pipeline().story_stages}
    assert declared["utterances"] == "verdicts"
    assert declared["conflicts"] == "conflicts"
    assert declared["sources"] == "sources"
    assert declared["summary"] == "summary"
    assert declared["claims"] == "claims"
    assert declared["entities"] == "entities"


def test_the_defaults_are_the_modules_documented_constants() -> None:
    assert VerdictsOptions() == VerdictsOptions(
        evidence_needed=utterances.EVIDENCE_NEEDED,
        exact_evidence=utterances.EXACT_EVIDENCE,
        unmatched_weight=utterances.UNMATCHED_WEIGHT,
        max_content_changes=utterances.MAX_CONTENT_CHANGES,
        attribution_trusted=utterances.ATTRIBUTION_TRUSTED,
    )
    assert ConflictsOptions() == ConflictsOptions(
        min_shared=conflicts.MIN_SHARED,
        window_share=conflicts.WINDOW_SHARE,
        min_shared_day=conflicts.MIN_SHARED_DAY,
        close_ratio=conflicts.CLOSE_RATIO,
        far_ratio=conflicts.FAR_RATIO,
        tally_ratio=conflicts.TALLY_RATIO,
        rounding_share=fact_values.ROUNDING_SHARE,
        around_share=fact_values.AROUND_SHARE,
    )
    assert SourcesOptions() == SourcesOptions(
        reprint_share=sources.REPRINT_SHARE, min_prose_share=sources.MIN_PROSE_SHARE
    )
    assert ClaimsOptions() == ClaimsOptions(min_score=align.MIN_SCORE, semantic_min=align.SEMANTIC_MIN)
    assert EntitiesOptions() == EntitiesOptions(
        side_by_side_chars=entities.SIDE_BY_SIDE_CHARS, min_zipf_gap=spelling.MIN_ZIPF_GAP
    )


def test_verdicts_section_sets_how_much_evidence_makes_one_remark() -> None:
    default = _report(Options(), *HARBOUR)
    assert len(default.utterances) == 1
    assert [q.utterance for q in default.quotes] == [default.utterances[0].id] * 2
    demanding = Options(verdicts=VerdictsOptions(evidence_needed=1000.0, exact_evidence=1000.0))
    strict = _report(demanding, *HARBOUR)
    assert strict.utterances == ()
    assert [q.utterance for q in strict.quotes] == [None, None]


def test_verdicts_section_sets_which_attributions_are_trusted() -> None:
    """The same words under two names: misattributed only where both attributions are trusted."""
    bodies = (
        HARBOUR[0],
        "Ilse Morrow, the harbour master, gave an update.\n"
        "“The eastern breakwater held, but the ferry pier is gone,” Deputy Mayor Carl Brandt told reporters.",
    )
    flags = [q.misattributed for q in _report(Options(), *bodies).quotes]
    doubting = Options(verdicts=VerdictsOptions(attribution_trusted=1.01))
    assert not any(q.misattributed for q in _report(doubting, *bodies).quotes)
    assert any(flags), "the invented story must show a misattribution by default"


FIRE = (
    "The wildfire destroyed 40 homes in the Marlow valley, fire officials said on Sunday.",
    "The wildfire destroyed 55 homes in the Marlow valley, fire officials said on Sunday.",
)


def test_conflicts_section_sets_how_far_apart_two_figures_may_be() -> None:
    found = _report(Options(), *FIRE).conflicts
    assert [sorted(v.value for v in c.values) for c in found] == [["40", "55"]]
    near_only = Options(conflicts=ConflictsOptions(far_ratio=1.2))  # 55 / 40 = 1.375: not one fact
    assert _report(near_only, *FIRE).conflicts == ()


def test_conflicts_section_sets_the_evidence_two_values_of_one_thing_need() -> None:
    """Each article's only count of homes, within ``close_ratio`` of the other: one fact without shared words."""
    assert len(_report(Options(conflicts=ConflictsOptions(min_shared=50)), *FIRE).conflicts) == 1
    apart = ConflictsOptions(min_shared=50, close_ratio=1.2)  # 55 / 40 = 1.375: no longer close, and words too few
    assert _report(Options(conflicts=apart), *FIRE).conflicts == ()
    assert len(_report(Options(conflicts=ConflictsOptions(close_ratio=1.2)), *FIRE).conflicts) == 1


def test_conflicts_section_sets_which_tallies_are_one_vote() -> None:
    """58-41 and 45-30 count 99 and 75 votes (1.32 apart): one chamber's vote by default, two under a tally ratio of
    1.2; the ratio for lone counts of a noun (``close_ratio``) has no say in it."""
    votes = (
        "The Senate passed the Marlow farm bill 58-41 on Tuesday after a long debate.",
        "The Senate passed the Marlow farm bill 45-30 on Tuesday after a long debate.",
    )
    assert [sorted(v.value for v in c.values) for c in _report(Options(), *votes).conflicts] == [["45-30", "58-41"]]
    assert _report(Options(conflicts=ConflictsOptions(tally_ratio=1.2)), *votes).conflicts == ()
    assert len(_report(Options(conflicts=ConflictsOptions(close_ratio=1.2)), *votes).conflicts) == 1


def test_conflicts_section_sets_what_rounding_and_about_allow() -> None:
    """ "about 200" against 236 agree once "about" reaches 20%; 2,000 and 2,180 disagree once rounding reaches 5%."""
    about = (
        "Police arrested about 200 protesters outside the courthouse in Marlow overnight.",
        "Police arrested 236 protesters outside the courthouse in Marlow overnight.",
    )
    assert len(_report(Options(), *about).conflicts) == 1
    assert _report(Options(conflicts=ConflictsOptions(around_share=0.2)), *about).conflicts == ()
    rounded = (
        "The flood destroyed 2,000 homes along the Marlow river, the governor's office said.",
        "The flood destroyed 2,180 homes along the Marlow river, the governor's office said.",
    )
    assert _report(Options(), *rounded).conflicts == ()
    assert len(_report(Options(conflicts=ConflictsOptions(rounding_share=0.05)), *rounded).conflicts) == 1


WIRE = (
    "Engineers reopened the Tallis Bridge on Friday after six weeks of repairs to its cables. "
    "The county said the work cost less than planned and that buses would return to the bridge on Monday. "
    "Drivers had used a detour through the old town, adding twenty minutes to the trip."
)


def test_sources_section_sets_when_an_article_is_a_copy() -> None:
    bodies = (WIRE, WIRE + "\nLocal shops on the detour said trade had been brisk while the bridge was shut.")
    assert len(_report(Options(), *bodies).sources) == 1
    never_copies = Options(sources=SourcesOptions(reprint_share=1.01))
    assert len(_report(never_copies, *bodies).sources) == 2


FERRY = (
    "The island ferry will stop running on Thursdays from next month, the operator said. "
    "Fares on the remaining crossings rise by a tenth.",
    "From next month the island ferry will no longer run on Thursdays, its operator announced. "
    "Cyclists will pay the same as before.",
)


def _shared_claims(report: Report) -> list[Claim]:
    return [c for c in report.claims if len({s.article for s in c.sources}) > 1]


def test_claims_section_sets_how_alike_two_statements_must_be() -> None:
    assert len(_shared_claims(_report(Options(), *FERRY))) == 1, "the invented story must share one claim by default"
    apart = Options(claims=ClaimsOptions(min_score=1000.0))  # no overlap scores that high: every statement alone
    assert _shared_claims(_report(apart, *FERRY)) == []
    assert _shared_claims(_report(Options(claims=ClaimsOptions(semantic_min=1.01)), *FERRY)) == []


# One outlet misprints an invented footballer's given name once; two others print it right.
SLIP = (
    "The club has confirmed that Micheal Brennan will leave in June.",
    "Club captain Michael Brennan agreed terms with a Dutch side. Brennan denies it.",
    "Michael Brennan could leave before the summer, the coach said.",
)
SIDE_BY_SIDE = (  # the same two spellings printed side by side in one article read as meant
    "The club named Micheal Brennan, not Michael Brennan, in the squad for June.",
    *SLIP[1:],
)


def _slips(report: Report) -> list[tuple[str, str]]:
    return [(m.written, m.means) for e in report.entities for m in e.misspellings]


def test_entities_section_sets_how_much_evidence_makes_a_slip() -> None:
    assert _slips(_report(Options(), *SLIP)) == [("Micheal Brennan", "Michael Brennan")]
    rare_only = Options(entities=EntitiesOptions(min_zipf_gap=10.0))  # no English word is that much more common
    assert _slips(_report(rare_only, *SLIP)) == []


def test_entities_section_sets_how_close_two_spellings_are_meant() -> None:
    assert _slips(_report(Options(), *SIDE_BY_SIDE)) == []
    assert _slips(_report(Options(entities=EntitiesOptions(side_by_side_chars=10)), *SIDE_BY_SIDE)) == [
        ("Micheal Brennan", "Michael Brennan")
    ]


# -- the command line ---------------------------------------------------------------------------


def test_settings_change_one_value_and_keep_the_rest() -> None:
    changed = with_settings(
        Options(), ["verdicts.exact_evidence=3", "conflicts.far_ratio=2.5", "cluster.enabled=false"]
    )
    assert changed.verdicts == VerdictsOptions(exact_evidence=3.0)
    assert changed.conflicts == ConflictsOptions(far_ratio=2.5)
    assert changed.cluster.enabled is False
    assert changed.summary == Options().summary


@pytest.mark.parametrize(
    "setting",
    ["verdicts.exact_evidense=3", "verdict.exact_evidence=3", "verdicts.exact_evidence=high", "no-equals-sign"],
)
def test_a_misspelt_or_malformed_setting_is_an_error_not_ignored(setting: str) -> None:
    with pytest.raises(UsageError):
        with_settings(Options(), [setting])


def test_an_options_file_is_read_as_toml_or_json(tmp_path: Path) -> None:
    toml = tmp_path / "settings.toml"
    toml.write_text("jobs = 2\n[conflicts]\nfar_ratio = 3.0\n[verdicts]\nmax_content_changes = 2\n", encoding="utf-8")
    read = read_options(toml)
    assert (read.jobs, read.conflicts.far_ratio, read.verdicts.max_content_changes) == (2, 3.0, 2)
    as_json = tmp_path / "settings.json"
    as_json.write_text('{"sources": {"reprint_share": 0.8}}', encoding="utf-8")
    assert read_options(as_json).sources == SourcesOptions(reprint_share=0.8)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text("[conflicts]\nfar_ration = 3.0\n", encoding="utf-8")
    with pytest.raises(UsageError, match="far_ration"):
        read_options(wrong)


def _cli(*args: str) -> tuple[int, str, str]:
    completed = subprocess.run(
        [sys.executable, "-m", "newsfuse", *args], capture_output=True, text=True, encoding="utf-8", check=False
    )
    return completed.returncode, completed.stdout, completed.stderr


def test_analyze_takes_an_options_file_and_settings(tmp_path: Path) -> None:
    for n, body in enumerate(FIRE):
        (tmp_path / f"fire{n}.txt").write_text(body, encoding="utf-8")
    code, out, _ = _cli("analyze", str(tmp_path), "--format", "json", "--jobs", "1")
    assert code == 0 and len(json.loads(out)["conflicts"]) == 1
    settings = tmp_path.parent / f"{tmp_path.name}-settings.toml"
    settings.write_text("[conflicts]\nfar_ratio = 1.2\n", encoding="utf-8")
    code, out, _ = _cli("analyze", str(tmp_path), "--format", "json", "--jobs", "1", "--options", str(settings))
    assert code == 0 and json.loads(out)["conflicts"] == []
    code, out, _ = _cli(
        "analyze",
        str(tmp_path),
        "-f",
        "json",
        "-j",
        "1",
        "--set",
        "conflicts.min_shared=50",
        "--set",
        "conflicts.close_ratio=1.2",
    )
    assert code == 0 and json.loads(out)["conflicts"] == []
    code, out, err = _cli("analyze", str(tmp_path), "--set", "conflicts.min_shard=50")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == ["newsfuse: error: --set: no such setting: conflicts.min_shard"]
