"""newsfuse: one news story through every outlet that covered it.

Library use::

    import newsfuse
    report = newsfuse.analyze(["examples/starmer-trump-2025"])
    for quote in report.quotes:
        print(quote.speaker, quote.text, quote.verdict)
"""

from newsfuse.errors import NewsfuseError
from newsfuse.model import Article, Quote, Report, Speaker, Story
from newsfuse.options import ClusterOptions, Options, QuotesOptions
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
