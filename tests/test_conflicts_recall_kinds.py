"""More kinds a fact-checker meets in coverage, each found and its look-alike silent (crecall17).

Durations written in two units (``compare.fact_durations``: "18 months" / "two years"; "12 months" / "one year" is one
term), and the terms of two acts ("jailed for" / "banned for") kept apart. Every person, place, outlet and sentence is
invented.
"""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values
from newsfuse.compare.fact_durations import one_duration

FOUND = [
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for two years on Monday for stealing from the Ostley food bank.",
        {"18", "two"},
        id="months-and-years-that-differ",
    ),
    pytest.param(
        "Tal Oren was sentenced to four years on Monday for stealing from the Ostley food bank.",
        "A judge jailed Tal Oren for 42 months on Monday for stealing from the Ostley food bank.",
        {"four", "42"},
        id="years-and-months-after-two-verbs-of-one-act",
    ),
    pytest.param(
        "The Brenmoor ring road will close for 12 days while the bridge is mended.",
        "The Brenmoor ring road will close for three weeks while the bridge is mended.",
        {"12", "three"},
        id="days-and-weeks-that-differ",
    ),
    pytest.param(
        "Ana Vell was banned from the Ostley council for nine months.",
        "Ana Vell was banned from the Ostley council for 30 weeks.",
        {"nine", "30"},
        id="months-and-weeks-beyond-the-days-a-month-holds",
    ),
    pytest.param(
        "Tal Oren was jailed for 25 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for two years on Monday for stealing from the Ostley food bank.",
        {"25", "two"},
        id="months-and-years-convert-exactly-not-by-days",
    ),
]

SILENT = [
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for a year and a half on Monday for stealing from the Ostley food bank.",
        id="a-year-and-a-half-is-18-months",
    ),
    pytest.param(
        "Tal Oren was jailed for 24 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was jailed for two years on Monday for stealing from the Ostley food bank.",
        id="24-months-are-two-years",
    ),
    pytest.param(
        "Ana Vell was banned from the Ostley council for six months.",
        "Ana Vell was banned from the Ostley council for 26 weeks.",
        id="six-months-may-be-26-weeks",
    ),
    pytest.param(
        "The Brenmoor ring road will close for 14 days while the bridge is mended.",
        "The Brenmoor ring road will close for two weeks while the bridge is mended.",
        id="14-days-are-two-weeks",
    ),
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was also banned from driving for 24 months.",
        id="the-terms-of-two-acts-in-one-unit",
    ),
    pytest.param(
        "Tal Oren was jailed for 18 months on Monday for stealing from the Ostley food bank.",
        "Tal Oren was also banned from driving for two years.",
        id="the-terms-of-two-acts-in-two-units",
    ),
    pytest.param(
        "The Brenmoor ring road will close for 12 days while the bridge is mended.",
        "Painting the bridge on the Brenmoor ring road will take three weeks after it reopens.",
        id="another-work-s-length",
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), FOUND)
def test_a_recall_kind_is_found(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_a_recall_kind_s_look_alike_is_silent(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


def test_durations_are_one_class_only_in_two_units_of_time() -> None:
    assert one_duration(("number", "month"), ("number", "year"))
    assert one_duration(("number", "day"), ("number", "week"))
    assert one_duration(("number", "month"), ("number", "week"))
    assert not one_duration(("number", "month"), ("number", "month"))  # one unit: compared as before
    assert not one_duration(("number", "month"), ("number", "mile"))
    assert not one_duration(("number", "night"), ("number", "day"))  # three nights span four days
    assert not one_duration(("money", "USD"), ("number", "year"))
