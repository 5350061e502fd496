"""Countries, the short names news prose uses for them, their people and capitals (a gazetteer).

A general gazetteer, not a list for any article: a capital stands for its
government in news prose ("talks between Ottawa and Canberra"), so it is an
alias of the country; a demonym ("British", "Russian") qualifies a role ("the
Russian president") and tells which country's office-holder is meant.
Kept small: the countries most often in English-language news. Proper names:
their case is kept (:data:`newsfuse.lexicon.PROPER_NAME_LISTS`);
:mod:`newsfuse.article.places` looks them up without case.
"""

from __future__ import annotations

__all__ = ["COUNTRIES"]

# canonical name: (other names and capitals, demonyms)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "United States": (
        (
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "America",
            "the States",
            "Washington",
            "Washington DC",
            "United States of America",
        ),
        ("American", "US", "U.S."),
    ),
    "United Kingdom": (
        ("UK", "U.K.", "Britain", "Great Britain", "London", "United Kingdom"),
        ("British", "UK", "U.K."),
    ),
    "Russia": (("Russian Federation", "Moscow", "Kremlin"), ("Russian",)),
    "Ukraine": (("Kyiv", "Kiev"), ("Ukrainian",)),
    "France": (("Paris",), ("French",)),
    "Germany": (("Berlin",), ("German",)),
    "Italy": (("Rome",), ("Italian",)),
    "Spain": (("Madrid",), ("Spanish",)),
    "Poland": (("Warsaw",), ("Polish",)),
    "Netherlands": (("the Netherlands", "Holland", "Amsterdam", "The Hague"), ("Dutch",)),
    "Belgium": (("Brussels",), ("Belgian",)),
    "Ireland": (("Dublin",), ("Irish",)),
    "Canada": (("Ottawa",), ("Canadian",)),
    "Mexico": (("Mexico City",), ("Mexican",)),
    "Brazil": (("Brasilia", "Brasília"), ("Brazilian",)),
    "China": (("Beijing", "People's Republic of China"), ("Chinese",)),
    "Japan": (("Tokyo",), ("Japanese",)),
    "India": (("New Delhi", "Delhi"), ("Indian",)),
    "Pakistan": (("Islamabad",), ("Pakistani",)),
    "Afghanistan": (("Kabul",), ("Afghan",)),
    "Iran": (("Tehran",), ("Iranian",)),
    "Iraq": (("Baghdad",), ("Iraqi",)),
    "Syria": (("Damascus",), ("Syrian",)),
    "Israel": (("Jerusalem", "Tel Aviv"), ("Israeli",)),
    "Egypt": (("Cairo",), ("Egyptian",)),
    "Libya": (("Tripoli",), ("Libyan",)),
    "Turkey": (("Ankara", "Türkiye"), ("Turkish",)),
    "Saudi Arabia": (("Riyadh",), ("Saudi",)),
    "North Korea": (("Pyongyang",), ("North Korean",)),
    "South Korea": (("Seoul",), ("South Korean",)),
    "Australia": (("Canberra",), ("Australian",)),
    "Cuba": (("Havana",), ("Cuban",)),
    "Venezuela": (("Caracas",), ("Venezuelan",)),
    "Greece": (("Athens",), ("Greek",)),
    "Sweden": (("Stockholm",), ("Swedish",)),
    "Norway": (("Oslo",), ("Norwegian",)),
    "Denmark": (("Copenhagen",), ("Danish",)),
    "Finland": (("Helsinki",), ("Finnish",)),
    "Haiti": (("Port-au-Prince",), ("Haitian",)),
    "Palestine": (("Gaza", "West Bank", "Ramallah"), ("Palestinian",)),
    "European Union": (("EU", "E.U."), ()),
}
