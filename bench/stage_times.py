"""Time each stage of one cold analysis (./sources and synthetic corpora); report, never assert.

    python bench/stage_times.py                 # ./sources and 200 articles, best of 5 / 3
    python bench/stage_times.py --sizes 50,200 --runs 3
    python bench/stage_times.py --profile 200   # also the top of a cProfile of one run

A stage's time is from its progress report to the next one (the stage
names `build_story` reports), in one process (jobs 1): the speech
reading then runs in this process too, inside "finding actors and
statements". Each figure is the best of the runs (the machine is shared:
the minimum is the least disturbed).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT / "src") not in sys.path:
    sys.path.insert(1, str(ROOT / "src"))


# CPU seconds of this process by default: with jobs 1 the whole analysis
# runs here, and on a shared machine the CPU time hardly moves with the
# other load, where the wall time doubles (--wall to see that instead).
_clock = time.process_time


def _stages(raws, name: str) -> dict[str, float]:
    from tui.core.story import build_story

    stamps: list[tuple[str, float]] = []

    def progress(stage: str, _fraction: float) -> None:
        if not stamps or stamps[-1][0] != stage:
            stamps.append((stage, _clock()))

    gc.collect()
    t0 = _clock()
    build_story(raws, name=name, progress=progress, jobs=1)
    end = _clock()
    out = {stage: (stamps[i + 1][1] if i + 1 < len(stamps) else end) - t
           for i, (stage, t) in enumerate(stamps)}
    out["total"] = end - t0
    return out


def table(label: str, raws, runs: int) -> None:
    best: dict[str, float] = {}
    for _ in range(runs):
        for k, v in _stages(raws, label).items():
            best[k] = min(best.get(k, v), v)
    scale, unit = (1000, "ms") if best["total"] < 1 else (1, "s")
    print(f"{label}: best of {runs} ({'wall' if _clock is time.perf_counter else 'CPU'} time)")
    for k, v in best.items():
        print(f"  {k:<32} {v * scale:9.3f} {unit}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="200")
    ap.add_argument("--runs", type=int, default=0, help="runs per corpus (default 5 for ./sources, 3 else)")
    ap.add_argument("--profile", type=int, default=None, help="N: cProfile one run at N (0 = ./sources)")
    ap.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    args = ap.parse_args(argv)
    if args.wall:
        global _clock
        _clock = time.perf_counter
    from corpus import generate
    from tui.core.loading import load_raw_sources

    raws, _ = load_raw_sources([str(ROOT / "sources")])
    _stages(raws, "warm-up")
    table("./sources", raws, args.runs or 5)
    for n in (int(x) for x in args.sizes.split(",") if x):
        table(f"{n} articles", generate(n).raw_sources(), args.runs or 3)
    if args.profile is not None:
        import cProfile
        import pstats
        from tui.core.story import build_story

        raws = raws if args.profile == 0 else generate(args.profile).raw_sources()
        prof = cProfile.Profile()
        prof.runcall(build_story, raws, name="p", jobs=1)
        pstats.Stats(prof).sort_stats("tottime").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
