"""Lexical reuse: verbatim and near-verbatim regions between pairs of sources.

An inverted index of 3-word shingles gives, per pair of sources, the places
where they share words (never all-pairs over the text). Seeds grow into
exact blocks on a diagonal; blocks close together on both sides chain into
regions with small edits (near matches). Short phrases that two sources both
put in quotation marks are matched on their own.

Scale: the candidate pairs (sources sharing a shingle) grow faster than the
folder, and most share a stray phrase or two. Their seeds are made one
source at a time and dropped with it (`_seed_rows`); a pair with one seed
is dropped at once, a pair none of whose seeds can grow to a five-word block
is dropped before any block is grown (`_may_anchor`, a proof in its
docstring), and a pair whose blocks hold no anchor is dropped before
chaining. Each skip gives exactly the links the full computation gives.
"""

from __future__ import annotations

from collections.abc import Callable

from array import array
from collections import defaultdict
from bisect import bisect_left
from itertools import compress, repeat
from operator import and_, eq, or_

from rapidfuzz.distance import Indel

from .aligned import AlignDoc, Region

SHINGLE = 3          # words per seed shingle
DENSE_POSTINGS = 24  # up to this many places, a shingle pairs all of them
CHAIN_PARTNERS = 3   # beyond, each place pairs with the next few only
MAX_POSTINGS = 200   # a short quote in more places than this is a stock phrase
MIN_ANCHOR = 5       # an exact block must have this many words to start a match
LONG_BLOCK = 8       # a block this long is reuse even if its words are common
STOCK_DOCS = 8       # a phrase in more places than this (and 5% of sources) is stock
MAX_GAP = 6          # words of difference between two blocks of one near match
MAX_SENTENCE_GAP = 12  # … when both blocks stand in one sentence on each side
MIN_NEAR_COMMON = 5  # a near match shares at least this many words
SHORT_QUOTE = (2, 4) # shared quoted phrases of this many words count on their own
EDGE_REST = 8        # words a match may be stretched by to reach its sentences' edges


_POS_BITS = 24  # token positions below 16 M per source (a 10 MB file has ~1.7 M)
_POS_MASK = (1 << _POS_BITS) - 1


def _shingle_index(docs: list[AlignDoc], index: dict[int, object] | None = None) -> dict[int, object]:
    """Hash of 3 folded words → packed (doc, position) places.

    A shingle seen once keeps a bare int and becomes a list on its second
    place: most shingles are unique, and this halves the index's memory.
    Hash collisions are harmless: block extension compares the words.
    Given an `index` of the sources before these (watch mode: articles
    added at the end), these sources' places are added to it, in place.
    """
    if index is None:
        index = {}
    get = index.get
    for d in docs:
        base = d.index << _POS_BITS
        for key, p in zip(*_seed_starts(d)):
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


def _seed_starts(d: AlignDoc) -> tuple[list[int], list[int]]:
    """The seed starts of one source as two columns: each one's shingle
    hash, and its position. Told at C speed (map) rather than word by word:
    not all function words ("one of the"), and inside one sentence (seeds
    stay inside a sentence; blocks may grow past it)."""
    f, c, sent = d.folds, d.content, d.sentence
    # which positions start a seed, first: only those are hashed (SHINGLE = 3 words)
    seed = list(map(and_, map(or_, map(or_, c, c[1:]), c[2:]), map(eq, sent, sent[2:])))
    return list(map(hash, compress(zip(f, f[1:], f[2:]), seed))), list(compress(range(len(seed)), seed))


def _seed_rows(docs: list[AlignDoc], index: dict[int, object]):
    """`_seed_pairs(index)` one source at a time: for each source a (in
    order), its pairs (a, b) with b ascending and their seeds, as lists of
    (b, seeds), leaving out the pairs with one seed (`pair_links` gives
    them no link). The same seeds per pair (in another order, which `_blocks`
    does not read: it sorts them), but only one source's pairs are held at
    a time, not every pair of the folder (at 10,000 articles, millions).

    Every seed of a pair (a, b), a < b, comes from a place x of a (the
    earlier place of the two: a posting list holds its places in order), so
    walking a's places and pairing each with the places after it in its
    posting list (all of them, or the next CHAIN_PARTNERS) gives them all.
    """
    for d in docs:
        da = d.index
        base = da << _POS_BITS
        # a pair's first seed is kept as a bare int, an array from its
        # second: most pairs share one shingle and are dropped
        row: dict[int, object] = {}
        get = row.get
        keys, starts = _seed_starts(d)
        postings = list(map(index.__getitem__, keys))
        # only the places of shingles found more than once (a list, not a
        # bare int), picked out at C speed: most shingles are unique
        for p, places in compress(zip(starts, postings), map(isinstance, postings, repeat(list))):
            i = bisect_left(places, base | p) + 1
            partners = places[i:] if len(places) <= DENSE_POSTINGS else places[i:i + CHAIN_PARTNERS]
            pa = p << _POS_BITS
            for y in partners:
                db = y >> _POS_BITS
                if db == da:
                    continue
                seeds = get(db)
                if seeds is None:
                    row[db] = pa | (y & _POS_MASK)
                elif type(seeds) is int:
                    row[db] = array("q", (seeds, pa | (y & _POS_MASK)))
                else:
                    seeds.append(pa | (y & _POS_MASK))
        yield da, sorted((db, seeds) for db, seeds in row.items() if type(seeds) is not int)


def _windows(d: AlignDoc) -> array:
    """For a source, a key per token i for the MIN_ANCHOR words starting at
    token i - MIN_ANCHOR (see `_may_anchor`): their hash, made even, when
    they stand in one paragraph; otherwise an odd number of this source
    alone, which equals nothing in another source. Kept on the AlignDoc
    (its __dict__: the frozen dataclass's fields and equality are
    untouched), so watch mode computes it once per source."""
    w = vars(d).get("_lexical_windows")
    if w is None:
        f, g = d.folds, d.paragraph
        n = MIN_ANCHOR
        odd = (d.index << 1) | 1
        same = list(map(eq, g, g[1:]))
        whole = map(all, zip(*(same[k:] for k in range(n - 1))))
        keys = map(hash, zip(*(f[k:] for k in range(n))))
        w = array("q", [odd] * n)
        w.extend([(h & ~1) if ok else odd for h, ok in zip(keys, whole)])
        w.extend([odd] * (len(f) + 2 * n + 1 - len(w)))
        vars(d)["_lexical_windows"] = w
    return w


def _may_anchor(a: AlignDoc, b: AlignDoc, seeds: array) -> bool:
    """False only when no block `_blocks` grows from these seeds can be
    MIN_ANCHOR words long, so the pair has no anchored region and no link.

    Why: the block grown from seed (pa, pb) is a run s0:s1 of equal words
    on one diagonal, in one paragraph on each side, with s0 <= pa <= s1
    (it grows back from pa and on from pa). If it holds n >= MIN_ANCHOR
    words, its MIN_ANCHOR words starting at w = max(s0, pa - MIN_ANCHOR)
    lie inside it (w + MIN_ANCHOR <= s1 either way), so the windows at w
    and at w + pb - pa are equal, in one paragraph each, for some w in
    pa - MIN_ANCHOR .. pa: `_windows` entries pa .. pa + MIN_ANCHOR on
    side a and pb .. pb + MIN_ANCHOR on side b. Equal words have equal
    hashes; a hash collision only lets a pair through to the full test.
    Most candidate pairs share a stray shingle or two and stop here.
    """
    wa, wb = _windows(a), _windows(b)
    span = MIN_ANCHOR + 1
    for x in seeds:
        pa, pb = x >> _POS_BITS, x & _POS_MASK
        if any(map(eq, wa[pa:pa + span], wb[pb:pb + span])):
            return True
    return False


def _blocks(a: AlignDoc, b: AlignDoc, packed: array) -> list[tuple[int, int, int]]:
    """Maximal exact runs (pa, pb, length) of equal folded words."""
    # by diagonal (pb - pa), then pa: one int per seed, sorted at C speed
    # (the diagonal shifted past zero above pa's bits; pa, pb < 2**24)
    shift = 1 << _POS_BITS
    keys = sorted([((x & _POS_MASK) - (x >> _POS_BITS) + shift) << _POS_BITS | (x >> _POS_BITS) for x in packed])
    out = []
    covered_until: dict[int, int] = {}
    fa, fb = a.folds, b.folds
    ga, gb = a.paragraph, b.paragraph
    na, nb = len(fa), len(fb)
    for key in keys:
        pa = key & _POS_MASK
        diag = (key >> _POS_BITS) - shift
        if covered_until.get(diag, -1) > pa:
            continue
        pb = pa + diag
        here_a, here_b = ga[pa], gb[pb]
        s0, t0 = pa, pb
        while s0 > 0 and t0 > 0 and fa[s0 - 1] == fb[t0 - 1] and ga[s0 - 1] == here_a and gb[t0 - 1] == here_b:
            s0 -= 1
            t0 -= 1
        s1, t1 = pa, pb
        while s1 < na and t1 < nb and fa[s1] == fb[t1] and ga[s1] == here_a and gb[t1] == here_b:
            s1 += 1
            t1 += 1
        covered_until[diag] = s1
        if s1 > s0:
            out.append((s0, t0, s1 - s0))
    return out


def _substantive(d: AlignDoc, p0: int, p1: int) -> bool:
    """Enough to count as reuse on its own: not a name with its title, not
    a run of function words."""
    lower_content = sum(1 for i in range(p0, p1) if d.content[i] and d.lower[i])
    return lower_content >= 3 or (lower_content >= 2 and p1 - p0 >= 6)


def _follows(a: AlignDoc, b: AlignDoc, r: Region, pa: int, pb: int) -> bool:
    ga, gb = pa - r.a1, pb - r.b1
    # Inside one sentence on both sides a wider edit still joins: a rewrite
    # that inserts a clause ("praised the efforts to …, stating") keeps the
    # sentence one near match, name and title at its head included.
    limit = MAX_GAP
    if a.sentence[pa] == a.sentence[r.a1 - 1] >= 0 and b.sentence[pb] == b.sentence[r.b1 - 1] >= 0:
        limit = MAX_SENTENCE_GAP
    return (-2 <= ga <= limit and -2 <= gb <= limit and pa >= r.a0 and pb >= r.b0
            and a.paragraph[pa] == a.paragraph[r.a0] and b.paragraph[pb] == b.paragraph[r.b0])


def _distinctive_words(index: dict[int, object], d: AlignDoc, p0: int, p1: int, limit: int) -> int:
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


def _anchors(a: AlignDoc, pa: int, n: int, distinctive) -> bool:
    """An exact block of n words at pa (side a) can start a match on its own."""
    return n >= MIN_ANCHOR and _substantive(a, pa, pa + n) \
        and (n >= LONG_BLOCK or distinctive(a, pa, pa + n) >= 2)


def _chain(a: AlignDoc, b: AlignDoc, blocks: list[tuple[int, int, int]],
           distinctive=lambda d, p0, p1: p1 - p0) -> list[Region]:
    """Join blocks that follow each other closely on both sides into regions."""
    regions: list[Region] = []
    open_regions: list[Region] = []
    for pa, pb, n in sorted(blocks):
        anchored = _anchors(a, pa, n, distinctive)
        joined = next((r for r in open_regions if _follows(a, b, r, pa, pb)), None)
        if joined:
            # overlapping blocks (a repeated word) count their new words only
            joined.matched += max(0, min(n, pa + n - joined.a1, pb + n - joined.b1))
            joined.a1 = max(joined.a1, pa + n)
            joined.b1 = max(joined.b1, pb + n)
            joined.anchored = joined.anchored or anchored
        else:
            r = Region(a.index, pa, pa + n, b.index, pb, pb + n, n, anchored)
            regions.append(r)
            open_regions.append(r)
        open_regions = [r for r in open_regions if pa - r.a1 <= MAX_SENTENCE_GAP]
    return [r for r in regions if r.anchored]


def _sentence_rest(d: AlignDoc, p0: int, p1: int) -> tuple[int, int]:
    """The first and end token of the sentence(s) the tokens p0:p1 stand in."""
    sent = d.sentence
    s0, s1 = sent[p0], sent[p1 - 1]
    if s0 < 0 or s1 < 0:
        return p0, p1
    lo, hi = p0, p1
    while lo > 0 and sent[lo - 1] == s0 and lo > p0 - EDGE_REST - 1:
        lo -= 1
    while hi < len(sent) and sent[hi] == s1 and hi < p1 + EDGE_REST + 1:
        hi += 1
    return lo, hi


def _to_sentence_edges(a: AlignDoc, b: AlignDoc, r: Region) -> Region:
    """A match that stops a few words short of its sentences' edges on both
    sides, where the two rewrote the end ("in March last year" / "last
    March") or moved the attribution ("…, the director said" / "Director …
    said …"), is stretched to the whole sentences: a reader sees the
    sentence as shared. Only when what is left on each side is short
    (EDGE_REST words at most) and the two leftovers share a content word,
    or both are a word or two."""
    sa, sb = a.sentence, b.sentence
    if (r.a0 == 0 or sa[r.a0 - 1] != sa[r.a0]) and (r.a1 == len(sa) or sa[r.a1] != sa[r.a1 - 1]) \
            and (r.b0 == 0 or sb[r.b0 - 1] != sb[r.b0]) and (r.b1 == len(sb) or sb[r.b1] != sb[r.b1 - 1]):
        return r  # most matches: whole sentences already
    a0, a1 = _sentence_rest(a, r.a0, r.a1)
    b0, b1 = _sentence_rest(b, r.b0, r.b1)
    if (a0, a1, b0, b1) == (r.a0, r.a1, r.b0, r.b1):
        return r
    # the scan stops one past EDGE_REST: a longer rest is left alone
    rest_a = (r.a0 - a0) + (a1 - r.a1)
    rest_b = (r.b0 - b0) + (b1 - r.b1)
    if rest_a > EDGE_REST or rest_b > EDGE_REST or (a.sentence[a0 - 1:a0] == [a.sentence[a0]] if a0 else False) \
            or (b.sentence[b0 - 1:b0] == [b.sentence[b0]] if b0 else False) \
            or (a1 < len(a.sentence) and a.sentence[a1] == a.sentence[a1 - 1]) \
            or (b1 < len(b.sentence) and b.sentence[b1] == b.sentence[b1 - 1]):
        return r
    words_a = {a.folds[i] for i in (*range(a0, r.a0), *range(r.a1, a1)) if a.content[i]}
    words_b = {b.folds[i] for i in (*range(b0, r.b0), *range(r.b1, b1)) if b.content[i]}
    # … or both end on the same two words ("…and washing machines between
    # 4pm and 9pm" / "…between 4pm and 9pm": a clause dropped before a
    # shared tail of small words the seeds cannot start on)
    same_end = a1 - r.a1 >= 2 and b1 - r.b1 >= 2 and a.folds[a1 - 2:a1] == b.folds[b1 - 2:b1]
    if not (words_a & words_b) and not same_end and max(rest_a, rest_b) > 2:
        return r
    r.a0, r.a1, r.b0, r.b1 = a0, a1, b0, b1
    return r


def _score(a: AlignDoc, b: AlignDoc, r: Region) -> Region | None:
    na, nb = a.norms[r.a0:r.a1], b.norms[r.b0:r.b1]
    if na == nb:
        r.kind, r.similarity = "verbatim", 1.0
        return r
    if r.matched < MIN_NEAR_COMMON:
        return None
    r.kind = "near"
    r.similarity = round(Indel.normalized_similarity(na, nb), 3)
    return r


def _quote_segments(d: AlignDoc) -> list[tuple[int, int]]:
    """Runs (start, end) of tokens inside quotation marks, found by C-level
    searches for the next True and the next False (few runs, many tokens)."""
    segs = []
    q = d.quoted
    n = len(q)
    i = 0
    while True:
        try:
            i = q.index(True, i)
        except ValueError:
            return segs
        try:
            j = q.index(False, i)
        except ValueError:
            j = n
        segs.append((i, j))
        i = j


def _short_quotes(docs: list[AlignDoc]) -> list[Region]:
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
                    out.append(Region(da, i, j, db, k, m, j - i, True, "verbatim", 1.0))
    return out


def stock_limit(n_docs: int) -> int:
    """Places beyond which a shingle is a stock phrase, for a folder of `n_docs`."""
    return max(STOCK_DOCS, n_docs // 20)


def pair_links(a: AlignDoc, b: AlignDoc, seeds: array, index, limit: int) -> list[Region]:
    """The links of one pair of sources, from the places where they share a
    shingle (`seeds`, see `_seed_pairs`). Besides the two sources and the
    seeds, it reads only `index.get` (how many places hold a shingle, against
    `limit`): watch mode reuses a pair's links while these stay the same."""
    if len(seeds) < 2:
        return []  # one shared shingle cannot make a 4-word anchor
    if not _may_anchor(a, b, seeds):
        return []

    def distinctive(d: AlignDoc, p0: int, p1: int) -> int:
        return _distinctive_words(index, d, p0, p1, limit)

    blocks = _blocks(a, b, seeds)
    # `_chain` keeps only regions holding an anchoring block: without one,
    # nothing to chain (this reads the keys `_chain` would read, in the
    # same order, up to the first anchor)
    if not any(_anchors(a, pa, n, distinctive) for pa, _pb, n in blocks):
        return []
    out = []
    for r in _chain(a, b, blocks, distinctive):
        scored = _score(a, b, _to_sentence_edges(a, b, r))
        if scored:
            out.append(scored)
    return out


def lexical_links(docs: list[AlignDoc], tick: Callable[[int, int], None] | None = None) -> list[Region]:
    """Verbatim and near links between every pair of sources that share words
    (`tick(k, n)` hears how far through the n sources it is)."""
    index = _shingle_index(docs)
    limit = stock_limit(len(docs))
    regions = []
    # the pairs in order, one source's at a time (`_seed_rows`, not
    # `_seed_pairs`: the seeds of every pair at once are most of the memory)
    for da, row in _seed_rows(docs, index):
        if tick and not da % 16:
            tick(da, len(docs))
        a = docs[da]
        for db, seeds in row:
            regions.extend(pair_links(a, docs[db], seeds, index, limit))
    regions.extend(_short_quotes(docs))
    return regions
