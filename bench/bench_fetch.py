"""Web input bench: main-text extraction per page, and `parallax fetch` of 50
URLs from local servers with simulated latency. Prints tables, asserts nothing.

    .venv/bin/python bench/bench_fetch.py

1. Extraction (decode + trafilatura + metadata, `tui.core.webpage.read_page`):
   median time per page over the fixture pages (tests/web/pages) and over 200
   generated pages shaped like news pages (navigation, inline scripts, ads,
   related stories, comments; about 25 KB each; half of them "div soup"
   without <article>/<nav>/<aside>), and the word precision/recall of the
   extracted text against the article each page was generated from. Baseline in the same
   run: the standard library's HTMLParser collecting every text node (no
   boilerplate removal, no metadata), i.e. the floor for any HTML-to-text.
2. `parallax fetch` (a fresh process: start-up, imports and writing included)
   of 50 URLs served on 127.0.0.1 with 50 ms added to every response.
   Target: ≤ 3 s with the default parallelism (--jobs 4). Rows:
   - 50 sites, one page each, all defaults (the common case: one article per
     outlet; a "site" is scheme+host+port, so each local server is one);
   - one site, 50 pages, --delay 0 (throughput with the default jobs);
   - the same with --jobs 1 (baseline: one at a time);
   - one site, 50 pages, all defaults: bounded below by the politeness delay,
     49 × 0.5 s; computed, not run.
Nothing here reaches any address but 127.0.0.1.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "web"))

from server import PAGES, PageServer  # noqa: E402  (tests/web/server.py)

LATENCY = 0.05
URLS = 50
TARGET_S = 3.0

_W = ("council harbour river budget station bridge school hospital market rail storm court league "
      "final ferry tunnel festival museum factory airport vote plan study report season crowd union "
      "board mayor minister engineer inspector tenant landlord surgeon nurse pilot farmer").split()


def realistic_page(n: int) -> tuple[str, list[str]]:
    """(html, the article's own lines: headline, byline, paragraphs)."""
    rng = random.Random(n)

    def sentence() -> str:
        return " ".join(rng.choice(_W) for _ in range(rng.randint(10, 22))).capitalize() + "."

    nav = "".join(f'<li><a href="/s/{i}">{rng.choice(_W).title()}</a></li>' for i in range(60))
    script = "var cfg = {" + ",".join(f'"k{i}": "{rng.random():.8f}"' for i in range(600)) + "};"
    ads = [f'<div class="ad"><span>Advertisement</span><a href="/ad/{i}">{sentence()}</a></div>' for i in range(3)]
    texts = [" ".join(sentence() for _ in range(rng.randint(2, 5))) for _ in range(10)]
    paras = [f"<p>{t}</p>" for t in texts]
    body = "".join(p + (ads.pop() if ads and i % 3 == 2 else "") for i, p in enumerate(paras))
    related = "".join(f'<li><a href="/r/{i}">{sentence()}</a></li>' for i in range(10))
    comments = "".join(f'<div class="comment"><b>user{i}</b><p>{sentence()}</p></div>' for i in range(15))
    footer = "".join(f'<a href="/f/{i}">{rng.choice(_W)}</a> ' for i in range(40))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story {n} | Bench Herald</title>
<meta property="og:title" content="Story {n}: the {rng.choice(_W)} {rng.choice(_W)}">
<meta property="og:site_name" content="Bench Herald">
<meta property="article:published_time" content="2025-0{1 + n % 9}-1{n % 10}T09:00:00Z">
<meta name="author" content="Reporter {n % 17}"><script>{script}</script></head>
<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>Story {n}</h1>
<p class="byline">By Reporter {n % 17}</p>{body}</article>
<aside><h2>Related</h2><ul>{related}</ul></aside><section class="comments"><h2>Comments</h2>{comments}</section>
</main><footer>{footer}</footer><script src="/app.js"></script></body></html>"""
    if n % 2:  # half the pages are "div soup": no semantic elements to go by
        for tag in ("header", "nav", "main", "article", "aside", "section", "footer"):
            html = html.replace(f"<{tag}", f'<div class="{tag[:3]}-x"').replace(f"</{tag}>", "</div>")
    return html, [f"Story {n}", f"By Reporter {n % 17}", *texts]


class _AllText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data.strip())


def naive_text(html: bytes) -> str:
    p = _AllText()
    p.feed(html.decode("utf-8", "replace"))
    return "\n".join(p.parts)


def time_per_page(fn, pages: list[bytes], rounds: int) -> list[float]:
    times = []
    for data in pages:
        best = []
        for _ in range(rounds):
            t = time.perf_counter()
            fn(data)
            best.append(time.perf_counter() - t)
        times.append(min(best))
    return times


def extraction_rows() -> list[tuple[str, str, str, str]]:
    from tui.core.webpage import NoArticle, read_page

    def extract(data: bytes) -> None:
        try:
            read_page(data)
        except NoArticle:
            pass

    t = time.perf_counter()
    extract((PAGES / "plain_nometa.html").read_bytes())  # imports trafilatura, lxml
    first = time.perf_counter() - t
    fixtures = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))]
    generated = [realistic_page(i)[0].encode("utf-8") for i in range(200)]
    rows = [("first page (imports trafilatura + lxml)", "1", f"{first * 1000:.0f} ms", "")]
    for label, pages, rounds in (("fixture pages", fixtures, 5), ("generated pages", generated, 1)):
        ours = time_per_page(extract, pages, rounds)
        base = time_per_page(naive_text, pages, rounds)
        size = statistics.median(len(p) for p in pages) / 1024
        rows.append((f"{label} (median {size:.0f} KB)", str(len(pages)),
                     f"{statistics.median(ours) * 1000:.1f} ms (p90 {sorted(ours)[int(len(ours) * .9)] * 1000:.1f})",
                     f"{statistics.median(base) * 1000:.1f} ms"))
    return rows


def precision_recall(get_text) -> tuple[float, float]:
    """Word-weighted, over the 200 generated pages: recall = share of the
    article's words extracted; precision = share of extracted words that are
    the article's (headline, byline, paragraphs), not navigation, ads,
    teasers, comments or footer."""
    hit = total = kept = extracted = 0
    for i in range(200):
        html, article = realistic_page(i)
        text = get_text(html.encode("utf-8"))
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        for a in article:
            total += len(a.split())
            hit += len(a.split()) if a in text else 0
        for ln in lines:
            extracted += len(ln.split())
            kept += len(ln.split()) if any(ln in a for a in article) else 0
    return kept / max(extracted, 1), hit / max(total, 1)


def quality_rows() -> list[tuple[str, str, str]]:
    from tui.core.webpage import NoArticle, read_page

    def ours(data: bytes) -> str:
        try:
            return read_page(data)[0].text
        except NoArticle:
            return ""

    rows = []
    for label, fn in (("parallax (trafilatura)", ours), ("baseline: all text (html.parser)", naive_text)):
        p, r = precision_recall(fn)
        rows.append((label, f"{p:.1%}", f"{r:.1%}"))
    return rows


def run_fetch(urls: list[str], extra: list[str]) -> tuple[float, int, int]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(ROOT / "src")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "tui", "fetch", *urls, "--into", f"{tmp}/story", *extra],
                              env=env, capture_output=True, text=True, timeout=300)
        elapsed = time.perf_counter() - start
        fetched = len(list(Path(tmp, "story").glob("*.txt")))
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
    return elapsed, fetched, proc.returncode


def fetch_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    with ExitStack() as stack:
        sites = [stack.enter_context(PageServer(latency=LATENCY)) for _ in range(URLS)]
        one = sites[0]
        cases = [
            ("50 sites × 1 page, defaults (--jobs 4 --delay 0.5)", [s.url(f"/gen/{i}") for i, s in enumerate(sites)], []),
            ("1 site × 50 pages, --delay 0 (default --jobs 4)", [one.url(f"/gen/{i}") for i in range(URLS)], ["--delay", "0"]),
            ("1 site × 50 pages, --delay 0 --jobs 1 (baseline)", [one.url(f"/gen/{100 + i}") for i in range(URLS)],
             ["--delay", "0", "--jobs", "1"]),
        ]
        for label, urls, extra in cases:
            elapsed, fetched, code = run_fetch(urls, extra)
            verdict = "ok" if elapsed <= TARGET_S and fetched == URLS else "MISSED"
            rows.append((label, f"{fetched}/{URLS} (exit {code})", f"{elapsed:.2f} s", verdict if "baseline" not in label else ""))
    rows.append(("1 site × 50 pages, defaults (politeness floor)", "—", f"≥ {(URLS - 1) * 0.5:.1f} s", "computed"))
    return rows


def table(title: str, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    print(title)
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    print()


def main() -> None:
    print(f"Parallax web-input bench  (python {sys.version.split()[0]}, {os.cpu_count()} cpus)\n")
    table("Extraction per page (read_page: decode + trafilatura + metadata), best of rounds, median over pages",
          ("pages", "n", "parallax", "baseline: all text (html.parser)"), extraction_rows())
    table("Extraction quality on the 200 generated pages (words; article = headline, byline, paragraphs)",
          ("extractor", "precision", "recall"), quality_rows())
    table(f"parallax fetch of {URLS} URLs from 127.0.0.1, {LATENCY * 1000:.0f} ms latency per response "
          f"(fresh process; target ≤ {TARGET_S:g} s)", ("case", "fetched", "wall time", "target"), fetch_rows())


if __name__ == "__main__":
    main()
