"""Every hand-written shape of the ingest stage, as a table: each finds its invented line and keeps its look-alike.

A shape is a rule about how a web page or a copied article writes a line
(a share bar, a photo caption, an agency's sign-off). Its table row names
it and carries an invented line of that shape and an invented article line
that begins like it and must stay article text; the tests read every row,
so a rule added to a table without an example, or one whose example stops
matching, fails here.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from newsfuse.ingest import furniture, metadata, outlets
from newsfuse.ingest.furniture import furniture_kind, is_agency_signoff, is_credit_line
from newsfuse.ingest.metadata import is_update_line, match_byline, match_published, match_source_line
from newsfuse.ingest.shapes import Shape
from newsfuse.lexicon import (
    ADDRESS_LABELS,
    BYLINE_LABELS,
    NEWS_NAME_ENDINGS,
    OUTLET_LABELS,
    PUBLISHED_LABELS,
    SHARE_PLATFORMS,
    UPDATED_LABELS,
)


def _compiled(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    """A compiled rule as it is, a branch of the whole-line scan as that scan reads it."""
    if isinstance(pattern, re.Pattern):
        return pattern
    return re.compile(rf"^(?:{pattern})\s*:?$", re.IGNORECASE)


def _furniture(line: str) -> str | None:
    """What the cleaning stage asks of a line: its kind of furniture, else whether it credits or signs off."""
    kind = furniture_kind(line)
    if kind is not None:
        return kind
    if is_credit_line(line):
        return "credit line"
    return "agency sign-off" if is_agency_signoff(line) else None


@pytest.mark.parametrize("shape", furniture.SHAPES, ids=lambda shape: shape.name)
def test_each_furniture_shape_finds_its_line_and_keeps_its_look_alike(shape: Shape) -> None:
    assert _compiled(shape.pattern).search(shape.example), f"{shape.name} does not match its own example"
    assert _furniture(shape.example) == shape.finds
    assert _furniture(shape.kept) is None, f"{shape.name}'s look-alike {shape.kept!r} was taken for furniture"


def test_furniture_shapes_have_one_name_each_and_find_what_the_module_returns() -> None:
    names = [shape.name for shape in furniture.SHAPES]
    assert len(names) == len(set(names))
    kinds = {*furniture.FurnitureKind.__args__, "credit line", "agency sign-off"}  # type: ignore[attr-defined]
    assert {shape.finds for shape in furniture.SHAPES} == kinds


@pytest.mark.parametrize("platform", sorted(SHARE_PLATFORMS))
def test_each_share_platform_of_the_lexicon_makes_a_share_bar(platform: str) -> None:
    assert furniture_kind(f"Share | {platform.title()} | Email") == "share bar"
    assert furniture_kind(f"{platform.title()} reopened the Brenmoor office.") is None


@pytest.mark.parametrize("label", BYLINE_LABELS)
def test_each_byline_label_of_the_lexicon_opens_a_byline(label: str) -> None:
    assert match_byline(f"{label.capitalize()}: Ines Arlo") == ("Ines Arlo", None)
    assert match_byline(f"{label.capitalize()} the harbour wall") is None


@pytest.mark.parametrize("label", PUBLISHED_LABELS)
def test_each_publication_label_of_the_lexicon_opens_a_publication_line(label: str) -> None:
    assert match_published(f"{label.capitalize()}: 3 March 2024") == "2024-03-03"
    assert match_published(f"{label.capitalize()} to the harbour in 2011, she stayed.") is None


@pytest.mark.parametrize("label", UPDATED_LABELS)
def test_each_update_label_of_the_lexicon_opens_an_update_line(label: str) -> None:
    assert is_update_line(f"{label.capitalize()}: 4 March 2024 10:30")
    assert not is_update_line(f"{label.capitalize()} rules take effect in May.")


@pytest.mark.parametrize("label", OUTLET_LABELS + ADDRESS_LABELS)
def test_each_source_label_of_the_lexicon_opens_a_source_line(label: str) -> None:
    address = "https://news.example/ferry"
    if label in ADDRESS_LABELS or label == "source":
        assert match_source_line(f"{label.capitalize()}: {address}") == ("url", address)
    if label in OUTLET_LABELS:
        assert match_source_line(f"{label.capitalize()}: The Port Elspeth Herald") == (
            "outlet",
            "The Port Elspeth Herald",
        )
    assert match_source_line(f"{label.capitalize()} of the harbour fees") is None


READ_BY_NAME = [(module, shape) for module in (metadata, outlets) for shape in module.SHAPES]
"""The tables whose ``finds`` names the function of the module that reads the line."""


@pytest.mark.parametrize(("module", "shape"), READ_BY_NAME, ids=lambda row: getattr(row, "name", ""))
def test_each_metadata_and_outlet_shape_finds_its_line_and_keeps_its_look_alike(
    module: ModuleType, shape: Shape
) -> None:
    read = getattr(module, shape.finds)
    assert _compiled(shape.pattern).search(shape.example), f"{shape.name} does not match its own example"
    assert read(shape.example), f"{shape.finds} does not read {shape.name}'s example"
    assert not read(shape.kept), f"{shape.name}'s look-alike {shape.kept!r} was read as metadata"


@pytest.mark.parametrize("module", [metadata, outlets], ids=lambda module: module.__name__)
def test_shapes_have_one_name_each_and_name_a_reader_of_their_module(module: ModuleType) -> None:
    names = [shape.name for shape in module.SHAPES]
    assert len(names) == len(set(names))
    assert all(shape.finds in module.__all__ for shape in module.SHAPES)


@pytest.mark.parametrize(
    "opening",
    ["Posted to Port Elspeth in 2011, she learned to sail.", "Released on bail in 2019, he left the county."],
)
def test_an_opening_sentence_after_a_date_label_word_is_no_publication_line(opening: str) -> None:
    """A date label's word opening a clause ("Posted to ...", "Released on bail ...") dates nothing."""
    assert metadata.match_published(opening) is None
    assert not metadata.is_update_line(opening.replace("Posted", "Updated").replace("Released", "Edited"))


@pytest.mark.parametrize("ending", NEWS_NAME_ENDINGS)
def test_a_byline_organisation_and_an_outlet_name_end_in_the_same_words(ending: str) -> None:
    name = f"Ostland Evening {ending}"
    assert outlets.is_news_org_name(name)
    assert metadata.match_byline(f"Ines Arlo, {name}") == ("Ines Arlo", name)
    assert metadata.match_byline(f"By Ines Arlo, {name}") == ("Ines Arlo", name)


def test_an_outlet_name_that_is_a_surname_names_an_outlet_only_after_a_byline() -> None:
    assert not outlets.is_news_org_name("Marta K. Bloomberg")
    assert metadata.match_byline("Ines Arlo, Bloomberg") == ("Ines Arlo", "Bloomberg")
