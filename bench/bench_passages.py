"""Shared-passage word F1 against hand-annotated gold folders; reports, never asserts.

    python bench/bench_passages.py                      # every folder under bench/passage_gold/
    python bench/bench_passages.py FOLDER [FOLDER …]     # these gold folders only
    python bench/bench_passages.py --verbose            # + the biggest misses and false claims

The metric is the one of notes/passage_metric.md: for each unordered pair of
articles {a, b} of a folder, the gold is the set of word positions (`\\w+`
over the text exactly as decoded) of a covered by an a_text of an entry for
the pair, plus those of b covered by a b_text. Parallax predicts the words
inside each link's a-side span (in a) and b-side span (in b); all-pairs
difflib (SequenceMatcher over the lower-cased word lists of the whole files,
autojunk off) predicts the words of its matching blocks of at least k words,
for k = 3, 4, 5, 6, 8, and "difflib" is the k with the best micro F1 over all
folders. Precision, recall and F1 are micro (summed over all pairs of all
folders), and per folder. Paraphrase recall: the share of gold entries of
kind "paraphrase" for which some Parallax link between a and b covers at
least half the words of a_text and half the words of b_text.

A gold folder holds the article files (`*.txt`) and `gold.json`:
`{"shared": [{"a", "a_text", "b", "b_text", "kind"}, …]}`, and optionally
`"traps": [{"a", "a_text", "b", "b_text"}, …]`: sentences on the same topic
that make a different claim; "traps" counts those a link joins (covering half
of each side), which should stay 0. With
`"files_from": "../../../sources"` the articles are read from that folder
(relative to the gold folder) instead, so real articles are never copied.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

GOLD_ROOT = HERE / "passage_gold"
DIFFLIB_KS = (3, 4, 5, 6, 8)
WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- words and spans


def word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text)]


def covered(words: list[tuple[int, int]], start: int, end: int) -> set[int]:
    """Indices of the words lying wholly inside [start, end)."""
    return {i for i, (s, e) in enumerate(words) if start <= s and e <= end}


# ---------------------------------------------------------------- a gold folder


@dataclass
class Folder:
    name: str
    paths: dict[str, Path]          # file name → path of the article
    texts: dict[str, str]
    words: dict[str, list[tuple[int, int]]]
    shared: list[dict]
    problems: list[str] = field(default_factory=list)
    traps: list[dict] = field(default_factory=list)

    def pairs(self) -> list[tuple[str, str]]:
        return list(combinations(sorted(self.texts), 2))


def load_folder(folder: Path) -> Folder:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    base = (folder / gold["files_from"]).resolve() if "files_from" in gold else folder
    paths = {p.name: p for p in sorted(base.glob("*.txt"))}
    texts = {n: p.read_bytes().decode("utf-8") for n, p in paths.items()}
    problems = []
    for k, entry in enumerate(gold.get("traps", ())):
        for side in ("a", "b"):
            if texts.get(entry[side], "").count(entry[side + "_text"]) != 1:
                problems.append(f"trap {k}: {side}_text not found once in {entry[side]}")
    for k, entry in enumerate(gold["shared"]):
        for side in ("a", "b"):
            name, snippet = entry[side], entry[side + "_text"]
            if name not in texts:
                problems.append(f"entry {k}: no file {name}")
                continue
            count = texts[name].count(snippet)
            if count != 1:
                problems.append(f"entry {k}: {side}_text found {count} times in {name}: {snippet[:60]!r}")
        if entry.get("kind") not in ("verbatim", "near", "paraphrase"):
            problems.append(f"entry {k}: bad kind {entry.get('kind')!r}")
        if entry.get("a") == entry.get("b"):
            problems.append(f"entry {k}: a and b are the same file")
    return Folder(folder.name, paths, texts, {n: word_spans(t) for n, t in texts.items()},
                  gold["shared"], problems, gold.get("traps", []))


def _entry_span(text: str, snippet: str) -> tuple[int, int]:
    at = text.find(snippet)
    return at, at + len(snippet)


def gold_sets(f: Folder) -> dict[tuple[str, str], tuple[set[int], set[int]]]:
    """(a, b) in name order → (words of a, words of b) that the gold says are shared."""
    out = {pair: (set(), set()) for pair in f.pairs()}
    for entry in f.shared:
        a, b = entry["a"], entry["b"]
        if a not in f.texts or b not in f.texts or a == b:
            continue
        ta, tb = entry["a_text"], entry["b_text"]
        if (a, b) not in out:
            a, b, ta, tb = b, a, tb, ta
        ga, gb = out[(a, b)]
        ga |= covered(f.words[a], *_entry_span(f.texts[a], ta))
        gb |= covered(f.words[b], *_entry_span(f.texts[b], tb))
    return out


# ---------------------------------------------------------------- predictions


def parallax_links(f: Folder) -> tuple[list[tuple[str, int, int, str, int, int, str]], float]:
    """Every link of the analysis as (file a, start, end, file b, start, end, kind), and the time."""
    from tui.core import analyze_paths

    t = time.perf_counter()
    story = analyze_paths([str(p) for p in f.paths.values()])
    seconds = time.perf_counter() - t
    name_of = {s.id: Path(s.path).name for s in story.sources}
    out = []
    for link in story.links:
        out.append((name_of[link.a.source], link.a.start, link.a.end,
                    name_of[link.b.source], link.b.start, link.b.end, link.kind))
    return out, seconds


def parallax_sets(f: Folder, links) -> dict[tuple[str, str], tuple[set[int], set[int]]]:
    out = {pair: (set(), set()) for pair in f.pairs()}
    for a, s1, e1, b, s2, e2, _kind in links:
        if a == b:
            continue
        if (a, b) not in out:
            a, s1, e1, b, s2, e2 = b, s2, e2, a, s1, e1
        pa, pb = out[(a, b)]
        pa |= covered(f.words[a], s1, e1)
        pb |= covered(f.words[b], s2, e2)
    return out


def difflib_sets(f: Folder, k: int, _memo: dict = {}) -> dict[tuple[str, str], tuple[set[int], set[int]]]:
    out = {}
    for a, b in f.pairs():
        key = (id(f), a, b)
        if key not in _memo:
            wa = [f.texts[a][s:e].lower() for s, e in f.words[a]]
            wb = [f.texts[b][s:e].lower() for s, e in f.words[b]]
            _memo[key] = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks()
        pa, pb = set(), set()
        for i, j, n in _memo[key]:
            if n >= k:
                pa.update(range(i, i + n))
                pb.update(range(j, j + n))
        out[(a, b)] = (pa, pb)
    return out


# ---------------------------------------------------------------- scores


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold, pred) -> Counts:
    """Micro counts over every pair: both sides' word positions."""
    c = Counts()
    for pair, (ga, gb) in gold.items():
        pa, pb = pred.get(pair, (set(), set()))
        c.tp += len(ga & pa) + len(gb & pb)
        c.pred += len(pa) + len(pb)
        c.gold += len(ga) + len(gb)
    return c


def paraphrase_hits(f: Folder, links, entries: list[dict] | None = None) -> tuple[int, int, list[dict]]:
    """(found, total, missed entries) for gold entries of kind paraphrase
    (or for `entries`, e.g. the traps: then "found" are links that must not be)."""
    found = total = 0
    missed = []
    for entry in f.shared if entries is None else entries:
        if entries is None and entry.get("kind") != "paraphrase":
            continue
        total += 1
        wa = covered(f.words[entry["a"]], *_entry_span(f.texts[entry["a"]], entry["a_text"]))
        wb = covered(f.words[entry["b"]], *_entry_span(f.texts[entry["b"]], entry["b_text"]))
        hit = False
        for a, s1, e1, b, s2, e2, _kind in links:
            if (a, b) == (entry["b"], entry["a"]):
                a, s1, e1, b, s2, e2 = b, s2, e2, a, s1, e1
            if (a, b) != (entry["a"], entry["b"]):
                continue
            ca = covered(f.words[a], s1, e1) & wa
            cb = covered(f.words[b], s2, e2) & wb
            if 2 * len(ca) >= len(wa) and 2 * len(cb) >= len(wb):
                hit = True
                break
        found += hit
        if not hit:
            missed.append(entry)
    return found, total, missed


def runs(f: Folder, name: str, positions: set[int]) -> list[tuple[int, str]]:
    """Consecutive word positions as (length, text)."""
    out = []
    ordered = sorted(positions)
    k = 0
    while k < len(ordered):
        j = k
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        s = f.words[name][ordered[k]][0]
        e = f.words[name][ordered[j]][1]
        out.append((j - k + 1, f.texts[name][s:e]))
        k = j + 1
    return out


def diagnosis(f: Folder, gold, pred, limit: int = 12) -> list[str]:
    misses, claims = [], []
    for (a, b), (ga, gb) in gold.items():
        pa, pb = pred[(a, b)]
        for name, other, g, p in ((a, b, ga, pa), (b, a, gb, pb)):
            misses += [(n, name, other, t) for n, t in runs(f, name, g - p)]
            claims += [(n, name, other, t) for n, t in runs(f, name, p - g)]
    lines = []
    for title, items in (("missed (gold, not predicted)", misses), ("false claims (predicted, not gold)", claims)):
        items.sort(key=lambda x: -x[0])
        lines.append(f"  {title}: {sum(n for n, *_ in items)} words in {len(items)} runs")
        for n, name, other, t in items[:limit]:
            flat = " ".join(t.split())
            lines.append(f"    {n:4d}  {name} ~ {other}: {flat[:150]}")
    return lines


# ---------------------------------------------------------------- report


def gold_folders(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return sorted(p for p in GOLD_ROOT.iterdir() if (p / "gold.json").is_file())


def evaluate(folders: list[Path], verbose: bool = False, out=print) -> dict:
    """Score every folder; returns the numbers (also printed)."""
    rows = []
    total_px = Counts()
    total_dl = {k: Counts() for k in DIFFLIB_KS}
    para_found = para_total = 0
    traps_sprung = traps_total = 0
    details = []
    for path in folders:
        f = load_folder(path)
        for p in f.problems:
            out(f"gold problem in {f.name}: {p}")
        gold = gold_sets(f)
        links, seconds = parallax_links(f)
        pred = parallax_sets(f, links)
        px = score(gold, pred)
        dl = {k: score(gold, difflib_sets(f, k)) for k in DIFFLIB_KS}
        found, total, missed = paraphrase_hits(f, links)
        # traps: same-topic sentences with a different claim, linked anyway
        # (a link covering half of each side), which a reader must never see
        sprung, n_traps, _free = paraphrase_hits(f, links, f.traps)
        sprung_entries = [e for e in f.traps if e not in _free]
        traps_sprung += sprung
        traps_total += n_traps
        total_px.add(px)
        for k in DIFFLIB_KS:
            total_dl[k].add(dl[k])
        para_found += found
        para_total += total
        rows.append((f.name, px, dl, found, total, seconds, f"{sprung}/{n_traps}" if n_traps else "-"))
        if verbose:
            details.append((f, gold, pred, missed + [dict(e, kind="trap") for e in sprung_entries]))
    best_k = max(DIFFLIB_KS, key=lambda k: total_dl[k].f1)
    head = f"{'folder':<22} {'P':>5} {'R':>5} {'F1':>5} | " + " ".join(f"{'dl' + str(k):>5}" for k in DIFFLIB_KS) \
        + f" | {'dl*':>5} {'para':>6} {'ms':>6} {'traps':>6}"
    out(f"Parallax precision / recall / F1; difflib F1 at k words; dl* = difflib at the best k overall (k={best_k})")
    out(head)
    out("-" * len(head))
    for name, px, dl, found, total, seconds, traps in rows:
        para = f"{found}/{total}" if total else "-"
        flag = " <" if px.f1 < dl[best_k].f1 else ""
        out(f"{name:<22} {px.p:5.2f} {px.r:5.2f} {px.f1:5.2f} | "
            + " ".join(f"{dl[k].f1:5.2f}" for k in DIFFLIB_KS)
            + f" | {dl[best_k].f1:5.2f} {para:>6} {seconds * 1000:6.0f} {traps:>6}{flag}")
    out("-" * len(head))
    para = f"{para_found}/{para_total}" if para_total else "-"
    out(f"{'all (micro)':<22} {total_px.p:5.2f} {total_px.r:5.2f} {total_px.f1:5.2f} | "
        + " ".join(f"{total_dl[k].f1:5.2f}" for k in DIFFLIB_KS)
        + f" | {total_dl[best_k].f1:5.2f} {para:>6}")
    dlb = total_dl[best_k]
    out(f"difflib k={best_k}: P {dlb.p:.2f} R {dlb.r:.2f} F1 {dlb.f1:.2f}; "
        f"paraphrase recall {para_found / para_total if para_total else 1.0:.2f}; "
        f"traps linked {traps_sprung}/{traps_total}   (< : Parallax below difflib)")
    for f, gold, pred, missed in details:
        out(f"\n{f.name}")
        for line in diagnosis(f, gold, pred):
            out(line)
        for entry in missed:
            what = "TRAP LINKED" if entry.get("kind") == "trap" else "paraphrase missed"
            out(f"  {what}: {entry['a']} {entry['a_text'][:70]!r} ~ {entry['b']} {entry['b_text'][:70]!r}")
    return {"parallax": total_px, "difflib": total_dl, "best_k": best_k,
            "paraphrase": (para_found, para_total), "traps": (traps_sprung, traps_total),
            "folders": {name: (px, dl) for name, px, dl, *_ in rows}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", help="gold folders (default: every folder under bench/passage_gold/)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the biggest misses and false claims")
    args = ap.parse_args(argv)
    folders = gold_folders(args.folders)
    if not folders:
        print("no gold folders", file=sys.stderr)
        return 2
    for folder in folders:
        if not (folder / "gold.json").is_file():
            print(f"bench_passages: no gold.json in {folder}", file=sys.stderr)
            return 2
    evaluate(folders, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
