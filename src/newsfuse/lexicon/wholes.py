"""Words before a figure that make it the whole of a set.

"The evacuation of all 3,500 residents will take two days": a plan for the
whole, of which another outlet's count of the act done is the part done so
far (``compare.fact_forecasts.a_plan_and_its_part``). Chosen by meaning, not
from any article.
"""

from __future__ import annotations

__all__ = ["WHOLE_BEFORE"]

WHOLE_BEFORE: tuple[str, ...] = ("all", "all of the", "all of its", "all of their")
"""Words right before a figure that make it the whole of a set ("all 3,500 residents"): where a plan covers the whole
("the evacuation of all 3,500 residents will take two days"), another outlet's count of the act done counts the part
done so far."""
