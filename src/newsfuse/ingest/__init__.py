"""Reading articles from files and cleaning them: the pipeline's input edge.

``read_paths`` walks files and folders and yields :class:`~newsfuse.model.Article`
objects or :class:`~newsfuse.errors.InputError` for each input; the format
modules (``text``, ``html``, ``jsonl``) turn decoded text into articles, and
``clean`` removes web boilerplate from plain text while keeping an offset map
back to the original.
"""

from newsfuse.ingest.read import ARTICLE_SUFFIXES, read_paths

__all__ = ["ARTICLE_SUFFIXES", "read_paths"]
