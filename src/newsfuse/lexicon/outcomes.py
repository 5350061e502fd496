"""Words that name the outcome of a trial or of a vote, by which way it went.

A verdict is one of two ("found guilty", "convicted" / "acquitted", "found not
guilty", "cleared of"); a vote on a motion, a bill or a nominee passes or fails
("passed", "approved", "confirmed" / "rejected", "defeated", "voted down").
Two outlets that give one trial or one vote opposite outcomes disagree
(:mod:`newsfuse.compare.outcomes`). Pleas ("pleaded not guilty") are no
verdicts, and an outcome after a modal verb or "to" ("is expected to pass")
has not happened; both are left out by the reader, not here. Chosen by meaning,
not from any article.
"""

from __future__ import annotations

__all__ = ["OUTCOME_WORDS"]

OUTCOME_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "verdict": {"guilty": ("guilty", "convicted"), "not guilty": ("acquitted", "cleared")},
    "vote": {
        "passed": ("passed", "approved", "adopted", "confirmed"),
        "failed": ("rejected", "defeated", "voted down"),
    },
}
"""Per kind of event, its two outcomes and the words (lower case, as written) that give each; "guilty" and "cleared"
give a verdict only as :mod:`newsfuse.compare.outcomes` reads them ("found … guilty", "cleared … of")."""
