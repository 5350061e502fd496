"""Every format explains its verdicts: a legend, and the reason beside each altered or variant quotation (#14)."""

from __future__ import annotations

from click.testing import CliRunner

from newsfuse.cli import cli
from newsfuse.compare.utterances import align_utterances
from newsfuse.model import Article, ArticleAnalysis, Quote, Report, Span, Speaker, Story, VerdictReason
from newsfuse.report.html import render_html
from newsfuse.report.legend import VERDICT_LEGEND, describe
from newsfuse.report.markdown import render_markdown
from newsfuse.report.text import render_text

MAYOR = Speaker(name="Dana Whitfield")
ORIGINAL = "We will not close the night shelter on the east side this winter."
CHANGED = "We will close the night shelter on the east side this winter."


def _article(name: str, text: str) -> ArticleAnalysis:
    body = f"The mayor said: “{text}”"
    start = body.index("“") + 1
    quote = Quote(id=f"{name}-q0", article=name, text=text, spans=(Span(start, start + len(text)),), speaker=MAYOR)
    return ArticleAnalysis(
        article=Article(id=name, source=f"{name}.txt", body=body, outlet=name.title()), quotes=(quote,)
    )


def _report() -> Report:
    analyses = [_article("gazette", ORIGINAL), _article("courier", ORIGINAL), _article("herald", CHANGED)]
    quotes, utterances = align_utterances("s1", analyses)
    story = Story(id="s1", label="Night shelter", articles=tuple(a.article.id for a in analyses))
    return Report(articles=tuple(a.article for a in analyses), stories=(story,), quotes=quotes, utterances=utterances)


def test_the_reason_for_an_altered_quotation_names_the_change_and_the_words() -> None:
    report = _report()
    altered = [q for q in report.quotes if q.verdict == "altered"]
    assert [q.article for q in altered] == ["herald"]
    line = describe(altered[0].reasons[0], {"gazette": "Gazette", "courier": "Courier"}.get)  # type: ignore[arg-type]
    assert line.startswith("a negation added or dropped: “not” → “—”") and "Gazette" in line and "Courier" in line


def test_every_format_prints_the_reason_and_the_legend() -> None:
    report = _report()
    for rendered in (render_text(report, width=200), render_markdown(report), render_html(report)):
        assert "why: a negation added or dropped" in rendered
        assert all(verdict in rendered for verdict, _ in VERDICT_LEGEND)
        assert "What the verdicts mean" in rendered


def test_analyze_help_explains_the_verdicts() -> None:
    shown = CliRunner().invoke(cli, ["analyze", "--help"]).output
    for verdict, _ in VERDICT_LEGEND:
        assert f"{verdict}:" in shown


def test_reported_speech_support_reads_as_support() -> None:
    reason = VerdictReason(category="reported-speech", against=("gazette",))
    assert describe(reason) == "repeated without quotation marks in gazette: supports, does not corroborate"


def test_a_misattribution_names_who_each_outlet_says_spoke() -> None:
    other = Speaker(name="Omar Castellanos")
    analyses = [_article("gazette", ORIGINAL), _article("courier", ORIGINAL)]
    body = f"The chief said: “{ORIGINAL}”"
    start = body.index("“") + 1
    quote = Quote(
        id="herald-q0", article="herald", text=ORIGINAL, spans=(Span(start, start + len(ORIGINAL)),), speaker=other
    )
    analyses.append(
        ArticleAnalysis(article=Article(id="herald", source="herald.txt", body=body, outlet="Herald"), quotes=(quote,))
    )
    quotes, utterances = align_utterances("s1", analyses)
    story = Story(id="s1", label="Night shelter", articles=tuple(a.article.id for a in analyses))
    report = Report(articles=tuple(a.article for a in analyses), stories=(story,), quotes=quotes, utterances=utterances)
    text = render_markdown(report)
    assert (
        "why: misattributed: the outlets name Dana Whitfield (Courier), Dana Whitfield (Gazette), "
        "Omar Castellanos (Herald)" in text
    )
