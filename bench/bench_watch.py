"""Watch-mode updates, stage by stage: report, never assert.

    python bench/bench_watch.py               # N = 1000
    python bench/bench_watch.py --n 200       # any size
    python bench/bench_watch.py --check       # also compare each update's Story with a cold one
    python bench/bench_watch.py --jobs 2      # speech in a child process, as the reader runs it

The synthetic corpus (bench/corpus.py) of N articles: the first N-1 are
analysed cold with a CleaningMemo (timed: "cold N-1"), then three updates
are timed, each against the memo the previous one left:

* add     -- the N-th article added at the end (the usual update);
* change  -- one article in the middle edited (a sentence appended);
* remove  -- that article removed again.

"total" is wall time, "cpu" this process's CPU time (steadier when other
programs share the cores). Each row splits the time by stage (the functions `story._build` calls,
wrapped for timing; with --jobs 1 one process). "held MB" is the RSS
(current, from /proc) after the step with its Story dropped, minus the RSS
before the first analysis: what the memo holds between updates (freed
memory Python keeps for reuse is counted too); "peak MB" the process's peak
RSS so far.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT / "src") not in sys.path:
    sys.path.insert(1, str(ROOT / "src"))

STAGES = {  # story module name → label
    "prepare_sources": "clean",
    "prepare_docs": "index",
    "lexical_links": "lexical",
    "paraphrase_links": "paraphrase",
    "cluster_links": "cluster",
    "passages_from_clusters": "passages",
    "links_from_regions": "links",
    "read_speech": "speech read",
    "finish_speech": "speech finish",
    "pair_intervals": "lineage",
    "trace_lineage": "lineage",
    "coverage": "coverage",
}
MEMO_STAGES = {  # CleaningMemo / LexicalMemo methods → label
    "segmented": "clean",
    "aligned": "index",
    "links": "lexical",
    "per_source": "per source",
    "reading": "speech read",
}


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._depth = 0

    def wrap(self, label: str, fn):
        def timed(*args, **kw):
            if self._depth:  # nested: counted by the outer stage
                return fn(*args, **kw)
            self._depth += 1
            t = time.perf_counter()
            try:
                return fn(*args, **kw)
            finally:
                self.spent[label] += time.perf_counter() - t
                self._depth -= 1
        return timed


def install(timer: Timer) -> None:
    from tui.core import incremental, story

    for name, label in STAGES.items():
        setattr(story, name, timer.wrap(label, getattr(story, name)))
    for cls in (incremental.CleaningMemo, incremental.LexicalMemo, getattr(incremental, "SpeechMemo", object)):
        for name, label in MEMO_STAGES.items():
            if name in cls.__dict__:
                setattr(cls, name, timer.wrap(label, cls.__dict__[name]))


def run(n: int, check: bool, jobs: int = 1) -> None:
    from corpus import generate
    from tui.core.serialize import story_to_dict
    from tui.core.story import CleaningMemo, build_story
    from tui.core.loading import RawSource

    raws = generate(n).raw_sources()
    mid = len(raws) // 2
    edited = RawSource(raws[mid].id, raws[mid].path,
                       raws[mid].text + "\n\nThe council will meet again on Thursday to vote on the plan.\n",
                       raws[mid].meta)
    build_story(generate(3, seed=1).raw_sources(), name="warm-up", jobs=1)
    timer = Timer()
    install(timer)
    gc.collect()
    base = _rss_mb()
    memo = CleaningMemo()
    rows = []
    notes = []
    steps = [("cold N-1", raws[:-1], None), ("add", raws, None),
             ("change", raws[:mid] + [edited] + raws[mid + 1:], None),
             ("remove", raws[:mid] + raws[mid + 1:], None)]
    for label, folder, _ in steps:
        timer.spent.clear()
        t, cpu = time.perf_counter(), time.process_time()
        story = build_story(folder, name="synthetic", jobs=jobs, memo=memo)
        total, cpu = time.perf_counter() - t, time.process_time() - cpu
        par = getattr(memo, "paraphrase", None)  # (absent before watch mode kept paraphrase scores)
        notes.append((f"{label}: paraphrase {'planned afresh' if par.fresh else 'kept'}, {par.scored} sentence pairs "
                      f"scored, {par.kept} outcomes kept; " if par else f"{label}: ")
                     + f"lexical links of {memo.lexical.reused} pairs reused, "
                     f"{memo.lexical.computed} computed; {memo.reused} sources' cleaning reused"
                     + (f"; speech: names {memo.speech.replayed[0]} sources replayed, {memo.speech.read[0]} read, "
                        f"statements {memo.speech.replayed[1]} replayed, {memo.speech.read[1]} read"
                        if hasattr(memo, "speech") else ""))
        spent = dict(timer.spent)
        equal = None
        if check and label != "cold N-1":
            equal = story_to_dict(story) == story_to_dict(build_story(folder, name="synthetic", jobs=1))
        del story
        gc.collect()
        rows.append((label, total, cpu, spent, _rss_mb() - base, _peak_mb(), equal))
    labels = list(dict.fromkeys([*STAGES.values(), "per source"]))
    head = f"{'update':<9} {'total':>7} {'cpu':>7} " + " ".join(f"{x[:10]:>10}" for x in labels) + \
        f" {'other':>7} {'held MB':>8} {'peak MB':>8}" + (" equal" if check else "")
    print(f"N = {n}, jobs {jobs}" + (" (speech in a child beside the passage engine: its stages overlap)" if jobs > 1 else ""))
    print(head)
    print("-" * len(head))
    for label, total, cpu, spent, held, peak, equal in rows:
        other = total - sum(spent.values())
        print(f"{label:<9} {total:>6.2f}s {cpu:>6.2f}s " + " ".join(f"{spent.get(x, 0.0):>9.2f}s" for x in labels)
              + f" {other:>6.2f}s {held:>8.0f} {peak:>8.0f}" + (f" {equal}" if check else ""))
    print("cpu = this process's CPU time for the step (the stages' columns are wall time; on a busy machine cpu is the steadier figure).")
    print("held MB = RSS after the step (Story dropped) minus before the first analysis: what the memo keeps.")
    for line in notes:
        print("  " + line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--check", action="store_true", help="compare each update's Story with a cold analysis")
    ap.add_argument("--jobs", type=int, default=1, help="processes (the reader uses one per idle core)")
    args = ap.parse_args(argv)
    run(args.n, args.check, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
