"""The role nouns learned from training annotations (``scripts/learn_role_nouns.py``): which sources describe
a speaker, which nouns name persons, and that the shipped list is what the script writes. Invented texts."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from conftest import load_script
from newsfuse.article.speakers import scan_mentions
from newsfuse.lexicon import SPEAKER_ROLE_NOUNS
from newsfuse.lexicon.learned_role_nouns import LEARNED_ROLE_NOUNS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/learn_role_nouns.py", "learn_role_nouns_script")


@pytest.mark.parametrize(
    ("source", "head"),
    [
        ("the campaign's front-runner", "front-runner"),
        ("a veteran lobbyist for the growers", "lobbyist"),
        ("The retired skipper, who sailed for years", "skipper"),
        ("Vell's longtime bookkeeper", "bookkeeper"),
        ("Ana Vell", None),  # a name
        ("he", None),
        ("the Acme Group", None),  # capitalised: a name
        ("those who stayed", None),  # no article nor possessive before the noun
    ],
)
def test_a_source_that_describes_its_speaker_gives_its_head_noun(script: ModuleType, source: str, head: str) -> None:
    assert script.source_head(source) == head


def test_a_noun_names_persons_when_it_stands_as_a_title_before_names(script: ModuleType) -> None:
    text = "said skipper Ana Vell. The skipper Orrin Tal agreed; a skipper from Leeds. The pier is old."
    assert script.named_share("skipper", text) == (2, 3)
    assert script.named_share("pier", text) == (0, 1)


def _train(folder: Path, articles: dict[str, str], sources: list[tuple[str, str]]) -> Path:
    (folder / "articles").mkdir(parents=True)
    for name, text in articles.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    lines = [json.dumps({"article": a, "source": {"text": s, "spans": [[0, len(s)]]}}) for a, s in sources]
    (folder / "attributions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_a_noun_qualifies_above_both_floors_and_only_then(script: ModuleType, tmp_path: Path) -> None:
    text = (
        "Skipper talk: skipper Ana Vell, skipper Orrin Tal and skipper Dora Lee sailed. The skipper said so.\n"
        "The pier said nothing. The pier Ana Vell built is old. The tally rose."
    )
    sources = [("a.txt", "the skipper")] * 3 + [("a.txt", "the pier")] * 3 + [("a.txt", "the tally")] * 2
    sources += [("a.txt", "the skippers")] * 3  # a plural: a group, another list
    found = script.learn(_train(tmp_path, {"a.txt": text}, sources))
    assert [noun for noun, *_ in found] == ["skipper"]  # the pier stands before one name only; the tally twice
    assert "skipper" in script.module_text(["skipper"])


def test_learned_nouns_are_role_nouns_of_the_scanner() -> None:
    assert LEARNED_ROLE_NOUNS <= SPEAKER_ROLE_NOUNS
    noun = sorted(LEARNED_ROLE_NOUNS)[0]
    text = f"“We are done,” the {noun} said."
    assert [(m.kind, m.name_tokens) for m in scan_mentions(text, 0, len(text))] == [("role", (noun,))]


def test_the_shipped_list_is_what_the_script_learns_from_the_training_data(script: ModuleType, eval_dir: Path) -> None:
    found = script.learn(eval_dir / "polnear-train")
    assert script.module_text([noun for noun, *_ in found]) == (
        ROOT / "src" / "newsfuse" / "lexicon" / "learned_role_nouns.py"
    ).read_text(encoding="utf-8")
