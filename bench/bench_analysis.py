"""Time the analysis core on synthetic corpora and on ./sources; report, never assert.

    python bench/bench_analysis.py                  # N = 5, 50, 200, 1000
    python bench/bench_analysis.py --quick          # N = 5, 50
    python bench/bench_analysis.py --sizes 200,500  # any sizes
    python bench/bench_analysis.py --jobs 4         # the parallel run with 4 processes
    python bench/bench_analysis.py --update         # also a watch-mode update (one article added)
    python bench/bench_analysis.py --large          # also N = 10000 (minutes; use --jobs 1)

Each size is timed twice in the same process: with --jobs 1 (one process:
the time, memory and recall columns) and with --jobs N (default: one per
core; the "jobs N" and "speed-up" columns, and the CPU seconds of the parent
and its workers together, whose excess over the one-process time is what
the workers cost). On a busy machine the parallel time says more about the
other load than about Parallax; the CPU column does not.

Each corpus size runs in its own fresh Python process (so memory figures are
not polluted by the previous size): it generates the corpus (bench/corpus.py,
deterministic), then times `build_story` on in-memory RawSource objects and
reads `ru_maxrss` (peak resident set size) before and after. Recall compares
the passages found with the reuse the generator planted.

The baseline is the naive approach: difflib.SequenceMatcher over the word
lists of every pair of articles (autojunk off), keeping matching blocks of at
least 8 words. It is run only where its estimated time (from a sample of
pairs) stays under --baseline-limit seconds; beyond that the estimate is
printed instead.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import itertools
import json
import os
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

DEFAULT_SIZES = (5, 50, 200, 1000)
QUICK_SIZES = (5, 50)
LARGE_SIZE = 10_000  # --large: minutes and gigabytes, so never by default
BASELINE_MIN_WORDS = 8

TARGETS = {
    "sources_ms": 50.0,
    "t200": 5.0,
    "t1000": 30.0,
    "mem1000_mb": 1024.0,
    "ratio": 6.0,
}

# Issue 12's tighter goals, reported beside issue 8's.
TARGETS_12 = {
    "t200": 2.0,
    "t1000": 10.0,
    "mem1000_mb": 600.0,
    "t10000": 150.0,
    "mem10000_mb": 4096.0,
    "growth": 12.0,  # time(10000) / time(1000)
}


def _maxrss_mb() -> float:
    # Linux reports kilobytes, macOS bytes.
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


# ---------------------------------------------------------------- worker (one size)


def _baseline(corpus, limit: float) -> dict:
    """Naive all-pairs difflib over word lists; skipped when estimated over `limit` s."""
    from corpus import score
    from tui.core.text import tokenize

    docs = [(a.id, tokenize(a.text)) for a in corpus.articles]
    words = [[t.norm for t in toks] for _, toks in docs]
    n = len(docs)
    n_pairs = n * (n - 1) // 2
    if not n_pairs:
        return {"seconds": 0.0, "estimated": False, "recall": None, "found": 0}

    def pairs():  # (made as needed: at 10,000 articles the list of 50 M pairs was itself 4+ GB)
        return ((i, j) for i in range(n) for j in range(i + 1, n))

    sample = list(itertools.islice(pairs(), 0, None, max(1, n_pairs // 40)))[:40]
    t = time.perf_counter()
    for i, j in sample:
        difflib.SequenceMatcher(None, words[i], words[j], autojunk=False).get_matching_blocks()
    estimate = (time.perf_counter() - t) / len(sample) * n_pairs
    if estimate > limit:
        return {"seconds": round(estimate, 1), "estimated": True, "recall": None, "found": None}
    groups = []
    t = time.perf_counter()
    for i, j in pairs():
        sm = difflib.SequenceMatcher(None, words[i], words[j], autojunk=False)
        for a, b, n in sm.get_matching_blocks():
            if n >= BASELINE_MIN_WORDS:
                ta, tb = docs[i][1], docs[j][1]
                groups.append([(docs[i][0], ta[a].start, ta[a + n - 1].end),
                               (docs[j][0], tb[b].start, tb[b + n - 1].end)])
    seconds = time.perf_counter() - t
    sc = score(corpus, groups)
    return {"seconds": round(seconds, 3), "estimated": False, "found": len(groups),
            "recall": sc["all"], "detail": {k: v for k, v in sc.items() if k != "extra"}}


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and its children)."""
    c, t = _cpu(), time.perf_counter()
    fn()
    return time.perf_counter() - t, _cpu() - c


def _update(raws, jobs: int) -> dict:
    """Watch mode: the folder without its last article analysed with a
    CleaningMemo, then the whole folder (one article added) timed."""
    from tui.core.story import CleaningMemo, build_story

    memo = CleaningMemo()
    build_story(raws[:-1], name="synthetic", jobs=jobs, memo=memo)
    stamps: dict[str, float] = {}
    t = time.perf_counter()
    build_story(raws, name="synthetic", jobs=jobs, memo=memo,
                progress=lambda stage, _f: stamps.setdefault(stage, time.perf_counter()))
    end = time.perf_counter()
    names = list(stamps) + ["end"]
    times = [*stamps.values(), end]
    stages = {names[i]: round(times[i + 1] - times[i], 2) for i in range(len(names) - 1)}
    lex = getattr(memo, "lexical", None)
    return {"seconds": end - t, "reused": memo.reused, "stages": stages,
            "pairs": (lex.reused, lex.reused + lex.computed) if lex else None}


def worker(n: int, baseline_limit: float, mem_limit_gb: float, jobs: int = 1, update: bool = False) -> dict:
    if mem_limit_gb > 0:  # address-space cap: a runaway size fails alone instead of swamping the machine
        cap = int(mem_limit_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from corpus import generate, largest_planted_cluster, passages_as_groups, score
    from tui.core.story import build_story

    # Warm up imports and caches on a tiny corpus (not counted).
    build_story(generate(3, seed=1).raw_sources(), name="warm-up", jobs=1)
    corpus = generate(n)
    raws = corpus.raw_sources()
    gc.collect()
    rss_before = _maxrss_mb()
    t = time.perf_counter()
    c = _cpu()
    try:
        story = build_story(raws, name="synthetic", jobs=1)
    except MemoryError:
        return {"n": n, "words": corpus.words, "error": f"MemoryError at the {mem_limit_gb:g} GB cap",
                "seconds": time.perf_counter() - t, "rss_mb": _maxrss_mb()}
    seconds = time.perf_counter() - t
    cpu1 = _cpu() - c
    rss_after = _maxrss_mb()
    runs = [seconds]
    if seconds < 0.5:  # small sizes: average a few more runs
        for _ in range(4):
            t = time.perf_counter()
            build_story(raws, name="synthetic", jobs=1)
            runs.append(time.perf_counter() - t)
    par = None
    if jobs > 1:  # the same Story over `jobs` processes (memory above is the one-process run's)
        gc.collect()
        timed = [_timed(lambda: build_story(raws, name="synthetic", jobs=jobs))
                 for _ in range(5 if seconds < 0.5 else 1)]
        par = {"jobs": jobs, "seconds": sum(w for w, _ in timed) / len(timed),
               "cpu": sum(c for _, c in timed) / len(timed), "cpu1": cpu1,
               "child_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}
    groups = passages_as_groups(story)
    sc = score(corpus, groups)
    cap = 2 * largest_planted_cluster(corpus)
    strict = score(corpus, groups, max_sources=cap)
    out = {
        "n": n,
        "words": corpus.words,
        "seconds": sum(runs) / len(runs),
        "runs": len(runs),
        "rss_mb": round(rss_after, 1),
        "rss_delta_mb": round(rss_after - rss_before, 1),
        "passages": len(story.passages),
        "recall": sc["all"],
        "extra": sc["extra"],
        "strict": strict["all"],
        "strict_detail": {k: v for k, v in strict.items() if k != "extra"},
        "cap": cap,
        "detail": {k: v for k, v in sc.items() if k != "extra"},
        "kinds": {k: sum(1 for p in story.passages if p.kind == k)
                  for k in ("verbatim", "near", "paraphrase")},
        "largest_passage": max((len(p.spans) for p in story.passages), default=0),
        "parallel": par,
        "load": round(os.getloadavg()[0], 2),
        "update": _update(raws, 1) if update and n > 1 else None,
    }
    del story
    gc.collect()
    out["baseline"] = _baseline(corpus, baseline_limit) if baseline_limit > 0 else None
    return out


# ---------------------------------------------------------------- driver


def run_size(n: int, baseline_limit: float, mem_limit_gb: float, timeout: float, jobs: int = 1,
             update: bool = False) -> dict | None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    try:
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--worker", str(n),
             "--baseline-limit", str(baseline_limit), "--mem-limit-gb", str(mem_limit_gb),
             "--jobs", str(jobs), *(["--update"] if update else [])],
            capture_output=True, text=True, env=env, timeout=timeout or None,
        )
    except subprocess.TimeoutExpired:
        return {"n": n, "error": f"stopped after the {timeout:g} s timeout", "seconds": timeout}
    if proc.returncode != 0:
        print(f"N={n}: worker failed (exit {proc.returncode}):\n{proc.stderr.strip()[-2000:]}")
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def time_sources(runs: int, jobs: int | None = 1) -> tuple[float, int] | None:
    from tui.core import analyze_paths

    folder = ROOT / "sources"
    if not folder.is_dir():
        return None
    story = analyze_paths([str(folder)], jobs=jobs)  # warm-up
    t = time.perf_counter()
    for _ in range(runs):
        analyze_paths([str(folder)], jobs=jobs)
    return (time.perf_counter() - t) / runs, len(story.passages)


def _pct(pair) -> str:
    if not pair:
        return "-"
    found, total = pair
    return f"{100 * found / total:.0f}% ({found}/{total})" if total else "n/a"


def _fmt_s(s: float) -> str:
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", help="comma-separated corpus sizes (default 5,50,200,1000)")
    ap.add_argument("--quick", action="store_true", help="sizes 5,50 only")
    ap.add_argument("--runs", type=int, default=10, help="timed runs over ./sources (default 10)")
    ap.add_argument("--baseline-limit", type=float, default=60.0,
                    help="run the difflib baseline only where estimated under this many seconds "
                         "(0 disables it)")
    ap.add_argument("--mem-limit-gb", type=float, default=4.0,
                    help="address-space cap per size, so a runaway run cannot swamp a shared "
                         "machine (default 4; 0 = none)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds allowed per size, baseline included (default 600; 0 = none)")
    ap.add_argument("--jobs", type=int, default=None,
                    help="processes for the parallel run of each size (default: one per core; "
                         "1 = time only the one-process run)")
    ap.add_argument("--update", action="store_true",
                    help="also time a watch-mode update: the folder less its last article analysed "
                         "with a CleaningMemo, then the whole folder (one process)")
    ap.add_argument("--large", action="store_true",
                    help=f"also N = {LARGE_SIZE} (issue 12's largest size: minutes and gigabytes; raise "
                         "--mem-limit-gb and --timeout for it)")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.baseline_limit, args.mem_limit_gb, args.jobs or 1, args.update)))
        return 0
    from tui.core.parallel import cores, usable_jobs

    jobs = usable_jobs(args.jobs or cores())

    if args.sizes:
        sizes = tuple(int(x) for x in args.sizes.split(",") if x.strip())
    else:
        sizes = QUICK_SIZES if args.quick else DEFAULT_SIZES
    if args.large and LARGE_SIZE not in sizes:
        sizes = (*sizes, LARGE_SIZE)

    print(f"Parallax analysis bench  (python {sys.version.split()[0]}, {os.cpu_count()} cpus, "
          f"parallel runs with --jobs {jobs}, load average {os.getloadavg()[0]:.2f} at start)")
    src = time_sources(args.runs)
    if src:
        print(f"./sources: {src[0] * 1000:.1f} ms per analyze_paths (mean of {args.runs} runs "
              f"after one warm-up), {src[1]} passages")
    if src and jobs > 1:
        srcj = time_sources(args.runs, jobs)
        print(f"./sources with --jobs {jobs}: {srcj[0] * 1000:.1f} ms (a folder this small stays in-process)")
    print()
    print("Synthetic corpus (bench/corpus.py): one fresh process per size; time = build_story on "
          "in-memory sources;\nmemory = ru_maxrss of that process (peak RSS, whole process) and "
          "its growth during build_story.")
    head = (f"{'N':>5} {'words':>8} {'time':>9} {'peakRSS':>8} {'Δ RSS':>8} {'passages':>8} "
            f"{'recall':>17} {'strict':>17} {'extra':>6} | {'difflib':>12} {'recall':>17}")
    print(head)
    print("-" * len(head))
    results: dict[int, dict] = {}
    for n in sizes:
        r = run_size(n, args.baseline_limit, args.mem_limit_gb, args.timeout, jobs, args.update)
        if r is None:
            continue
        results[n] = r
        if "error" in r:
            print(f"{n:>5} {r.get('words', '?'):>8}  {r['error']} (after {r['seconds']:.0f} s)", flush=True)
            continue
        b = r["baseline"]
        if b is None:
            bl, br = "off", "-"
        elif b["estimated"]:
            bl, br = f"~{b['seconds']:.0f} s est", "skipped"
        else:
            bl, br = _fmt_s(b["seconds"]), _pct(b["recall"])
        print(f"{n:>5} {r['words']:>8} {_fmt_s(r['seconds']):>9} {r['rss_mb']:>6.0f}MB "
              f"{r['rss_delta_mb']:>6.0f}MB {r['passages']:>8} {_pct(r['recall']):>17} {_pct(r['strict']):>17} "
              f"{r['extra']:>6} | {bl:>12} {br:>17}", flush=True)
    if jobs > 1:
        print()
        print(f"One process against --jobs {jobs}, same Story (cpu = seconds of CPU, parent and workers "
              "together; load = 1-minute load average after the size ran):")
        head2 = (f"{'N':>5} {'jobs 1':>9} {'cpu':>7} {f'jobs {jobs}':>9} {'cpu':>7} {'speed-up':>8} "
                 f"{'workers peakRSS':>15} {'load':>5}")
        print(head2)
        print("-" * len(head2))
        for n, r in results.items():
            p = r.get("parallel")
            if not p:
                continue
            print(f"{n:>5} {_fmt_s(r['seconds']):>9} {p['cpu1']:>6.2f}s {_fmt_s(p['seconds']):>9} {p['cpu']:>6.2f}s "
                  f"{r['seconds'] / p['seconds']:>7.2f}× {p['child_rss_mb']:>13.0f}MB {r['load']:>5.2f}")
    if args.update:
        print()
        print("Watch-mode update, one article added (one process; what the memo kept reused, see README):")
        for n, r in results.items():
            u = r.get("update")
            if u:
                stages = ", ".join(f"{k} {v:.2f}" for k, v in u["stages"].items() if v >= 0.01)
                pairs = (f", lexical links of {u['pairs'][0]} of {u['pairs'][1]} source pairs reused"
                         if u.get("pairs") else "")
                print(f"  N={n}: {_fmt_s(u['seconds'])} against {_fmt_s(r['seconds'])} cold, "
                      f"{u['reused']} of {n} sources reused{pairs}; {stages}")
    print()
    print("recall = planted reuse covered ≥ 50% by passages linking copy and origin; strict = the same "
          "counting only passages\nof at most twice as many sources as the largest planted cluster; "
          "extra = passages touching no planted text.")
    if args.baseline_limit > 0:
        print(f"difflib = all article pairs, SequenceMatcher on words (autojunk off), blocks ≥ "
              f"{BASELINE_MIN_WORDS} words; run only when estimated under {args.baseline_limit:.0f} s "
              "(else its estimate from a sample of pairs is shown).")
    for n, r in results.items():
        if "error" in r:
            continue
        d = r["detail"]
        kinds = ", ".join(f"{k} {_pct(d.get(k))}" for k in ("verbatim", "transposed", "near", "paraphrase")
                          if k in d)
        found = ", ".join(f"{v} {k}" for k, v in r["kinds"].items())
        sd = r["strict_detail"]
        strict = ", ".join(f"{k} {_pct(sd.get(k))}" for k in ("verbatim", "transposed", "near", "paraphrase")
                           if k in sd)
        print(f"  N={n}: recall by kind: {kinds}\n         strict: {strict}\n         found {found}; "
              f"largest passage {r['largest_passage']} spans (strict cap {r['cap']} sources)")

    print()
    print("Targets")
    lines = []

    def line(ok: bool | None, text: str) -> None:
        lines.append(f"  {'PASS' if ok else 'MISS' if ok is not None else 'n/a '}  {text}")

    if src:
        ms = src[0] * 1000
        line(ms <= TARGETS["sources_ms"], f"./sources in-process ≤ {TARGETS['sources_ms']:.0f} ms: {ms:.1f} ms")
    else:
        line(None, "./sources not found")
    def failed(n: int) -> str:
        return f" ({results[n]['error']})" if "error" in results[n] else ""

    if 200 in results:
        t = results[200]["seconds"]
        line(t <= TARGETS["t200"] and not failed(200),
             f"200 articles ≤ {TARGETS['t200']:.0f} s: {t:.2f} s{failed(200)}")
    else:
        line(None, "200 articles ≤ 5 s: not measured (add 200 to --sizes)")
    if 1000 in results:
        t, mem = results[1000]["seconds"], results[1000].get("rss_mb", float("inf"))
        line(t <= TARGETS["t1000"] and not failed(1000),
             f"1000 articles ≤ {TARGETS['t1000']:.0f} s: {t:.2f} s{failed(1000)}")
        line(mem <= TARGETS["mem1000_mb"] and not failed(1000),
             f"1000 articles ≤ 1 GB peak RSS (whole process): {mem:.0f} MB{failed(1000)}")
    else:
        line(None, "1000 articles ≤ 30 s and ≤ 1 GB: not measured (add 1000 to --sizes)")
    if 200 in results and 1000 in results and not failed(200) and not failed(1000):
        ratio = results[1000]["seconds"] / results[200]["seconds"]
        line(ratio <= TARGETS["ratio"], f"time(1000)/time(200) ≤ {TARGETS['ratio']:.0f}: {ratio:.2f}")
    else:
        line(None, "time(1000)/time(200) ≤ 6: needs both sizes")
    # Issue 12
    if src:
        line(src[0] * 1000 <= TARGETS["sources_ms"], f"(issue 12) ./sources ≤ 50 ms: {src[0] * 1000:.1f} ms")
    for n in (200, 1000):
        if n in results and not failed(n):
            t = results[n]["seconds"]
            line(t <= TARGETS_12[f"t{n}"], f"(issue 12) {n} articles ≤ {TARGETS_12[f't{n}']:.0f} s: {t:.2f} s")
    if 1000 in results and not failed(1000):
        mem = results[1000]["rss_mb"]
        line(mem <= TARGETS_12["mem1000_mb"], f"(issue 12) 1000 articles ≤ 600 MB peak RSS: {mem:.0f} MB")
    if LARGE_SIZE in results:
        r = results[LARGE_SIZE]
        t, mem = r["seconds"], r.get("rss_mb", float("inf"))
        line(t <= TARGETS_12["t10000"] and not failed(LARGE_SIZE),
             f"(issue 12) {LARGE_SIZE} articles ≤ {TARGETS_12['t10000']:.0f} s: {t:.1f} s{failed(LARGE_SIZE)}")
        line(mem <= TARGETS_12["mem10000_mb"] and not failed(LARGE_SIZE),
             f"(issue 12) {LARGE_SIZE} articles ≤ 4 GB peak RSS: {mem:.0f} MB{failed(LARGE_SIZE)}")
        if 1000 in results and not failed(1000) and not failed(LARGE_SIZE):
            growth = t / results[1000]["seconds"]
            line(growth <= TARGETS_12["growth"],
                 f"(issue 12) time({LARGE_SIZE})/time(1000) ≤ {TARGETS_12['growth']:.0f}: {growth:.2f} "
                 f"(memory {mem / results[1000]['rss_mb']:.2f}×)")
    else:
        line(None, f"(issue 12) {LARGE_SIZE} articles ≤ 150 s and ≤ 4 GB: not measured (--large)")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
