"""Wire agencies by the names they sign with ("(AP) —", "Reuters contributed to this report").

Proper names, matched with their case ("AP", "dpa"):
:data:`newsfuse.lexicon.PROPER_NAME_LISTS`. Order matters where one name
starts another: the longer is tried first where it must be ("United Press
International" is found whole, "UPI" as itself).
"""

from __future__ import annotations

__all__ = ["NEWS_AGENCIES"]

NEWS_AGENCIES: tuple[str, ...] = (
    "Associated Press",
    "AP",
    "Reuters",
    "Agence France-Presse",
    "AFP",
    "PA Media",
    "Press Association",
    "dpa",
    "Bloomberg",
    "UPI",
    "United Press International",
    "EFE",
    "ANSA",
    "Xinhua",
    "Kyodo",
    "Canadian Press",
    "AAP",
    "PTI",
    "ANI",
    "Yonhap",
    "TASS",
    "Interfax",
)
"""The agencies, in the order the credit patterns try them."""
