"""Rendering a :class:`~newsfuse.model.Report` for people and programs.

``render(report, fmt)`` returns the whole document as a string; ``json`` is
the machine contract (schema in ``docs/schema.json``), ``text`` the terminal
summary.
"""

from newsfuse.report.render import FORMATS, render

__all__ = ["FORMATS", "render"]
