"""Each stage with thresholds a user could want takes its own section of the options, passed by the runner."""

from __future__ import annotations

from newsfuse.model import Article, ArticleAnalysis
from newsfuse.options import Options, QuotesOptions
from newsfuse.runner import default_pipeline, run_article

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
