"""Paraphrase links: sentences of two sources that carry the same specific
content (IDF-weighted word stems, numbers) in other words.

Returns links only; `passages.cluster_links` groups them."""

from __future__ import annotations

import math
from collections import defaultdict

from .aligned import REPORTING_VERBS, AlignDoc, Region
from .text import stem

RARE_STEM_POSTINGS = 10   # stems in at most this many sentences are rare
PREFIX_STEMS = 6          # a sentence is indexed under this many of its rarest stems
DENSE_STEM_POSTINGS = 50  # up to this many sentences under one stem pair them all
CHAIN_PARTNERS = 3        # beyond, each sentence pairs with the next few only
PARAPHRASE_MIN_SCORE = 0.34
PARAPHRASE_STRONG = 0.5  # a link this strong may be a sentence's second partner
PARAPHRASE_MIN_SHARED = 3


def _sentence_features(docs: list[AlignDoc]):
    """Per body sentence: (doc, first token, end token, stems, lower-case stems)."""
    feats = []
    for d in docs:
        start = 0
        n = len(d.sentence)
        while start < n:
            end = start
            while end < n and d.sentence[end] == d.sentence[start]:
                end += 1
            stems, lower = set(), set()
            for i in range(start, end):
                if d.content[i] and len(d.norms[i]) > 2 and d.norms[i] not in REPORTING_VERBS:
                    s = stem(d.folds[i])
                    stems.add(s)
                    if d.lower[i]:
                        lower.add(s)
            if len(stems) >= 4:
                feats.append((d.index, start, end, stems, lower))
            start = end
    return feats


def _covered(regions_by_pair, a: int, a0: int, a1: int, b: int, b0: int, b1: int) -> float:
    """Share of both sentences already covered by lexical matches between a and b."""
    cov_a = cov_b = 0
    for r in regions_by_pair.get((a, b), ()):
        cov_a += max(0, min(a1, r.a1) - max(a0, r.a0))
        cov_b += max(0, min(b1, r.b1) - max(b0, r.b0))
    return min(cov_a / max(1, a1 - a0), cov_b / max(1, b1 - b0))


def paraphrase_links(docs: list[AlignDoc], lexical: list[Region]) -> list[Region]:
    """Sentence pairs of two sources with the same specific content, where
    the lexical links do not already cover them (`lexical` is read only)."""
    feats = _sentence_features(docs)
    if len(feats) < 2:
        return []
    df: dict[str, int] = defaultdict(int)
    for f in feats:
        for s in f[3]:
            df[s] += 1
    total = len(feats)
    weight = {s: math.log(1 + total / c) for s, c in df.items()}
    by_pair: dict[tuple[int, int], list[Region]] = defaultdict(list)
    for r in lexical:
        by_pair[(r.a, r.b)].append(r)
        by_pair[(r.b, r.a)].append(Region(r.b, r.b0, r.b1, r.a, r.a0, r.a1, r.matched, True))
    candidates = []
    for key in _candidate_sentence_pairs(feats, df):
        k1, k2 = divmod(key, total)
        da, a0, a1, sa, la = feats[k1]
        db, b0, b1, sb, lb = feats[k2]
        shared = sa & sb
        if len(shared) < PARAPHRASE_MIN_SHARED:
            continue
        # The same people alone do not make the same statement: some of the
        # shared content must be ordinary words or numbers.
        content_shared = (la & lb) | {s for s in shared if s[:1].isdigit()}
        if len(content_shared) < 2:
            continue
        w_shared = sum(weight[s] for s in shared)
        score = 2 * w_shared / (sum(weight[s] for s in sa) + sum(weight[s] for s in sb))
        if score < PARAPHRASE_MIN_SCORE:
            continue
        if _covered(by_pair, da, a0, a1, db, b0, b1) >= 0.5:
            continue
        candidates.append((score, k1, k2))
    return [
        Region(feats[k1][0], feats[k1][1], feats[k1][2], feats[k2][0], feats[k2][1], feats[k2][2],
                len(feats[k1][3] & feats[k2][3]), True, "paraphrase", round(score, 3))
        for score, k1, k2 in _best_links(candidates, feats)
    ]


def _candidate_sentence_pairs(feats, df: dict[str, int]) -> set[int]:
    """Sentence pairs (k1 * total + k2) worth scoring, by prefix filtering:
    each sentence is indexed under its few rarest stems only, so two
    sentences that share much of their content almost surely meet under one
    of them, while the posting lists stay short and the work near-linear.
    A posting list that is still long links each sentence to the next few."""
    total = len(feats)
    postings: dict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        # a stem found in this sentence only can never be shared: skip it
        for s in sorted((s for s in f[3] if df[s] > 1), key=lambda s: (df[s], s))[:PREFIX_STEMS]:
            postings[s].append(k)
    pairs: set[int] = set()
    # Rare stems (in a handful of sentences) pair every sentence holding them;
    # two such stems in common make a candidate even outside the prefixes.
    rare_counts: dict[int, int] = defaultdict(int)
    rare: dict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        for s in f[3]:
            if 1 < df[s] <= RARE_STEM_POSTINGS:
                rare[s].append(k)
    for ks in rare.values():
        for x, k1 in enumerate(ks):
            for k2 in ks[x + 1:]:
                if feats[k2][0] != feats[k1][0]:
                    rare_counts[k1 * total + k2] += 1
    pairs.update(key for key, n in rare_counts.items() if n >= 2)
    for ks in postings.values():
        dense = len(ks) <= DENSE_STEM_POSTINGS
        for x, k1 in enumerate(ks):
            d1 = feats[k1][0]
            for k2 in (ks[x + 1:] if dense else ks[x + 1:x + 1 + CHAIN_PARTNERS]):
                if feats[k2][0] != d1:
                    pairs.add(k1 * total + k2)
    return pairs


def _best_links(candidates, feats):
    """Keep a sentence pair if each is the other's best match in its source,
    or if the link is strong and the best for one side: a rewrite may merge
    two sentences into one, but weak second-best links are what chain
    unrelated sentences together."""
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for score, k1, k2 in candidates:
        for k, other in ((k1, k2), (k2, k1)):
            key = (k, feats[other][0])
            if key not in best or score > best[key][0]:
                best[key] = (score, other)
    out = []
    for score, k1, k2 in candidates:
        best_for_1 = best[(k1, feats[k2][0])][1] == k2
        best_for_2 = best[(k2, feats[k1][0])][1] == k1
        if (best_for_1 and best_for_2) or (score >= PARAPHRASE_STRONG and (best_for_1 or best_for_2)):
            out.append((score, k1, k2))
    return out
