"""A name premodified by another capitalised word (a nationality, a party, an organisation, a possessor) is one
mention headed by the last name: "said Acme chief Pavel Dorn" is Dorn speaking, not Acme. Invented sentences."""

from __future__ import annotations

import pytest

from newsfuse.article.quotes import find_quotes
from newsfuse.article.speakers import build_index, scan_mentions
from newsfuse.article.text import ArticleText
from newsfuse.model import Article


def _names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.name_tokens) for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]


@pytest.mark.parametrize(
    ("text", "mention", "head"),
    [
        ("“It is over,” said Ruritanian envoy Ana Vell.", "Ruritanian envoy Ana Vell", ("Ana", "Vell")),
        ("Acme chief Pavel Dorn said the deal was off.", "Acme chief Pavel Dorn", ("Pavel", "Dorn")),
        (
            "Centrist presidential nominee Ada Brisk said so.",
            "Centrist presidential nominee Ada Brisk",
            ("Ada", "Brisk"),
        ),
        ("“No,” said Vell’s former aide Orrin Tal.", "Vell’s former aide Orrin Tal", ("Orrin", "Tal")),
        ("Dorn’s daughter Mila Dorn said it was true.", "Dorn’s daughter Mila Dorn", ("Mila", "Dorn")),
        ("Ostley deputy mayor Tam Reed spoke first.", "Ostley deputy mayor Tam Reed", ("Tam", "Reed")),
        ("“Yes,” said the Ruritanian envoy Ana Vell.", "the Ruritanian envoy Ana Vell", ("Ana", "Vell")),
    ],
)
def test_a_premodified_name_is_one_mention_of_its_head(text: str, mention: str, head: tuple[str, ...]) -> None:
    assert _names(text) == [(mention, head)]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Vell told reporter Orrin Tal that it was over.",  # a cue verb between: two people
        "Vell hired aide Orrin Tal last year.",  # a past form: a verb, not a modifier
        "Vell and aide Orrin Tal left.",  # a conjunction
        "Vell met with envoy Orrin Tal.",  # a preposition
        "Vell praises Orrin Tal.",  # no role noun before the second name
        "Ana Vell, envoy Orrin Tal and others left.",  # punctuation between
        "The envoy, Orrin Tal, said Ana Vell was right.",  # an apposition, then a second person
    ],
)
def test_two_names_that_are_two_noun_phrases_stay_two_mentions(text: str) -> None:
    assert len(_names(text)) == 2


def test_the_premodified_speaker_is_the_head_name() -> None:
    body = (
        "Acme Corp posted a loss on Tuesday.\n\n"
        "“We will not cut jobs,” said Acme chief Pavel Dorn, who took over in May.\n\n"
        "“The numbers speak for themselves,” said Vell’s former aide Orrin Tal."
    )
    article = Article(id="a", source="a.txt", body=body)
    quotes = find_quotes(article, ArticleText(article))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Pavel Dorn", "Orrin Tal"]


@pytest.mark.parametrize(
    ("text", "kind", "mention"),
    [
        ("“It is over,” said Vell’s spokesman on Monday.", "role", "Vell’s spokesman"),
        ("Dorn’s campaign said it would appeal.", "thing", "Dorn’s campaign"),
        ("Ana Dorn's campaign manager said no.", "role", "Ana Dorn's campaign manager"),
        ("Reeds’ lawyer said no.", "role", "Reeds’ lawyer"),
        ("Vell’s office, in a statement, said so.", "thing", "Vell’s office"),
    ],
)
def test_a_possessor_does_not_speak_for_its_role_or_organisation(text: str, kind: str, mention: str) -> None:
    found = [(m.kind, m.text) for m in scan_mentions(text, 0, len(text))]
    assert found[0] == (kind, mention)
    assert all(k != "name" for k, _ in found)


@pytest.mark.parametrize("text", ["Vell’s remarks angered Dorn.", "Vell’s “grand bargain” is dead, Dorn said."])
def test_a_possessor_of_anything_else_stays_a_name(text: str) -> None:
    assert scan_mentions(text, 0, len(text))[0].kind == "name"


def test_the_possessor_is_still_a_person_the_article_names() -> None:
    text = "Ana Vell’s spokesman said the talks had ended."
    assert "Ana Vell" in build_index(text).full_names


def test_a_possessed_role_speaks_as_itself() -> None:
    body = "Ana Vell toured the plant on Monday.\n\n“There will be no comment today,” Vell’s spokesman said."
    article = Article(id="a", source="a.txt", body=body)
    quotes = find_quotes(article, ArticleText(article))
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Vell’s spokesman"


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("“No,” said Capt. Ana Vell.", "Capt.", ("Ana", "Vell")),
        ("“No,” Sgt. Maj. Orrin Tal said.", "Sgt. Maj.", ("Orrin", "Tal")),
        ("“No,” Lt. Gov. Dora Lee said.", "Lt. Gov.", ("Dora", "Lee")),
        ("“No,” said Det. Supt. Ana Vell.", "Det. Supt.", ("Ana", "Vell")),
        ("“No,” Mr. Orrin Tal said.", "Mr.", ("Orrin", "Tal")),
        ("“No,” said Del. Ana Vell.", "Del.", ("Ana", "Vell")),
    ],
)
def test_a_title_written_short_is_split_off_the_name(text: str, title: str, name: tuple[str, ...]) -> None:
    [mention] = [m for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]
    assert (mention.title, mention.name_tokens) == (title, name)


def test_every_short_title_of_the_lexicon_opens_a_name_with_its_full_stop() -> None:
    from newsfuse.lexicon import TITLE_ABBREVIATIONS

    for title in sorted(TITLE_ABBREVIATIONS - {"st"}):
        text = f"“No,” said {title.capitalize()}. Ana Vell."
        names = [m for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]
        assert [(m.title, m.name_tokens) for m in names] == [(f"{title.capitalize()}.", ("Ana", "Vell"))], title


def test_a_state_delegate_written_short_is_one_mention_and_its_name_speaks() -> None:
    text = "Del. Ana Vell said the bill would pass the chamber."
    assert [(m.kind, m.title, m.name_tokens) for m in scan_mentions(text, 0, len(text))] == [
        ("name", "Del.", ("Ana", "Vell"))
    ]
    body = "Del. Ana Vell spoke on Monday. “The bill will pass,” Vell said."
    article = Article(id="a", source="a.txt", body=body)
    [quote] = find_quotes(article, ArticleText(article))
    assert quote.speaker is not None and quote.speaker.name == "Ana Vell"


@pytest.mark.parametrize("text", ["“No,” said Ana del Campo.", "“No,” said Del Reeve, the mayor."])
def test_del_without_its_capital_and_full_stop_stays_part_of_the_name(text: str) -> None:
    [mention] = [m for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]
    assert mention.title == "" and mention.name_tokens[-1] in {"Campo", "Reeve"}
    assert "Del" in mention.name_tokens or "del" in mention.name_tokens


def test_saint_stays_inside_the_name_it_opens() -> None:
    text = "“No,” said Ana Vell, who grew up near St. Albans Bay."
    assert "St. Albans Bay" in [m.text for m in scan_mentions(text, 0, len(text))]


def test_a_short_title_without_its_full_stop_may_be_a_given_name() -> None:
    text = "“No,” said Gen Okawa, the minister."
    assert [(m.title, m.name_tokens) for m in scan_mentions(text, 0, len(text)) if m.kind == "name"] == [
        ("", ("Gen", "Okawa"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not sell,” said Orrin Tal, a Halden-based builder.",
        "El Paso-based builder Orrin Tal said: “We will not sell.”",
    ],
)
def test_a_compound_modifier_names_nobody(text: str) -> None:
    names = [m.text for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]
    assert names == ["Orrin Tal"]


def test_one_with_a_noun_of_no_list_is_a_described_speaker() -> None:
    body = "One attendee said: “The hall was far too cold.”"
    article = Article(id="a", source="a.txt", body=body)
    quotes = find_quotes(article, ArticleText(article))
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "One attendee"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("One post read: “The pier will close in May.”", "One post"),
        ("Multiple newspapers reported that the pier would “close in May.”", "Multiple newspapers"),
        ("Several local bloggers wrote: “The pier will close in May.”", "Several local bloggers"),
        ("Another longtime patron said: “The pier will close in May.”", "Another longtime patron"),
    ],
)
def test_a_quantified_noun_before_a_cue_is_a_described_speaker(body: str, speaker: str) -> None:
    """A quantifier and up to three lower-case words before a cue verb describe the speaker, whether or not the
    noun is a person noun of the lexicon, and even where it is also a verb ("post")."""
    article = Article(id="a", source="a.txt", body=body)
    quotes = find_quotes(article, ArticleText(article))
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Many praised the pier, Ana Vell said.",  # a verb after the quantifier
        "One of the patrons said so.",  # a preposition
        "Several hired aides had said so.",  # a past form before the noun
    ],
)
def test_a_quantifier_without_a_noun_before_its_cue_describes_nobody_new(text: str) -> None:
    kinds = [(m.kind, m.text) for m in scan_mentions(text, 0, len(text))]
    assert not any(
        kind in {"role", "group"} and text_.split()[0] in {"Many", "One", "Several"} for kind, text_ in kinds
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "“No,” said Brenmoor Regional Transit Authority Chairman Ana Vell.",
            "Brenmoor Regional Transit Authority Chairman",
        ),
        (
            "“No,” said Brenmoor Regional Transit Authority Board Chairman Ana Vell.",
            "Brenmoor Regional Transit Authority Board Chairman",
        ),
    ],
)
def test_a_long_title_and_its_name_are_one_run(text: str, title: str) -> None:
    """A title of up to seven words and a two-word name are read as one capitalised run: the name is whole, not
    cut after its given name ("... Chairman Ana" and "Vell")."""
    [mention] = [m for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]
    assert (mention.title, mention.name_tokens) == (title, ("Ana", "Vell"))


def test_a_number_opening_a_sentence_is_no_name() -> None:
    text = "“No,” said Two, after the vote."
    assert [m for m in scan_mentions(text, 0, len(text)) if m.kind == "name"] == []


def test_a_person_of_an_organisation_who_wrote_is_the_speaker() -> None:
    body = "Dora Lee of the Harbour Trust wrote in a newsletter: “The pier will close in May.”"
    article = Article(id="a", source="a.txt", body=body)
    quotes = find_quotes(article, ArticleText(article))
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Dora Lee"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("It is a heavily Centrist town, Ana Vell said.", ["Ana Vell"]),
        ("The Centrist electorate must act, Ana Vell wrote.", ["Ana Vell"]),
        ("“No,” the Acme campaign said.", []),
        ("“No,” the Centrist said.", ["Centrist"]),  # a cue after it: the word is the noun
        ("“No,” the Centrist who won said.", ["Centrist"]),  # a function word after it
        ("“No,” said Centrist voters.", []),  # no article: a group, read as one
    ],
)
def test_a_capitalised_word_that_modifies_a_noun_is_no_mention(text: str, kept: list[str]) -> None:
    assert [m.text for m in scan_mentions(text, 0, len(text)) if m.kind == "name"] == kept


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("“No,” Representative Mara J. King said.", "Representative", ("Mara", "J.", "King")),
        ("“No,” said Judge Dora Dean.", "Judge", ("Dora", "Dean")),
        ("“No,” Mr. Bishop said.", "Mr.", ("Bishop",)),
        ("“No,” Sen. King said.", "Sen.", ("King",)),
        ("“No,” said Ana Bishop.", "", ("Ana", "Bishop")),
        ("“No,” Brenmoor Gov. Nora Judge said.", "Brenmoor Gov.", ("Nora", "Judge")),
        ("“No,” Florida Senator Tal Oren said.", "Florida Senator", ("Tal", "Oren")),
        ("“No,” Florence Mayor Tal Oren said.", "Florence Mayor", ("Tal", "Oren")),
        ("“No,” Deputy Press Secretary Ana Vell said.", "Deputy Press Secretary", ("Ana", "Vell")),
        ("“No,” Deputy Assistant Director Ana Vell said.", "Deputy Assistant Director", ("Ana", "Vell")),
        ("“No,” Ana Bishop Jr. said.", "", ("Ana", "Bishop", "Jr.")),
    ],
)
def test_a_surname_that_is_a_role_noun_is_part_of_the_name(text: str, title: str, name: tuple[str, ...]) -> None:
    """A role noun after the name that follows a title, right after a courtesy or short title, or right after a
    given name is the person's surname ("King", "Dean", "Bishop"), not more of the title; only the last word of a
    name is (a town that is also a given name, a role before the name), and a rank is no name word."""
    [mention] = [m for m in scan_mentions(text, 0, len(text)) if m.kind == "name"]
    assert (mention.title, mention.name_tokens) == (title, name)


@pytest.mark.parametrize(
    "text",
    [
        "“No,” the Ohio Senator said.",
        "“No,” Florida Senator said.",
        "“No,” Former Secretary said.",
        "“No,” Deputy Associate Director said.",
    ],
)
def test_a_role_after_a_region_or_a_modifier_stays_a_role(text: str) -> None:
    assert [m.kind for m in scan_mentions(text, 0, len(text))] == ["role"]


def test_a_speaker_whose_surname_is_a_role_noun_is_resolved_by_it() -> None:
    body = "Representative Tal J. King, Democrat of Vermont, spoke on Monday. “The bill will pass,” King said."
    article = Article(id="a", source="a.txt", body=body)
    [quote] = find_quotes(article, ArticleText(article))
    assert quote.speaker is not None and quote.speaker.name == "Tal J. King"
