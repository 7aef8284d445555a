"""Reader benchmark: launch to first frame, and key-press-to-refresh latency.

    .venv/bin/python bench/bench_reader.py

1. Launch: a fresh `python` process runs the reader headless on ./sources and
   stops at the first frame of the main screen (interpreter start, imports,
   analysis in the worker and the first render included). Target ≤ 1.0 s.
2. Cursor moves (`j`) at 160×48: time from the key press to the end of the
   first screen refresh that shows the moved cursor, with synchronized
   scrolling on and (baseline) off. On the five sample sources (target median
   ≤ 50 ms) and on 200 synthetic sources built in memory (target ≤ 100 ms),
   with the in-line changed words of near passages computed as they scroll
   into view (a third of the synthetic shared sentences are reworded).
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

LAUNCH_RUNS = 5
PRESSES = 60

CHILD = r"""
import sys, time
from tui.reader import ParallaxApp
from tui.reader.reader_screen import ReaderScreen
start = float(sys.argv[1])
orig = ReaderScreen.on_mount
def on_mount(self):
    orig(self)
    def done():
        print(f"FIRST_FRAME {time.time() - start:.4f}", flush=True)
        self.app.exit()
    self.call_after_refresh(done)
ReaderScreen.on_mount = on_mount
ParallaxApp(paths=["sources"]).run(headless=True, size=(160, 48))
"""


def launch_times() -> list[float]:
    out = []
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for _ in range(LAUNCH_RUNS):
        start = time.time()
        proc = subprocess.run([sys.executable, "-c", CHILD, repr(start)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("FIRST_FRAME")), None)
        if line is None:
            raise SystemExit(f"child failed:\n{proc.stdout}\n{proc.stderr}")
        out.append(float(line.split()[1]))
    return out


def synthetic_story(n_sources: int = 200, seed: int = 7):
    """n sources of ~40 paragraphs; a pool of shared sentences gives passages:
    verbatim, or near where some outlets reword a few words of the sentence (so
    the panes compute in-line changed words while the cursor moves)."""
    from tui.core import Passage, Source, Span, Story
    from tui.core.segment import paragraphs, sentences
    from tui.core.text import tokenize

    rng = random.Random(seed)
    words = [f"w{i}" for i in range(3000)]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(12, 28))).capitalize() + "."

    def reworded(text: str) -> str:
        toks = text[:-1].split(" ")
        for _ in range(rng.randint(1, 3)):
            toks[rng.randrange(1, len(toks))] = rng.choice(words)
        return " ".join(toks) + "."

    pool = [sentence() for _ in range(150)]
    sources, spans, changed = [], {}, set()
    for k in range(n_sources):
        text, pos = "", 0
        for p in range(40):
            if p:
                text += "\n"
            for j in range(rng.randint(2, 4)):
                if j:
                    text += " "
                if rng.random() < 0.35:
                    i = rng.randrange(len(pool))
                    piece = pool[i]
                    if i % 3 == 0 and rng.random() < 0.5:
                        piece = reworded(piece)
                        changed.add(i)
                    spans.setdefault(i, []).append(Span(f"s{k:03d}", len(text), len(text) + len(piece)))
                else:
                    piece = sentence()
                text += piece
        sid = f"s{k:03d}"
        paras_ = paragraphs(text)
        sources.append(Source(id=sid, path=f"<{sid}>", text=text, outlet=f"Outlet {k}",
                              paragraphs=tuple(paras_), sentences=tuple(sentences(text, paras_)),
                              tokens=tuple(tokenize(text))))
    passages = tuple(Passage(f"p{i}", "near" if i in changed else "verbatim", 0.9 if i in changed else 1.0,
                             tuple(sp)) for i, sp in spans.items() if len(sp) > 1)
    return Story(sources=tuple(sources), passages=passages, title="synthetic")


async def cursor_latency(story=None, paths=None, sync: bool = True) -> list[float]:
    from tui.reader import ParallaxApp
    from tui.reader.reader_screen import ReaderScreen

    app = ParallaxApp(paths=paths, story=story)
    times: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(100):
            if isinstance(app.screen, ReaderScreen):
                break
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        screen = app.screen
        screen.sync = sync
        view = screen.active_view
        stamp: dict[str, float] = {}
        orig = screen._compositor_refresh
        want = {"cursor": -1}

        def refreshed() -> None:
            orig()
            if view.cursor == want["cursor"] and "t" not in stamp:
                stamp["t"] = time.perf_counter()

        screen._compositor_refresh = refreshed
        for i in range(PRESSES):
            key = "j" if (i // 20) % 2 == 0 else "k"  # walk down and back up
            want["cursor"] = view.cursor + (1 if key == "j" else -1)
            stamp.clear()
            t0 = time.perf_counter()
            await pilot.press(key)
            while "t" not in stamp and time.perf_counter() - t0 < 2:
                await asyncio.sleep(0.0005)
            times.append((stamp.get("t", time.perf_counter()) - t0) * 1000)
    return times


def row(name: str, values: list[float], unit: str, target: str) -> str:
    med = statistics.median(values)
    p95 = sorted(values)[max(int(len(values) * 0.95) - 1, 0)]
    return f"| {name:<44} | {med:8.1f} {unit:<2} | {p95:8.1f} {unit:<2} | {target:<10} |"


def main() -> None:
    os.chdir(ROOT)
    print("| measurement                                  |  median     |  p95        | target     |")
    print("|----------------------------------------------|-------------|-------------|------------|")
    launch = [t * 1000 for t in launch_times()]
    print(row("launch → first frame, ./sources", launch, "ms", "≤ 1000 ms"), flush=True)
    story200 = synthetic_story()
    for label, kwargs in (("5 sources (./sources)", {"paths": ["sources"]}),
                          ("200 synthetic sources", {"story": story200})):
        target = "≤ 50 ms" if label.startswith("5") else "≤ 100 ms"
        on = asyncio.run(cursor_latency(sync=True, **kwargs))
        print(row(f"cursor move, sync on, {label}", on, "ms", target), flush=True)
        off = asyncio.run(cursor_latency(sync=False, **kwargs))
        print(row(f"  baseline: sync off, {label}", off, "ms", "—"), flush=True)
    print(f"\n{LAUNCH_RUNS} launches; {PRESSES} key presses per latency row; 160×48 headless; "
          f"{os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
