"""Time each stage of one cold analysis (./sources and synthetic corpora); report, never assert.

    python bench/stage_times.py                 # ./sources and 200 articles, best of 5 / 3
    python bench/stage_times.py --sizes 50,200 --runs 3
    python bench/stage_times.py --profile 200   # also the top of a cProfile of one run
    python bench/stage_times.py --sizes 1000,2000,4000 --runs 1 --peak   # growth, with peak memory

A stage's time is from its progress report to the next one (the stage
names `build_story` reports), in one process (jobs 1): the speech
reading then runs in this process too, inside "finding actors and
statements". Each figure is the best of the runs (the machine is shared:
the minimum is the least disturbed). With --peak, each synthetic size runs
in a fresh process of its own and its peak resident memory (`ru_maxrss`:
the corpus, the Story and everything made on the way) is printed under its
table; with several sizes, a last table gives each stage's growth from one
size to the next (a doubling of the folder should about double a stage).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
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


def table(label: str, raws, runs: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(runs):
        for k, v in _stages(raws, label).items():
            best[k] = min(best.get(k, v), v)
    print_table(label, best, runs)
    return best


def print_table(label: str, best: dict[str, float], runs: int) -> None:
    scale, unit = (1000, "ms") if best["total"] < 1 else (1, "s")
    print(f"{label}: best of {runs} ({'wall' if _clock is time.perf_counter else 'CPU'} time)")
    for k, v in best.items():
        print(f"  {k:<32} {v * scale:9.3f} {unit}")


def _peak_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024  # Linux: kilobytes


def _in_fresh_process(n: int, runs: int) -> dict[str, float]:
    """One size's table from a process of its own, so its peak memory is its own."""
    cmd = [sys.executable, __file__, "--one", str(n), "--runs", str(runs)]
    if _clock is time.perf_counter:
        cmd.append("--wall")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    best = json.loads(out)
    peak = best.pop("peak MB")
    print_table(f"{n} articles", best, runs)
    print(f"  {'peak memory':<32} {peak:9.0f} MB")
    best["peak MB"] = peak
    return best


def growth(sizes: list[int], tables: list[dict[str, float]]) -> None:
    """Each stage's ratio from one size to the next (1.0 = flat, size ratio = linear)."""
    print("growth, each size against the one before (" + " / ".join(
        f"{b}/{a} = {b / a:.1f}x" for a, b in zip(sizes, sizes[1:])) + ")")
    for k in tables[0]:
        ratios = [f"{t1[k] / t0[k]:6.2f}" if t0.get(k) else "     -" for t0, t1 in zip(tables, tables[1:])]
        print(f"  {k:<32} {' '.join(ratios)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="200")
    ap.add_argument("--runs", type=int, default=0, help="runs per corpus (default 5 for ./sources, 3 else)")
    ap.add_argument("--profile", type=int, default=None, help="N: cProfile one run at N (0 = ./sources)")
    ap.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    ap.add_argument("--peak", action="store_true",
                    help="each size in a fresh process, with its peak memory; stage growth between sizes")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # (--peak's child: one size, JSON)
    args = ap.parse_args(argv)
    if args.wall:
        global _clock
        _clock = time.perf_counter
    from corpus import generate
    from tui.core.loading import load_raw_sources

    if args.one is not None:
        _stages(load_raw_sources([str(ROOT / "sources")])[0], "warm-up")  # (imports and caches, as below)
        raws = generate(args.one).raw_sources()
        best: dict[str, float] = {}
        for _ in range(args.runs or 3):
            for k, v in _stages(raws, "one").items():
                best[k] = min(best.get(k, v), v)
        print(json.dumps({**best, "peak MB": _peak_mb()}))
        return 0
    raws, _ = load_raw_sources([str(ROOT / "sources")])
    _stages(raws, "warm-up")
    table("./sources", raws, args.runs or 5)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    tables = [_in_fresh_process(n, args.runs or 3) if args.peak else table(f"{n} articles", generate(n).raw_sources(),
                                                                            args.runs or 3)
              for n in sizes]
    if len(sizes) > 1:
        growth(sizes, tables)
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
