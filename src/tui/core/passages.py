"""Shared passages across all sources, clustered N-way.

Pipeline (each step a small function):
1. `_prepare`: body tokens of each source (boilerplate left out), with the
   facts the filters need (stopword, capitalised, inside quotation marks).
2. `_seed_pairs`: an inverted index of 3-word shingles gives, per pair of
   sources, the positions where they share words. Never all-pairs over text.
3. `_blocks` / `_chain`: seeds become exact blocks on a diagonal, and
   blocks close together on both sides chain into regions (near matches with
   small edits). Short quoted phrases shared as quotes are found separately.
4. `_paraphrases`: sentence pairs that carry the same specific content
   (IDF-weighted stems, numbers) without lexical reuse.
5. `_cluster`: regions of all pairs are joined where they overlap in one
   source, so three outlets carrying one quote make one passage.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .model import Passage, Source, Span
from .text import STOPWORDS, stem

SHINGLE = 3          # words per seed shingle
DENSE_POSTINGS = 24  # up to this many places, a shingle pairs all of them
CHAIN_PARTNERS = 3   # beyond, each place pairs with the next few only
MAX_POSTINGS = 200   # a short quote in more places than this is a stock phrase
MIN_ANCHOR = 4       # an exact block must have this many words to start a match
LONG_BLOCK = 8       # a block this long is reuse even if its words are common
STOCK_DOCS = 8       # a phrase in more places than this (and 5% of sources) is stock
MAX_GAP = 6          # words of difference between two blocks of one near match
MIN_NEAR_COMMON = 5  # a near match shares at least this many words
SHORT_QUOTE = (2, 4) # shared quoted phrases of this many words count on their own

# Paraphrase scoring
RARE_STEM_POSTINGS = 10   # stems in at most this many sentences are rare
PREFIX_STEMS = 6          # a sentence is indexed under this many of its rarest stems
DENSE_STEM_POSTINGS = 50  # up to this many sentences under one stem pair them all
PARAPHRASE_MIN_SCORE = 0.34
PARAPHRASE_STRONG = 0.5  # a link this strong may be a sentence's second partner
PARAPHRASE_MIN_SHARED = 3
REPORTING_VERBS = frozenset(
    "said say says told tell tells stated state states added add adds noted note notes "
    "explained explain stressed stress warned warn insisted insist emphasized emphasised "
    "according described describe called call claimed claim reported report announced "
    "announce indicated indicate suggested suggest wrote write posted post speaking spoke "
    "comments comment remarks".split()
)



@dataclass(frozen=True)
class _Doc:
    index: int
    source: Source
    starts: list[int]
    ends: list[int]
    norms: list[str]
    folds: list[str]
    content: list[bool]   # not a stopword
    lower: list[bool]     # written in lower case (not part of a name)
    quoted: list[bool]    # inside quotation marks
    sentence: list[int]   # index of the sentence holding the token, -1 if none
    paragraph: list[int]  # index of the paragraph holding the token, -1 if none


@dataclass
class _Region:
    """Tokens a0:a1 of doc a match tokens b0:b1 of doc b."""

    a: int
    a0: int
    a1: int
    b: int
    b0: int
    b1: int
    matched: int
    anchored: bool
    kind: str = "near"
    similarity: float = 0.0


_QUOTE_EVENT = re.compile('[\n“”«»„"]')


def _quoted_mask(text: str, starts: list[int]) -> list[bool]:
    """Which tokens stand inside quotation marks (curly or straight).

    Straight double quotes toggle. State resets at each line break, since a
    quote that runs across paragraphs reopens with a new mark anyway.
    Only quote marks and line breaks are visited, not every character.
    """
    events = [(m.start(), m.group()) for m in _QUOTE_EVENT.finditer(text)]
    mask: list[bool] = []
    inside = False
    ei = 0
    for pos in starts:
        while ei < len(events) and events[ei][0] < pos:
            ch = events[ei][1]
            if ch in "“«„":
                inside = True
            elif ch == '"':
                inside = not inside
            else:  # closing mark or line break
                inside = False
            ei += 1
        mask.append(inside)
    return mask


def _containing(ranges, starts: list[int]) -> list[int]:
    """For each offset, the index of the (sorted) range holding it, or -1."""
    out = []
    i = 0
    for pos in starts:
        while i < len(ranges) and ranges[i].end <= pos:
            i += 1
        out.append(i if i < len(ranges) and ranges[i].start <= pos else -1)
    return out


def _prepare(sources: Sequence[Source]) -> list[_Doc]:
    docs = []
    for i, src in enumerate(sources):
        marks = sorted((b.start, b.end) for b in src.boilerplate)
        toks = []
        mi = 0
        for t in src.tokens:
            while mi < len(marks) and marks[mi][1] <= t.start:
                mi += 1
            if mi < len(marks) and marks[mi][0] <= t.start < marks[mi][1]:
                continue
            toks.append(t)
        text = src.text
        starts = [t.start for t in toks]
        sentence_of = _containing(src.sentences, starts)
        paragraph_of = _containing(src.paragraphs, starts)
        docs.append(
            _Doc(
                index=i,
                source=src,
                starts=starts,
                ends=[t.end for t in toks],
                norms=[t.norm for t in toks],
                folds=[t.fold for t in toks],
                # reporting verbs are the genre's glue ("X said", "Y stated"), not content
                content=[not (t.norm in STOPWORDS or len(t.norm) <= 1 or t.norm in REPORTING_VERBS)
                         for t in toks],
                lower=[not text[t.start].isupper() for t in toks],
                quoted=_quoted_mask(text, starts),
                sentence=sentence_of,
                paragraph=paragraph_of,
            )
        )
    return docs


# ---------------------------------------------------------------- seeds


_POS_BITS = 24  # token positions below 16 M per source (a 10 MB file has ~1.7 M)
_POS_MASK = (1 << _POS_BITS) - 1


def _shingle_index(docs: list[_Doc]) -> dict[int, object]:
    """Hash of 3 folded words → packed (doc, position) places.

    A shingle seen once keeps a bare int and becomes a list on its second
    place: most shingles are unique, and this halves the index's memory.
    Hash collisions are harmless: block extension compares the words.
    """
    index: dict[int, object] = {}
    get = index.get
    for d in docs:
        f, c, sent = d.folds, d.content, d.sentence
        base = d.index << _POS_BITS
        for p in range(len(f) - SHINGLE + 1):
            if not (c[p] or c[p + 1] or c[p + 2]):
                continue  # "one of the": all function words
            if sent[p] != sent[p + 2]:
                continue  # seeds stay inside a sentence; blocks may grow past it
            key = hash((f[p], f[p + 1], f[p + 2]))
            place = base | p
            seen = get(key)
            if seen is None:
                index[key] = place
            elif type(seen) is int:
                index[key] = [seen, place]
            else:
                seen.append(place)
    return index


def _seed_pairs(index: dict[int, object]) -> dict[tuple[int, int], array]:
    """(doc a, doc b) → packed positions (pa << 24 | pb) where a shingle starts in both.

    A shingle found in many places is a phrase copied widely (or a stock
    phrase): rather than every pair of its places, which grows with the
    square, each place is paired with the next few only. Clustering joins
    the chain back into one passage.
    """
    pairs: dict[tuple[int, int], array] = {}
    for places in index.values():
        if type(places) is int:
            continue
        dense = len(places) <= DENSE_POSTINGS
        for i, x in enumerate(places):
            da = x >> _POS_BITS
            partners = places[i + 1:] if dense else places[i + 1:i + 1 + CHAIN_PARTNERS]
            for y in partners:
                db = y >> _POS_BITS
                if da == db:
                    continue
                seeds = pairs.get((da, db))
                if seeds is None:
                    seeds = pairs[(da, db)] = array("q")
                seeds.append(((x & _POS_MASK) << _POS_BITS) | (y & _POS_MASK))
    return pairs


def _blocks(a: _Doc, b: _Doc, packed: array) -> list[tuple[int, int, int]]:
    """Maximal exact runs (pa, pb, length) of equal folded words."""
    seeds = sorted(((x >> _POS_BITS, x & _POS_MASK) for x in packed), key=lambda s: (s[1] - s[0], s[0]))
    out = []
    covered_until: dict[int, int] = {}
    fa, fb = a.folds, b.folds
    ga, gb = a.paragraph, b.paragraph
    for pa, pb in seeds:
        diag = pb - pa
        if covered_until.get(diag, -1) > pa:
            continue
        s0, t0 = pa, pb
        while s0 > 0 and t0 > 0 and fa[s0 - 1] == fb[t0 - 1] \
                and ga[s0 - 1] == ga[pa] and gb[t0 - 1] == gb[pb]:
            s0 -= 1
            t0 -= 1
        s1, t1 = pa, pb
        while s1 < len(fa) and t1 < len(fb) and fa[s1] == fb[t1] \
                and ga[s1] == ga[pa] and gb[t1] == gb[pb]:
            s1 += 1
            t1 += 1
        covered_until[diag] = s1
        if s1 > s0:
            out.append((s0, t0, s1 - s0))
    return out


def _substantive(d: _Doc, p0: int, p1: int) -> bool:
    """Enough to count as reuse on its own: not a name with its title, not
    a run of function words."""
    lower_content = sum(1 for i in range(p0, p1) if d.content[i] and d.lower[i])
    return lower_content >= 3 or (lower_content >= 2 and p1 - p0 >= 6)


def _follows(a: _Doc, b: _Doc, r: _Region, pa: int, pb: int) -> bool:
    ga, gb = pa - r.a1, pb - r.b1
    return (-2 <= ga <= MAX_GAP and -2 <= gb <= MAX_GAP and pa >= r.a0 and pb >= r.b0
            and a.paragraph[pa] == a.paragraph[r.a0] and b.paragraph[pb] == b.paragraph[r.b0])


def _distinctive_words(index: dict[int, object], d: _Doc, p0: int, p1: int, limit: int) -> int:
    """Lower-case content words of the block covered by a shingle found in at
    most `limit` places. Words only stock phrases cover ("by the end of the
    year") do not count: they say nothing about reuse."""
    f, sent = d.folds, d.sentence
    covered = [False] * (p1 - p0)
    for p in range(p0, p1 - SHINGLE + 1):
        if sent[p] != sent[p + 2]:
            continue  # not indexed: says nothing about the phrase
        places = index.get(hash((f[p], f[p + 1], f[p + 2])))
        if places is not None and (type(places) is int or len(places) <= limit):
            for k in range(p - p0, p - p0 + SHINGLE):
                covered[k] = True
    return sum(1 for k, c in enumerate(covered) if c and d.content[p0 + k] and d.lower[p0 + k])


def _chain(a: _Doc, b: _Doc, blocks: list[tuple[int, int, int]],
           distinctive=lambda d, p0, p1: p1 - p0) -> list[_Region]:
    """Join blocks that follow each other closely on both sides into regions."""
    regions: list[_Region] = []
    open_regions: list[_Region] = []
    for pa, pb, n in sorted(blocks):
        anchored = n >= MIN_ANCHOR and _substantive(a, pa, pa + n) \
            and (n >= LONG_BLOCK or distinctive(a, pa, pa + n) >= 2)
        joined = next((r for r in open_regions if _follows(a, b, r, pa, pb)), None)
        if joined:
            # overlapping blocks (a repeated word) count their new words only
            joined.matched += max(0, min(n, pa + n - joined.a1, pb + n - joined.b1))
            joined.a1 = max(joined.a1, pa + n)
            joined.b1 = max(joined.b1, pb + n)
            joined.anchored = joined.anchored or anchored
        else:
            r = _Region(a.index, pa, pa + n, b.index, pb, pb + n, n, anchored)
            regions.append(r)
            open_regions.append(r)
        open_regions = [r for r in open_regions if pa - r.a1 <= MAX_GAP]
    return [r for r in regions if r.anchored]


def _score(a: _Doc, b: _Doc, r: _Region) -> _Region | None:
    na, nb = a.norms[r.a0:r.a1], b.norms[r.b0:r.b1]
    if na == nb:
        r.kind, r.similarity = "verbatim", 1.0
        return r
    if r.matched < MIN_NEAR_COMMON:
        return None
    r.kind = "near"
    r.similarity = round(Indel.normalized_similarity(na, nb), 3)
    return r


def _quote_segments(d: _Doc) -> list[tuple[int, int]]:
    segs = []
    i = 0
    n = len(d.quoted)
    while i < n:
        if d.quoted[i]:
            j = i
            while j < n and d.quoted[j]:
                j += 1
            segs.append((i, j))
            i = j
        else:
            i += 1
    return segs


def _short_quotes(docs: list[_Doc]) -> list[_Region]:
    """Short phrases (2–4 words) that two sources both put in quotation marks:
    a shared quote, even when too short to be a passage by length."""
    by_words: dict[tuple[str, ...], list[tuple[int, int, int]]] = defaultdict(list)
    for d in docs:
        for i, j in _quote_segments(d):
            if SHORT_QUOTE[0] <= j - i <= SHORT_QUOTE[1] and any(d.content[i:j]):
                by_words[tuple(d.folds[i:j])].append((d.index, i, j))
    out = []
    for places in by_words.values():
        if len(places) > MAX_POSTINGS:
            continue
        for x, (da, i, j) in enumerate(places):
            for db, k, m in places[x + 1:]:
                if da != db:
                    out.append(_Region(da, i, j, db, k, m, j - i, True, "verbatim", 1.0))
    return out


def lexical_regions(docs: list[_Doc]) -> list[_Region]:
    index = _shingle_index(docs)
    stock_limit = max(STOCK_DOCS, len(docs) // 20)

    def distinctive(d: _Doc, p0: int, p1: int) -> int:
        return _distinctive_words(index, d, p0, p1, stock_limit)

    regions = []
    for (da, db), seeds in _seed_pairs(index).items():
        if len(seeds) < 2:
            continue  # one shared shingle cannot make a 4-word anchor
        a, b = docs[da], docs[db]
        for r in _chain(a, b, _blocks(a, b, seeds), distinctive):
            scored = _score(a, b, r)
            if scored:
                regions.append(scored)
    regions.extend(_short_quotes(docs))
    return regions


# ---------------------------------------------------------------- paraphrase


def _sentence_features(docs: list[_Doc]):
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


def paraphrase_regions(docs: list[_Doc], lexical: list[_Region]) -> list[_Region]:
    feats = _sentence_features(docs)
    if len(feats) < 2:
        return []
    df: dict[str, int] = defaultdict(int)
    for f in feats:
        for s in f[3]:
            df[s] += 1
    total = len(feats)
    weight = {s: math.log(1 + total / c) for s, c in df.items()}
    by_pair: dict[tuple[int, int], list[_Region]] = defaultdict(list)
    for r in lexical:
        by_pair[(r.a, r.b)].append(r)
        by_pair[(r.b, r.a)].append(_Region(r.b, r.b0, r.b1, r.a, r.a0, r.a1, r.matched, True))
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
        _Region(feats[k1][0], feats[k1][1], feats[k1][2], feats[k2][0], feats[k2][1], feats[k2][2],
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


# ---------------------------------------------------------------- clustering


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _cluster(regions: list[_Region]) -> list[list[_Region]]:
    """Components of regions linked by overlapping (≥ half the shorter) in a source."""
    uf = _UnionFind(len(regions))
    by_doc: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for k, r in enumerate(regions):
        by_doc[r.a].append((r.a0, r.a1, k))
        by_doc[r.b].append((r.b0, r.b1, k))
    for intervals in by_doc.values():
        intervals.sort()
        active: list[tuple[int, int, int]] = []
        for s, e, k in intervals:
            active = [iv for iv in active if iv[1] > s]
            for s2, e2, k2 in active:
                overlap = min(e, e2) - s
                # half of the shorter, and a quarter of the longer: a short
                # region must not bridge two long passages into one
                if overlap * 2 >= min(e - s, e2 - s2) and overlap * 4 >= max(e - s, e2 - s2):
                    uf.union(k, k2)
            active.append((s, e, k))
    groups: dict[int, list[_Region]] = defaultdict(list)
    for k, r in enumerate(regions):
        groups[uf.find(k)].append(r)
    return list(groups.values())


def _cluster_paraphrases(regions: list[_Region], docs: list[_Doc]) -> list[list[_Region]]:
    """Join paraphrased sentences into passages, strongest links first.

    A link is refused when it would put two sentences of one source that are
    not neighbours into one passage: a rewrite may merge two adjacent
    sentences, but anything wider is a chain of loose links drifting from
    one statement to another.
    """
    parent: dict[tuple[int, int], tuple[int, int]] = {}
    members: dict[tuple[int, int], dict[int, set[int]]] = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def node(doc: int, tok: int) -> tuple[int, int]:
        key = (doc, docs[doc].sentence[tok])
        if key not in parent:
            parent[key] = key
            members[key] = {key[0]: {key[1]}}
        return key

    accepted: list[tuple[_Region, tuple[int, int]]] = []
    for r in sorted(regions, key=lambda r: -r.similarity):
        ra, rb = find(node(r.a, r.a0)), find(node(r.b, r.b0))
        if ra != rb:
            ma, mb = members[ra], members[rb]
            if any(max(ma[d] | mb[d]) - min(ma[d] | mb[d]) > 1 for d in ma.keys() & mb.keys()):
                continue
            parent[rb] = ra
            for d, sents in mb.items():
                ma.setdefault(d, set()).update(sents)
            del members[rb]
        accepted.append((r, ra))
    groups: dict[tuple[int, int], list[_Region]] = defaultdict(list)
    for r, _ in accepted:
        groups[find((r.a, docs[r.a].sentence[r.a0]))].append(r)
    return list(groups.values())


def _merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(intervals):
        if out and s < out[-1][1]:  # touching spans stay apart (sentences, paragraphs)
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _passage_from(group: list[_Region], docs: list[_Doc], kind: str) -> tuple | None:
    per_doc: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for r in group:
        per_doc[r.a].append((r.a0, r.a1))
        per_doc[r.b].append((r.b0, r.b1))
    if len(per_doc) < 2:
        return None
    spans = []
    words: dict[int, list[str]] = {}
    for di in sorted(per_doc):
        d = docs[di]
        merged = _merge_intervals(per_doc[di])
        words[di] = [w for s, e in merged for w in d.norms[s:e]]
        for s, e in merged:
            spans.append(Span(d.source.id, d.starts[s], d.ends[e - 1]))
    similarity = sum(r.similarity for r in group) / len(group)
    if kind == "near" and len(words) <= 8:
        texts = list(words.values())
        sims = [Indel.normalized_similarity(texts[i], texts[j])
                for i in range(len(texts)) for j in range(i + 1, len(texts))]
        similarity = sum(sims) / len(sims)
    return kind, round(similarity, 3), tuple(spans)


def align_sources(sources: Sequence[Source]) -> list[Passage]:
    """Every passage two or more sources share, as N-way clusters."""
    docs = _prepare(sources)
    lexical = lexical_regions(docs)
    paraphrases = paraphrase_regions(docs, lexical)
    found = []
    # Each kind clusters on its own: a verbatim core inside a looser near
    # match stays visible as verbatim instead of being diluted.
    for kind in ("verbatim", "near"):
        for group in _cluster([r for r in lexical if r.kind == kind]):
            p = _passage_from(group, docs, kind)
            if p:
                found.append(p)
    for group in _cluster_paraphrases(paraphrases, docs):
        p = _passage_from(group, docs, "paraphrase")
        if p:
            found.append(p)
    order = {s.id: i for i, s in enumerate(sources)}
    found.sort(key=lambda p: (order[p[2][0].source], p[2][0].start, p[0]))
    return [Passage(f"p{i + 1}", kind, sim, spans) for i, (kind, sim, spans) in enumerate(found)]
