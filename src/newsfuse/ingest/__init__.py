"""Reading articles from files and cleaning them: the pipeline's input edge.

``read_paths`` walks files and folders and yields :class:`~newsfuse.model.Article`
objects, or :class:`~newsfuse.model.Problem` rows for inputs that cannot be
read. The modules, in the order data flows through them:

* ``read``: walking paths, size limit, de-duplication;
* ``outlets`` and ``sidecar``: which outlet published each article (the
  table of outlets, ``sources.csv`` and ``outlets.csv`` beside the files);
* ``reprints``: one text printed by several outlets, each copy linked to the original;
* ``decode``: bytes to text (UTF-8, then cp1252 with a warning), binary and empty files refused;
* ``formats``: plain text, HTML (trafilatura) and JSON Lines to articles, content-derived ids;
* ``clean``: the line-by-line cleaner of plain text, which uses
  ``normalise`` (whitespace normalisation with an exact offset map),
  ``furniture`` (page-furniture line shapes), ``metadata`` (headline, byline,
  publication line, dateline shapes) and ``dates`` (dates to ISO 8601).
"""

from newsfuse.ingest.read import ARTICLE_SUFFIXES, read_paths
from newsfuse.ingest.reprints import link_reprints

__all__ = ["ARTICLE_SUFFIXES", "link_reprints", "read_paths"]
