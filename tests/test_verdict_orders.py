"""Two verdict orders with two meanings, defined once each in the model."""

from __future__ import annotations

from typing import get_args, get_type_hints

from newsfuse.model import VERDICT_DISPLAY_ORDER, VERDICT_SEVERITY, Quote


def test_every_verdict_has_a_place_in_both_orders() -> None:
    verdicts = {v for arg in get_args(get_type_hints(Quote)["verdict"]) for v in get_args(arg)}
    assert verdicts == {"corroborated", "variant", "altered", "single-source"}
    assert verdicts <= set(VERDICT_DISPLAY_ORDER)
    assert verdicts <= {v for v in VERDICT_SEVERITY if v is not None}


def test_a_reader_sees_what_only_one_outlet_prints_before_what_every_outlet_confirms() -> None:
    assert VERDICT_DISPLAY_ORDER.index("single-source") < VERDICT_DISPLAY_ORDER.index("corroborated")
    assert VERDICT_DISPLAY_ORDER[0] == "altered"


def test_a_confirmed_wording_is_less_severe_than_a_changed_one_and_more_than_an_unconfirmable_one() -> None:
    assert VERDICT_SEVERITY["altered"] < VERDICT_SEVERITY["variant"] < VERDICT_SEVERITY["corroborated"]
    assert VERDICT_SEVERITY["corroborated"] < VERDICT_SEVERITY["single-source"] < VERDICT_SEVERITY[None]
