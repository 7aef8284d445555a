"""CPU time of boilerplate marking (`detect_boilerplate`, lines included),
this checkout against a baseline commit, in the same run.

    .venv/bin/python bench/bench_boilerplate.py [--baseline REF] [--rounds N]

Each side runs in its own process (the baseline's `src/` is extracted with
`git archive` into a temporary folder), rounds alternate, and the table shows
the best and median CPU time per pass over ./sources (the five samples) and
over every page fixture. The default baseline is `main`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, sys, time
from pathlib import Path
from tui.core.boilerplate import detect_boilerplate
root = Path(sys.argv[1])
sets = {
    "./sources": [p.read_text(encoding="utf-8") for p in sorted((root / "sources").glob("*.txt"))],
    "page fixtures": [p.read_text(encoding="utf-8").partition("\n---\n")[2]
                      for p in sorted((root / "tests/fixtures/pages").glob("*.page"))],
}
out = {}
for name, texts in sets.items():
    for t in texts:
        detect_boilerplate(t)  # warm: regex compilation, caches
    times = []
    for _ in range(int(sys.argv[2])):
        t0 = time.process_time()
        for t in texts:
            detect_boilerplate(t)
        times.append(time.process_time() - t0)
    out[name] = times
print(json.dumps(out))
"""


def _run(src: Path, repeats: int) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=str(src))
    res = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), str(repeats)], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="main", help="git ref to compare with (default: main)")
    ap.add_argument("--rounds", type=int, default=5, help="alternating rounds (each: 5 passes per side)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "src"],
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        sides = {"baseline " + args.baseline: Path(tmp) / "src", "this checkout": ROOT / "src"}
        times: dict[str, dict[str, list[float]]] = {s: {} for s in sides}
        for _ in range(args.rounds):
            for side, src in sides.items():
                for name, ts in _run(src, 5).items():
                    times[side].setdefault(name, []).extend(ts)
    print(f"{'set':<16} {'side':<22} {'best ms':>9} {'median ms':>10}")
    for name in next(iter(times.values())):
        for side in sides:
            ts = times[side][name]
            print(f"{name:<16} {side:<22} {min(ts) * 1000:>9.2f} {statistics.median(ts) * 1000:>10.2f}")


if __name__ == "__main__":
    main()
