"""newsfuse: one news story through every outlet that covered it.

Library use::

    import newsfuse
    report = newsfuse.analyze(["examples/starmer-trump-2025"])
    for quote in report.quotes:
        print(quote.speaker, quote.text, quote.verdict)

``analyze`` and ``analyze_articles`` are imported from :mod:`newsfuse.pipeline`
on first use, not with the package: importing any module of the package
(``newsfuse.model``, the store, the CLI's other commands) need not import
the pipeline and the readers behind it.
"""

from typing import TYPE_CHECKING, Any

from newsfuse.errors import NewsfuseError
from newsfuse.model import Article, Quote, Report, Speaker, Story
from newsfuse.options import ClusterOptions, Options, QuotesOptions

if TYPE_CHECKING:
    from newsfuse.pipeline import analyze, analyze_articles

__all__ = [
    "Article",
    "ClusterOptions",
    "NewsfuseError",
    "Options",
    "Quote",
    "QuotesOptions",
    "Report",
    "Speaker",
    "Story",
    "analyze",
    "analyze_articles",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``analyze`` and ``analyze_articles``, imported at first use (a module ``__getattr__``, PEP 562)."""
    if name in ("analyze", "analyze_articles"):
        from newsfuse import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'newsfuse' has no attribute {name!r}")
