"""Which outlet published an article, from whatever the input says about it.

An article's outlet comes from the strongest evidence the input holds, in
this order (see :func:`identify_outlet`):

1. what the user or the container says outright: a JSON Lines record's
   ``outlet`` field, a ``sources.csv`` row beside the file
   (:mod:`newsfuse.ingest.sidecar`), an ``Outlet:`` line at the top of a
   plain-text file;
2. an HTML page's site name (``og:site_name``, publisher) or the domain of
   the article's URL (a JSONL ``url``, a ``URL:`` line, the page's canonical
   link), looked up in the table of outlets;
3. a byline's or dateline's credit (``By Jane Doe, TechWire``,
   ``WASHINGTON (Reuters) -``): the last organisation a credit names is the
   one that published the copy (``AFP/dpa/GNA``: the Ghana News Agency
   printing AFP's and dpa's copy), if it reads as a news
   organisation's name (:func:`is_news_org_name`; a sign-off naming the
   reporter is not one).

The table of outlets (``newsfuse/data/outlets.csv``, major news
organisations with their domains, kinds and the short names they sign
with) gives each outlet one name, its domain and its kind. A user extends
it with CSV files of the same columns (``name,kind,domains,aliases``; lists
separated by ``;``): given with ``--outlets FILE`` (``Options.outlet_tables``)
or as ``outlets.csv`` in a folder of inputs. An outlet the table does not
know keeps the name the input gives it, with kind ``unknown``.

Reads articles' fields and the tables; writes an article's outlet name and
kind. A user's table, and a folder's ``sources.csv``
(:mod:`newsfuse.ingest.sidecar`), is refused when over
:data:`MAX_TABLE_BYTES` (5,000,000 bytes): the shipped table of major
outlets is under 8 KB, so a table hundreds of times that is the wrong file
(a data dump named ``outlets.csv``), which would otherwise be read whole
into memory and parsed before any article.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import get_args
from urllib.parse import urlsplit

from newsfuse.errors import MalformedInputError
from newsfuse.ingest.decode import read_capped_text
from newsfuse.ingest.shapes import Shape
from newsfuse.lexicon import NEWS_NAME_ENDINGS, alternation
from newsfuse.model import Article, Outlet, OutletKind

__all__ = [
    "NEWS_ORG_NAME",
    "OUTLET_TABLE_COLUMNS",
    "SHAPES",
    "OutletTable",
    "default_table",
    "domain_of",
    "identify_outlet",
    "is_agency_name",
    "is_news_org_name",
    "load_table",
    "name_key",
    "outlets_of",
]

OUTLET_TABLE_COLUMNS = ("name", "kind", "domains", "aliases")
"""The columns of an outlet table (``domains`` and ``aliases`` are lists separated by ``;``)."""
MAX_TABLE_BYTES = 5_000_000
"""A user's outlet table or a ``sources.csv`` larger than this is refused (module docstring)."""
_KINDS: tuple[str, ...] = get_args(OutletKind)
_NON_WORD = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")
_NEWS_WORD = alternation(NEWS_NAME_ENDINGS)
NEWS_ORG_NAME = rf"(?:The )?(?:[A-Z][\w.&'’-]*\s+){{0,4}}{_NEWS_WORD}"
"""A news organisation's name as a pattern: up to four capitalised words, then a word of
:data:`~newsfuse.lexicon.NEWS_NAME_ENDINGS` ("The Port Elspeth Evening Herald", "Valley TV")."""
_NEWS_ORG_SHAPE = re.compile(
    rf"^(?:[A-Z][a-z]+(?:[A-Z][a-z]*)*{_NEWS_WORD}(?: [A-Z]{{2,3}})?"  # one word: "TechWire", "TechPost UK"
    rf"|{NEWS_ORG_NAME}"
    r"|[A-Z]{2,6})$"  # an agency's or station's letters: "GNA", "KXAN"
)
_AGENCY_NAME = re.compile(
    r"\b(?:News|Press) Agency\b|\bNewswire\b|\bWire Service\b|\bPresse?-?Agentur\b", re.IGNORECASE
)
"""The name of an outlet the table does not know that says it is a news agency ("Port Elspeth Press Agency")."""
_CREDIT_SPLIT = re.compile(r"\s*(?:/|,|;|\band\b|&|\bvia\b)\s*")


def name_key(name: str) -> str:
    """The key an outlet's name is looked up by: case, punctuation and a leading "The" ignored."""
    return " ".join(_NON_WORD.sub(" ", _LEADING_THE.sub("", name.strip())).casefold().split())


def domain_of(address: str | None) -> str | None:
    """The host of a web address or bare domain, lower case, without ``www.`` (None if it is neither)."""
    if not address:
        return None
    text = address.strip()
    if "://" not in text:
        if not _DOMAIN.match(text.lower().split("/", 1)[0]):
            return None
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    host = host.rstrip(".").lower()
    if host.startswith("www."):
        host = host[4:]
    return host if _DOMAIN.match(host) else None


@dataclass(frozen=True)
class OutletTable:
    """Outlets by domain and by every name they go by."""

    by_domain: Mapping[str, Outlet] = field(default_factory=dict)
    by_name: Mapping[str, Outlet] = field(default_factory=dict)

    def extended(self, rows: Iterable[tuple[Outlet, tuple[str, ...], tuple[str, ...]]]) -> OutletTable:
        """This table with ``rows`` (outlet, domains, aliases) added; a row for a known name replaces it."""
        by_domain = dict(self.by_domain)
        by_name = dict(self.by_name)
        for outlet, domains, aliases in rows:
            for domain in domains:
                by_domain[domain] = outlet
            for name in (outlet.name, *aliases):
                if name_key(name):
                    by_name[name_key(name)] = outlet
        return OutletTable(by_domain=by_domain, by_name=by_name)

    def by_host(self, host: str | None) -> Outlet | None:
        """The outlet of ``host`` or of the nearest domain above it (``edition.cnn.com`` is ``cnn.com``)."""
        if not host:
            return None
        labels = host.split(".")
        for start in range(len(labels) - 1):
            found = self.by_domain.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None

    def named(self, name: str | None) -> Outlet | None:
        """The outlet called ``name`` (or whose domain ``name`` is), if the table knows it."""
        if not name:
            return None
        return self.by_name.get(name_key(name)) or self.by_host(domain_of(name))


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split(";") if part.strip())


def _rows(text: str, source: str) -> list[tuple[Outlet, tuple[str, ...], tuple[str, ...]]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "name" not in [f.strip().lower() for f in reader.fieldnames]:
        raise MalformedInputError(source, f"an outlet table needs a header with {', '.join(OUTLET_TABLE_COLUMNS)}")
    rows = []
    try:
        for record in reader:
            cells = {(k or "").strip().lower(): (v if isinstance(v, str) else "") for k, v in record.items()}
            name = cells.get("name", "").strip()
            if not name:
                continue
            kind = cells.get("kind", "").strip().lower() or "unknown"
            if kind not in _KINDS:
                raise MalformedInputError(source, f"outlet {name!r}: kind {kind!r} is not one of {', '.join(_KINDS)}")
            domains = tuple(d for d in (domain_of(x) for x in _split(cells.get("domains"))) if d)
            outlet = Outlet(name=name, domain=domains[0] if domains else None, kind=kind)  # type: ignore[arg-type]
            rows.append((outlet, domains, _split(cells.get("aliases"))))
    except csv.Error as exc:
        raise MalformedInputError(source, f"cannot read outlet table ({exc})") from None
    return rows


def load_table(path: str | Path, base: OutletTable | None = None) -> OutletTable:
    """``base`` (the shipped table by default) extended with the outlets of the CSV file at ``path``."""
    text = read_capped_text(path, "outlet table", MAX_TABLE_BYTES)
    return (base or default_table()).extended(_rows(text, str(path)))


@lru_cache(maxsize=1)
def default_table() -> OutletTable:
    """The shipped table of major outlets."""
    text = resources.files("newsfuse").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    return OutletTable().extended(_rows(text, "newsfuse/data/outlets.csv"))


def is_news_org_name(name: str, table: OutletTable | None = None) -> bool:
    """Whether ``name`` reads as a news organisation's: one the table knows, or shaped like one.

    Shaped like one: a word joining a name and a news word ("TechWire"),
    words ending in one ("Daily Clarion News", "Port Elspeth Herald"), or
    an agency's or station's capitals ("GNA"). A person's name is not.
    """
    text = name.strip()
    return bool(text) and ((table or default_table()).named(text) is not None or bool(_NEWS_ORG_SHAPE.match(text)))


def is_agency_name(name: str) -> bool:
    """Whether an outlet's name says it is a news agency ("Port Elspeth Press Agency", "Harbour Newswire")."""
    return _AGENCY_NAME.search(name) is not None


def _credited(credit: str | None) -> str | None:
    """The organisation of a credit that published the copy: the last one it names."""
    if not credit:
        return None
    parts = [p.strip(" .()-–—") for p in _CREDIT_SPLIT.split(credit)]
    parts = [p for p in parts if p and any(ch.isalpha() for ch in p)]
    return parts[-1] if parts else None


def _unlisted(name: str, domain: str | None) -> Outlet:
    """An outlet the table does not know: the name the input gives it, an agency if its name says so."""
    return Outlet(name=name, domain=domain, kind="agency" if is_agency_name(name) else "unknown")


def _with_domain(outlet: Outlet, host: str | None) -> Outlet:
    """A known outlet keeps the table's domain; one the table gives none takes the article's."""
    if host and outlet.domain is None:
        return Outlet(name=outlet.name, domain=host, kind=outlet.kind)
    return outlet


def identify_outlet(
    table: OutletTable,
    *,
    stated: str | None = None,
    site: str | None = None,
    url: str | None = None,
    host: str | None = None,
    credit: str | None = None,
) -> Outlet | None:
    """The outlet of an article from the evidence the input gives (strongest first; see the module docstring).

    ``stated`` is an outlet named outright (JSONL field, sidecar, header
    line); ``site`` a page's site name; ``url`` the article's address and
    ``host`` a domain the page names (its canonical link); ``credit`` the
    organisation a byline or dateline credits.
    """
    domain = domain_of(url) or domain_of(host)
    stated = (stated or "").strip() or None
    if stated is not None:
        known = table.named(stated)
        return _with_domain(known, domain) if known else _unlisted(stated, domain)
    site = (site or "").strip() or None
    domain = domain or domain_of(site)
    known = table.named(site) or table.by_host(domain)
    if known is not None:
        return _with_domain(known, domain)
    if site is not None and domain_of(site) is None:
        return _unlisted(site, domain)
    if domain is not None:
        return Outlet(name=domain, domain=domain)
    credited = _credited(credit)
    if credited is not None and is_news_org_name(credited, table):
        return table.named(credited) or _unlisted(credited, None)
    return None


def outlets_of(articles: Iterable[Article]) -> tuple[Outlet, ...]:
    """The outlets that published ``articles``, each once, in order of first article."""
    found: dict[str, Outlet] = {}
    for article in articles:
        outlet = article.publisher
        if outlet is not None:
            found.setdefault(name_key(outlet.name) or outlet.name, outlet)
    return tuple(found.values())


SHAPES: tuple[Shape, ...] = (
    Shape(
        "news_organisation_name",
        "is_news_org_name",
        _NEWS_ORG_SHAPE,
        "Port Elspeth Evening Herald",
        "Port Elspeth Harbour Board",
    ),
    Shape("agency_name", "is_agency_name", _AGENCY_NAME, "Ostland Press Agency", "Ostland Press Club"),
)
"""The shapes of a news organisation's name this module reads (the table of outlets aside)."""
