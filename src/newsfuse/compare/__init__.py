"""Story stages: each sees one story's analysed articles at once, never raw files.

:func:`compare_story` runs them in dependency order and returns the story's
findings as a :class:`~newsfuse.model.Report` fragment.
"""

from newsfuse.compare.story import compare_story

__all__ = ["compare_story"]
