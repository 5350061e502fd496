"""Online platforms and the words that say who put something on one ("posted on the site by a user named …")."""

from __future__ import annotations

from newsfuse.lexicon._build import select, words

__all__ = ["ACCOUNT_NOUNS", "ONLINE_SERVICES", "PLATFORMS", "POSTED_MEDIA", "POSTING_VERBS", "SHARE_PLATFORMS"]

ONLINE_SERVICES: frozenset[str] = words(
    """
    youtube twitter facebook instagram tiktok reddit vimeo flickr tumblr snapchat twitch telegram linkedin myspace
    pinterest rumble bluesky mastodon weibo wechat whatsapp messenger flipboard x threads
    """
)
"""Online services by their names, lower case: the inventory :data:`PLATFORMS` and :data:`SHARE_PLATFORMS` select
from."""

PLATFORMS: frozenset[str] = select(
    """
    youtube twitter facebook instagram tiktok reddit vimeo flickr tumblr snapchat twitch telegram linkedin myspace
    pinterest rumble bluesky mastodon weibo wechat
    """,
    ONLINE_SERVICES,
)
"""Platforms on which an account posts, lower case (a post names its platform: "posted on Vimeo")."""

SHARE_PLATFORMS: frozenset[str] = select(
    "whatsapp facebook messenger twitter x linkedin reddit pinterest telegram flipboard bluesky threads mastodon",
    ONLINE_SERVICES,
)
"""Services a page's share bar sends the article to, lower case ("Share: Facebook | WhatsApp | X"; the cleaner's
``share bar`` furniture, :mod:`newsfuse.ingest.furniture`)."""

ACCOUNT_NOUNS: frozenset[str] = words("account user username handle channel profile")
"""Nouns that introduce an account's name ("a user called …", "the channel …")."""

POSTING_VERBS: frozenset[str] = words("posted uploaded published tweeted")
"""Past forms of first putting something on a platform, after which "by"/"under" names the account ("shared",
"reposted" are left out: a second account passing the thing on is no disagreement about the first)."""

POSTED_MEDIA: frozenset[str] = words("video clip footage photo photograph picture image recording tape livestream")
"""Things a story is about that one account posts once (a video, a photo), unlike posts and tweets, of which an
account or a story has many; singular (a plural's final s is dropped before looking a word up)."""
