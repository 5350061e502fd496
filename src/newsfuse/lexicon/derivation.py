"""Endings that make a noun of a verb: "closure" of "close", "approval" of "approve", "payment" of "pay".

A figure that measures an act named as a noun ("a 150-branch closure plan")
counts what another outlet's verb acts on ("will close 120 branches"): the
noun's stem is the verb's stem and one of these endings, after the light
stemming of :func:`newsfuse.article.stems.stem` (which drops a final "e":
"closure" is read as ``closur``). Chosen by English word formation, not from
any article.
"""

from __future__ import annotations

__all__ = ["NOUN_ENDINGS"]

NOUN_ENDINGS: tuple[str, ...] = ("ur", "al", "ion", "ation", "ment", "ance", "ence")
"""Endings of a stemmed noun made of a verb's stem ("closur" of ``clos``, "approval" of ``approv``, "deletion" of
``delet``, "cancellation" of ``cancell``, "payment" of ``pay``, "acceptance" of ``accept``)."""
