"""Words that end a news organisation's name: "Port Elspeth Herald", "Daily Clarion News", "TechWire", "Valley TV";
outlets' short names that end a byline.

A name of capitalised words that ends in one of these reads as a news
organisation's even when the table of outlets does not know it: an
organisation after a byline ("Omar Lind, Ostland Evening Post"), a credit
or an ``Outlet:`` line (:func:`newsfuse.ingest.outlets.is_news_org_name`).
A person's name ends in none of them. Proper words, matched with their case
("TV"): :data:`newsfuse.lexicon.PROPER_NAME_LISTS`. Chosen from how
English-language news organisations name themselves (a paper's Times, Post
or Herald, an agency's Press, Wire or Agency, a broadcaster's Radio or
Network), not from any article. Outlets' own names that are also surnames
("Bloomberg", "Reuters") are not here: "Michael R. Bloomberg" is a person.
"""

from __future__ import annotations

__all__ = ["BYLINE_BRANDS", "NEWS_NAME_ENDINGS"]

NEWS_NAME_ENDINGS: tuple[str, ...] = (
    *("Press", "News", "Newswire", "Wire", "Agency", "Service", "Media", "Daily", "Report", "Insider", "Today"),
    *("Times", "Post", "Journal", "Herald", "Telegraph", "Tribune", "Star", "Mail", "Guardian", "Independent"),
    *("Network", "Broadcasting", "Radio", "TV"),
)
"""The last word of a news organisation's name: a paper's, an agency's, a broadcaster's (never a surname)."""

BYLINE_BRANDS: tuple[str, ...] = ("Reuters", "Bloomberg", "AP", "AFP", "PA", "CNN", "BBC", "CBC", "CTV", "NPR")
"""Outlets' own short names that close an organisation after a byline ("Omar Lind, Reuters"): a surname among them
("Bloomberg") names a person elsewhere, so only a byline's organisation reads them (:mod:`newsfuse.ingest.metadata`)."""
