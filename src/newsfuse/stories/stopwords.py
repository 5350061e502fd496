"""Words that say nothing about which event an article covers.

English function words, the verbs of attribution every news article uses
(``said``, ``told``), honorifics, and calendar words (weekdays and months
recur in every story; the publication date carries the time instead).
"""

from __future__ import annotations

__all__ = ["STOPWORDS"]

_FUNCTION = """
a about above after again against all almost also although always am among an and another any anyone anything
are aren around as at away back be became because become becomes been before being below between both but by
can cannot could couldn did didn do does doesn doing don done down during each either else enough even ever every
few for from further get gets getting go goes going gone got had hadn has hasn have haven having he her here hers
herself him himself his how however i if in into is isn it its itself just least less let like made make makes
many may me might more most much must my myself neither never no nor not now of off often on once one only onto
or other others otherwise our ours ourselves out over own per perhaps put quite rather really same see seen shall
she should shouldn since so some someone something still such than that the their theirs them themselves then
there these they this those though through thus to too toward towards under until up upon us very via was wasn we
were weren what whatever when where whether which while who whom whose why will with within without won would
wouldn yet you your yours yourself yourselves s t ll ve re d m
"""

_NEWS = """
said says say saying told tell tells according added asked reported reports report statement statements spokesman
spokeswoman spokesperson interview news article read update updated new first last next two three four five six
seven eight nine ten year years week weeks day days today yesterday tomorrow time times people thing things way
mr mrs ms dr sir lord lady rep sen gov jr sr st inc co ltd
include includes including well want wants wanted think thinks believe going know known need needs needed
call called calls come comes came take takes took taken give gives gave given use used using many much
"""

_CALENDAR = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening night tonight
"""

STOPWORDS: frozenset[str] = frozenset((_FUNCTION + _NEWS + _CALENDAR).split())
