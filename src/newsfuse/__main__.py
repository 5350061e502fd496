"""``python -m newsfuse``."""

from newsfuse.cli import main

main()
