"""Synthetic folders with planted lineage, for bench_lineage.py and the tests.

Built on corpus.py's made-up story (pseudo-word vocabulary, a shared cast), so
nothing matches by accident. Each folder mixes families:

* fan          -- one original and two or three rewrites of it;
* chain        -- an original, a rewrite of it, and a rewrite of the rewrite
                  (which also takes some of the first rewrite's own additions);
* common       -- two rewrites of an original that is NOT in the folder;
* release      -- a short press release reused nearly whole by one outlet
                  and in parts by another;
* noise        -- unrelated articles on the same story.

A rewrite keeps a subset of its original's paragraphs in their order (some
verbatim, some with small edits), drops the rest and adds paragraphs of its
own. Half the families carry publication dates (the original first).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from corpus import Story, _fresh_para, _near_edit, _Para, _words

SEED = 20251130


@dataclass
class Planted:
    texts: dict[str, str] = field(default_factory=dict)  # id → text
    directed: set[tuple[str, str]] = field(default_factory=set)  # (from, to): to took from `from`
    # The directed pairs the text can decide: no other source holds all that
    # the two share (else it explains the rewrite as well: a fan and a chain
    # read the same), and the pair is dated or the rewrite is a compression
    # (an expanded rewrite with no date reads exactly like an excerpt of it
    # taken the other way round).
    decidable: set[tuple[str, str]] = field(default_factory=set)
    undirected: set[frozenset[str]] = field(default_factory=set)  # related, no direction (siblings, common origin)
    families: list[tuple[frozenset[str], str | None]] = field(default_factory=list)  # members, original

    def raw_sources(self):
        from tui.core.loading import RawSource
        return [RawSource(i, f"<synthetic>/{i}.txt", t, {}) for i, t in sorted(self.texts.items())]


_uid = iter(range(10**9))


def _fresh(rng: random.Random, story: Story) -> _Para:
    """A new paragraph; its `origin` is its identity, kept by every copy."""
    para = _fresh_para(rng, story, 0.25)
    para.origin = (next(_uid), 0)
    return para


def _original(rng: random.Random, story: Story, paragraphs: tuple[int, int]) -> list[_Para]:
    return [_fresh(rng, story) for _ in range(rng.randint(*paragraphs))]


def _rewrite(rng: random.Random, story: Story, source: list[_Para], keep: tuple[float, float],
             own: tuple[float, float]) -> list[_Para]:
    n = len(source)
    kept = sorted(rng.sample(range(n), max(2, round(n * rng.uniform(*keep)))))
    body = []
    for k in kept:
        copy = _Para(source[k].sents) if rng.random() < 0.5 else _near_edit(rng, story, source[k])[0]
        copy.origin = source[k].origin
        body.append(copy)
    for _ in range(round(len(kept) * rng.uniform(*own))):
        body.insert(rng.randint(1, len(body)), _fresh(rng, story))
    return body


def _text(story: Story, rng: random.Random, body: list[_Para], day: date | None) -> str:
    lines = [story.headline(rng)]
    if day:
        lines.append(f"Published {day.day} {day:%B %Y}")
    lines += [" ".join(s.text for s in p.sents) for p in body]
    return "\n".join(lines) + "\n"


def generate(families: int, seed: int = SEED) -> Planted:
    """About `families` families plus noise; about 3 articles a family."""
    rng = random.Random(seed)
    story = Story(rng)
    out = Planted()
    counter = iter(range(10**6))

    words: dict[str, int] = {}
    paragraphs: dict[str, set[int]] = {}
    dated_ids: set[str] = set()

    def add(body: list[_Para], day: date | None) -> str:
        i = f"s{next(counter):04d}"
        out.texts[i] = _text(story, rng, body, day)
        words[i] = sum(_words(p) for p in body)
        paragraphs[i] = {p.origin[0] for p in body}
        if day:
            dated_ids.add(i)
        return i

    kinds = ["fan", "chain", "common", "release", "noise"]
    for f in range(families):
        kind = kinds[f % len(kinds)]
        dated = rng.random() < 0.5
        day0 = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
        when = (lambda k: day0 + timedelta(days=k)) if dated else (lambda k: None)
        if kind == "fan":
            orig = _original(rng, story, (10, 14))
            o = add(orig, when(0))
            kids = [add(_rewrite(rng, story, orig, (0.5, 0.85), (0.0, 0.25)), when(1 + k))
                    for k in range(rng.choice((2, 3)))]
            out.directed |= {(o, k) for k in kids}
            out.undirected |= {frozenset((a, b)) for a in kids for b in kids if a < b}
            out.families.append((frozenset([o, *kids]), o))
        elif kind == "chain":
            orig = _original(rng, story, (10, 14))
            mid = _rewrite(rng, story, orig, (0.6, 0.9), (0.1, 0.3))
            last = _rewrite(rng, story, mid, (0.5, 0.85), (0.0, 0.2))
            o, m, last_id = add(orig, when(0)), add(mid, when(1)), add(last, when(2))
            out.directed |= {(o, m), (m, last_id), (o, last_id)}
            out.families.append((frozenset([o, m, last_id]), o))
        elif kind == "common":
            hidden = _original(rng, story, (12, 16))
            a = add(_rewrite(rng, story, hidden, (0.45, 0.75), (0.1, 0.3)), when(1))
            b = add(_rewrite(rng, story, hidden, (0.45, 0.75), (0.1, 0.3)), when(1))
            out.undirected.add(frozenset((a, b)))
            out.families.append((frozenset([a, b]), None))
        elif kind == "release":
            release = _original(rng, story, (5, 7))
            r = add(release, when(0))
            whole = add(_rewrite(rng, story, release, (0.9, 1.0), (0.5, 1.0)), when(1))
            parts = add(_rewrite(rng, story, release, (0.35, 0.55), (0.8, 1.5)), when(1))
            out.directed |= {(r, whole), (r, parts)}
            out.undirected.add(frozenset((whole, parts)))
            out.families.append((frozenset([r, whole, parts]), r))
        else:
            for _ in range(2):
                add(_original(rng, story, (8, 12)), when(rng.randrange(3)))
    def explained_by_another(f: str, t: str) -> bool:
        common = paragraphs[f] & paragraphs[t]
        return any(common <= paragraphs[g] for g in out.texts if g not in (f, t))

    out.decidable = {(f, t) for f, t in out.directed if not explained_by_another(f, t)
                     and ((f in dated_ids and t in dated_ids) or words[t] <= 0.9 * words[f])}
    return out


__all__ = ["Planted", "generate", "_words"]
