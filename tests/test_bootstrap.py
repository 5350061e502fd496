"""The benchmarks' one bootstrap (benchmarks/_common.py): what every printed 95% interval is computed by."""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from _common import bootstrap_interval, ratio_interval


def test_a_statistic_that_never_varies_has_no_width() -> None:
    assert bootstrap_interval(["a", "b", "c"], lambda picked: 0.5) == (0.5, 0.5)


def test_the_interval_holds_the_pooled_ratio_and_is_inside_the_extremes() -> None:
    # ten articles: half found all 4 of their quotations, half found 2 of 4
    totals = {f"a{i}": 4 for i in range(10)}
    hits = {f"a{i}": 4 if i % 2 else 2 for i in range(10)}
    low, high = ratio_interval(hits, totals)
    assert 0.5 <= low < 0.75 < high <= 1.0


def test_more_units_give_a_narrower_interval() -> None:
    few = ratio_interval({f"a{i}": i % 2 for i in range(10)}, {f"a{i}": 1 for i in range(10)})
    many = ratio_interval({f"a{i}": i % 2 for i in range(400)}, {f"a{i}": 1 for i in range(400)})
    assert many[1] - many[0] < few[1] - few[0]


def test_units_are_resampled_whole() -> None:
    """One story with all the errors: resampling stories (not pairs) lets it be drawn several times or none."""
    totals = {"big": 50, **{f"s{i}": 1 for i in range(9)}}
    hits = {"big": 0, **{f"s{i}": 1 for i in range(9)}}
    low, high = ratio_interval(hits, totals)
    assert low < 0.1  # a resample with "big" drawn twice or more
    assert high == 1.0  # a resample without it


def test_resamples_with_nothing_to_measure_are_left_out_and_a_seed_repeats() -> None:
    totals = {"a": 0, "b": 2}
    assert ratio_interval({"b": 1}, totals) == (0.5, 0.5)
    assert all(math.isnan(x) for x in ratio_interval({}, {"a": 0}))
    assert all(math.isnan(x) for x in bootstrap_interval([], lambda picked: 1.0))
    assert bootstrap_interval(list(range(30)), lambda p: sum(p) / len(p), seed=3) == bootstrap_interval(
        list(range(30)), lambda p: sum(p) / len(p), seed=3
    )
