"""Driver script: ``spark-submit newsfuse/spark/__main__.py INPUT... --output DIR``.

The same as ``newsfuse spark`` and ``python -m newsfuse.spark``.
"""

from newsfuse.spark.job import main

main()
