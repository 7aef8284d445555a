"""Time the lexical stage alone (`lexical.lexical_links`) on a synthetic corpus; report, never assert.

    python bench/bench_lexical.py 1000 3000        # one fresh process per size
    python bench/bench_lexical.py 1000 --profile   # also the top of a cProfile

Each size runs in its own process: the corpus is generated and cleaned, its
word index built (cached under /tmp by size, since this part is not what is
measured), then `lexical_links` is timed alone: CPU seconds, peak resident
memory growth during the stage (VmHWM, reset before, against VmRSS before), the number
of links and a hash of them (the same hash before and after a change to the
stage's speed says its output did not move).
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "src"))


def _reset_peak() -> None:
    """Linux: start the peak resident size (VmHWM) again from the current size,
    so the peak read after the stage is the stage's, not the corpus loading's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _status_mb(field: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _docs(n: int):
    cache = Path(f"/tmp/parallax-lexbench-{n}.pickle")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from corpus import generate
    from tui.core.aligned import prepare_docs
    from tui.core.story import prepare_sources
    docs = prepare_docs(prepare_sources(generate(n).raw_sources(), jobs=1))
    cache.write_bytes(pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))
    return docs


def worker(n: int, profile: bool) -> None:
    from tui.core import lexical
    docs = _docs(n)
    gc.collect()
    gc.disable()  # as the analysis runs it (story._collector_paused)
    _reset_peak()
    before = _status_mb("VmRSS")
    t0 = time.process_time()
    if profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        regions = prof.runcall(lexical.lexical_links, docs)
    else:
        regions = lexical.lexical_links(docs)
    cpu = time.process_time() - t0
    peak = _status_mb("VmHWM") - before
    h = hashlib.sha256(repr([tuple(vars(r).values()) for r in regions]).encode()).hexdigest()[:16]
    print(f"{n:>6} articles  lexical {cpu:7.2f} s CPU  peak +{peak:6.0f} MB  "
          f"{len(regions)} links  hash {h}", flush=True)
    if profile:
        pstats.Stats(prof).sort_stats("tottime").print_stats(12)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--worker":
        worker(int(argv[1]), "--profile" in argv)
        return 0
    profile = "--profile" in argv
    for n in [int(a) for a in argv if a.isdigit()] or [1000]:
        subprocess.run([sys.executable, __file__, "--worker", str(n)] + (["--profile"] if profile else []),
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
