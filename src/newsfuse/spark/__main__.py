"""``spark-submit -m newsfuse.spark INPUT... --output DIR``: the same as ``newsfuse spark``."""

from newsfuse.spark.job import main

main()
