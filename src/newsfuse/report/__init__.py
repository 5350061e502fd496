"""Rendering a :class:`~newsfuse.model.Report` for people and programs.

``render(report, fmt)`` returns the whole document as a string; ``json`` is
the machine contract (schema in ``docs/schema.json``), ``text`` the terminal
summary. ``render_pieces`` gives the same document in pieces to write as
they come (JSON row by row, text story by story).
"""

from newsfuse.report.render import FORMATS, render, render_pieces

__all__ = ["FORMATS", "render", "render_pieces"]
