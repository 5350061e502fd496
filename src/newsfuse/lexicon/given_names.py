"""Short and long forms of common English given names.

Story clustering folds a short form into its long form in name terms, so that
``Joe Lieberman`` and ``Joseph Lieberman`` are one name.
"""

from __future__ import annotations

__all__ = ["GIVEN_NAME_VARIANTS"]

_PAIRS = """
abe:abraham al:albert alex:alexander andy:andrew ben:benjamin bernie:bernard bill:william billy:william
bob:robert bobby:robert rob:robert chris:christopher chuck:charles charlie:charles dan:daniel danny:daniel
dave:david dick:richard rick:richard ed:edward eddie:edward ted:edward fred:frederick gene:eugene greg:gregory
hank:henry harry:henry jack:john jake:jacob jim:james jimmy:james jerry:gerald jeff:jeffrey joe:joseph
johnny:john jon:jonathan ken:kenneth kenny:kenneth larry:lawrence matt:matthew mike:michael mick:michael
mitch:mitchell nate:nathan nick:nicholas pat:patrick pete:peter phil:philip ray:raymond ron:ronald
sam:samuel steve:stephen stan:stanley tim:timothy tom:thomas tommy:thomas tony:anthony vince:vincent
walt:walter will:william liz:elizabeth beth:elizabeth betsy:elizabeth kate:katherine kathy:katherine
cathy:catherine sue:susan susie:susan jenny:jennifer jen:jennifer debbie:deborah deb:deborah meg:margaret
peggy:margaret maggie:margaret patty:patricia pam:pamela barb:barbara cindy:cynthia sandy:sandra
vicky:victoria
"""

GIVEN_NAME_VARIANTS: dict[str, str] = dict(pair.split(":") for pair in _PAIRS.split())
"""Short form -> the long form it stands for (``joe`` -> ``joseph``)."""
