"""Survey findings: figures of one named source (``compare.fact_surveys``). Invented sentences, read from no
evaluation set."""

from __future__ import annotations

import pytest

from conflict_helpers import conflict_values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Thirty-seven percent said they would pick Ana Vell.",
            "Forty-one percent would choose Ana Vell to be the next mayor of Brenmoor.",
            id="opinion-shares-of-unnamed-polls",
        ),
        pytest.param(
            "Thirty-seven percent of Brenmoor voters would vote for Ana Vell.",
            "Forty-one percent of Brenmoor voters would vote for Ana Vell.",
            id="opinion-shares-of-one-group-unnamed-polls",
        ),
        pytest.param(
            "Among Brenmoor voters, 37% back the park, the Orrin Herald poll found.",
            "Among Brenmoor voters, 41% back the park, a county survey found.",
            id="two-named-polls",
        ),
        pytest.param(
            "For older voters in Brenmoor, the margin of sampling error was plus or minus 3.8 percentage points.",
            "Its margin of error stands at plus or minus 6.2 percentage points.",
            id="two-margins-of-error",
        ),
    ],
)
def test_two_surveys_findings_are_two_facts(a: str, b: str) -> None:
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "Thirty-seven percent of Brenmoor voters would vote for Ana Vell, a county poll found.",
            "Forty-one percent of Brenmoor voters would vote for Ana Vell, the county poll found.",
            {"Thirty-seven", "Forty-one"},
            id="one-named-poll",
        ),
        pytest.param(
            "Thirty-seven percent of Brenmoor voters backed Ana Vell in the election.",
            "Forty-one percent of Brenmoor voters backed Ana Vell in the election.",
            {"Thirty-seven", "Forty-one"},
            id="a-result-is-no-opinion",
        ),
    ],
)
def test_one_surveys_findings_still_conflict(a: str, b: str, values: set[str]) -> None:
    assert conflict_values(a, b) == [values]
