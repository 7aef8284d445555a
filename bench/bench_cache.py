"""Opening a folder again: cold analysis against the story read back from the cache.

    python bench/bench_cache.py                 # ./sources, N = 50, 200, 1000
    python bench/bench_cache.py --sizes 50,200

For each size the synthetic corpus (bench/corpus.py) is written to a
temporary folder; `analyze_paths` runs once with an empty cache (cold:
analysis plus writing the cache) and then again (cached: reading back).
"reader" is the time from starting the reader on the folder, cache warm,
until the reader screen with every pane is shown. Reports, never asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

TARGET_CACHED_1000 = 1.0


def _time(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


async def _reader_seconds(folder: Path, cache) -> float:
    from tui.reader.app import ParallaxApp
    from tui.reader.reader_screen import ReaderScreen

    app = ParallaxApp(paths=[str(folder)], cache=cache)
    t = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        while not isinstance(app.screen, ReaderScreen):
            await pilot.pause(0.01)
        await pilot.pause()
        return time.perf_counter() - t


def measure(folder: Path) -> dict:
    from tui.core.cache import StoryCache
    from tui.core.story import analyze_paths

    with tempfile.TemporaryDirectory() as tmp:
        cache = StoryCache(Path(tmp))
        cold, story = _time(lambda: analyze_paths([str(folder)], cache=cache))
        cached = min(_time(lambda: analyze_paths([str(folder)], cache=cache))[0] for _ in range(3))
        reader = asyncio.run(_reader_seconds(folder, cache))
        size = cache.usage().bytes
    return {"n": len(story.sources), "cold": cold, "cached": cached, "reader": reader, "mb": size / 2**20}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="50,200,1000", help="comma-separated synthetic corpus sizes")
    args = ap.parse_args(argv)
    from corpus import generate

    rows = [("./sources", measure(ROOT / "sources"))]
    for n in (int(x) for x in args.sizes.split(",") if x):
        with tempfile.TemporaryDirectory() as tmp:
            generate(n).write(tmp)
            rows.append((f"synthetic {n}", measure(Path(tmp))))
    print(f"{'folder':<16} {'sources':>7} {'cold':>9} {'cached':>9} {'speed-up':>8} {'reader':>8} {'cache MB':>8}")
    for name, r in rows:
        print(f"{name:<16} {r['n']:>7} {r['cold']:>8.2f}s {r['cached']:>8.3f}s {r['cold'] / r['cached']:>7.0f}× "
              f"{r['reader']:>7.2f}s {r['mb']:>8.1f}")
    big = [r for name, r in rows if r["n"] >= 1000]
    if big:
        verdict = "PASS" if big[0]["reader"] <= TARGET_CACHED_1000 else "FAIL"
        print(f"reader on 1000 cached articles: {big[0]['reader']:.2f} s (target ≤ {TARGET_CACHED_1000:g} s) {verdict}")
    print("incremental update (watch mode: an article added, changed, removed at 1000, stage by stage):"
          " bench/bench_watch.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
