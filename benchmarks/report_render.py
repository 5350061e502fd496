"""How fast the reports render: Python render time per format and the HTML page's load time in Chromium.

Run from the repository root (reads ../shared/eval/basil-dev, 150 articles):

    .venv/bin/python benchmarks/report_render.py [--grouping pipeline|events] [--repeat 3]

``pipeline`` renders the report as ``newsfuse analyze`` groups it; ``events``
regroups the same report into the 50 BASIL events (stories listed in
meta.json), the size the issue names. The page load is timed from navigation
to the second animation frame after ``load`` (parsed, laid out, painted) in
headless system Chromium; it is skipped when Chromium or Playwright is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsfuse.model import Report
from newsfuse.pipeline import analyze
from newsfuse.report import render

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from report_fixture import CHROMIUM_ARGS, regroup  # noqa: E402  (shared with the browser tests)

BASIL = ROOT.parent / "shared" / "eval" / "basil-dev"
CHROMIUM = Path("/usr/bin/chromium")


def basil(grouping: str) -> Report:
    report = analyze([BASIL / "articles"])
    if grouping == "pipeline":
        return report
    return regroup(report, json.loads((BASIL / "meta.json").read_text(encoding="utf-8"))["stories"])


def browser_load_seconds(html: Path, repeat: int) -> list[float] | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not CHROMIUM.exists():
        return None
    times: list[float] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(html.as_uri(), wait_until="load")
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            times.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grouping", choices=["pipeline", "events"], default="events")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not BASIL.exists():
        print(f"{BASIL} is absent", file=sys.stderr)
        return 2
    report = basil(args.grouping)
    print(f"basil-dev: {len(report.articles)} articles, {len(report.stories)} stories ({args.grouping} grouping)")
    documents: dict[str, str] = {}
    for fmt in ("text", "markdown", "html"):
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            documents[fmt] = render(report, fmt)
            times.append(time.perf_counter() - start)
        size = len(documents[fmt].encode("utf-8")) / 1024
        print(f"render {fmt:<8} median {statistics.median(times):.3f} s  ({size:.0f} KiB)")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "basil.html"
        page.write_text(documents["html"], encoding="utf-8")
        loads = browser_load_seconds(page, args.repeat)
    if loads is None:
        print("browser load: skipped (no Chromium or Playwright)")
    else:
        print(f"browser load+paint median {statistics.median(loads):.2f} s, max {max(loads):.2f} s (target < 3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
