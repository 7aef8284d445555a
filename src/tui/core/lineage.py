"""Who copied whom: the direction of reuse between sources, families of
sources connected by reuse, and what each source adds or leaves out.

Reuse is measured on a source's own prose: words inside quotations are left
out, because two outlets quoting the same speaker is not one copying the
other. A pair with enough shared prose gets an edge; its direction comes from
general signals, each of which leaves a line of evidence:

- publication dates, when both are known;
- credits in the text (a wire dateline, "originally appeared in …", a
  sign-off) naming the other source's outlet, or a third one both credit;
- containment: a rewrite's shared text is most of the rewrite and a smaller
  part of its original (rewrites compress and cut, they seldom add as much);
- siblings: two rewrites of one original share mostly what both took from it.

Nothing here knows particular outlets beyond the wire agencies in
`lexicon.syndication`.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import ge, itemgetter

from .lexicon.syndication import (
    CREDIT_HINTS, CREDIT_PATTERNS, HEAD_CHARS, TAIL_CHARS, WIRE_STYLE_CREDIT, canonical_outlet, same_outlet,
)
from .model import Coverage, Family, LineageEdge, Link, Passage, QuoteComparison, Source, Span, Statement, Story
from .text import loose_lower, merge_intervals

#: An edge needs this many shared prose words on each side …
MIN_SHARED_WORDS = 20
#: … and this share of at least one side's prose.
MIN_SHARE = 0.2
#: Evidence weights, in "votes" for one direction; |total| ≥ DECIDE decides.
DATE_WEIGHT = 3.0
CREDIT_WEIGHT = 3.0
CONTAINMENT_SCALE = 5.0  # weight per unit of log(larger share / smaller share)
CONTAINMENT_MIN_DIFF = 0.08  # below this difference of shares, containment says nothing
CONTAINMENT_MAX = 2.0
DECIDE = 1.0
#: A source whose pairs with two others explain all those two share is voted their source.
HUB_WEIGHT = 1.0
#: Siblings: the share of their common text that both also share with a third source.
SIBLING_INSIDE = 0.85
#: A sentence counts as carried by a source when this share of its words is shared with it.
CARRIED = 0.5
#: A sentence is an addition when less than this share of its words is shared at all.
ADDITION_MAX_SHARED = 0.25
MIN_SENTENCE_WORDS = 3

Interval = tuple[int, int]


@dataclass(frozen=True)
class Credit:
    name: str  # canonical outlet or agency name
    how: str  # "dateline credit", "sign-off", …


def find_credits(text: str) -> tuple[Credit, ...]:
    """Every outlet or agency the text credits as the origin of its copy."""
    found: dict[str, Credit] = {}
    regions = {"head": text[:HEAD_CHARS], "tail": text[-TAIL_CHARS:], "any": text}
    folded = loose_lower(text)
    for (pattern, how, where), hints in zip(CREDIT_PATTERNS, CREDIT_HINTS, strict=True):
        if not all(any(w in folded for w in group) for group in hints):
            continue  # a word every match holds is missing: no match (see CREDIT_HINTS)
        for m in pattern.finditer(regions[where]):
            name = canonical_outlet(m.group("who"))
            found.setdefault(name.casefold(), Credit(name, how))
    if WIRE_STYLE_CREDIT.search(text):
        found.setdefault("\0wire", Credit("a wire service", "wire credit line"))
    return tuple(found.values())


class _WordCounter:
    """Counts a source's body words, and its prose words (outside quotations),
    inside sets of intervals."""

    def __init__(self, source: Source, quotes: Iterable[Interval]) -> None:
        self.body = list(map(itemgetter(0), source.body_tokens))  # the starts, read at C speed
        # the body less the quoted words: slices between the quotes' word
        # ranges (merged, so in order and apart), not a test per word
        cuts = [(bisect_left(self.body, s), bisect_left(self.body, e)) for s, e in merge_intervals(quotes)]
        self.prose = self.body
        if any(i0 < i1 for i0, i1 in cuts):
            self.prose, kept = [], 0
            for i0, i1 in cuts:
                self.prose.extend(self.body[kept:i0])
                kept = max(kept, i1)
            self.prose.extend(self.body[kept:])

    @staticmethod
    def _count(starts: list[int], intervals: Iterable[Interval]) -> int:
        return sum(bisect_left(starts, e) - bisect_left(starts, s) for s, e in intervals)

    def body_words(self, merged: Iterable[Interval]) -> int:
        return self._count(self.body, merged)

    def prose_words(self, merged: Iterable[Interval]) -> int:
        return self._count(self.prose, merged)

    def sentence_table(self, ranges: Sequence[Interval]) -> "_RangeTable":
        return _RangeTable(self, ranges)


class _RangeTable:
    """Sorted, disjoint character ranges of one source (its sentences) as
    word-index ranges, to count the words of each that lie in a set of
    intervals with one pass over the intervals."""

    def __init__(self, counter: _WordCounter, ranges: Sequence[Interval]) -> None:
        self.body = counter.body
        self.firsts = [bisect_left(self.body, s) for s, _ in ranges]
        self.lasts = [bisect_left(self.body, e) for _, e in ranges]

    def words(self) -> list[int]:
        return [b - a for a, b in zip(self.firsts, self.lasts)]

    def inside(self, merged: Iterable[Interval]) -> list[int]:
        firsts, lasts, n = self.firsts, self.lasts, len(self.firsts)
        out = [0] * n
        for s, e in merged:
            i0, i1 = bisect_left(self.body, s), bisect_left(self.body, e)
            k = max(0, bisect_left(firsts, i0 + 1) - 1)
            while k < n and firsts[k] < i1:
                out[k] += max(0, min(i1, lasts[k]) - max(i0, firsts[k]))
                k += 1
        return out


def _overlap(a: list[Interval], b: list[Interval]) -> list[Interval]:
    """Intersection of two merged interval lists."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if s < e:
            out.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def pair_intervals(links: Sequence[Link]) -> dict[str, dict[str, list[Interval]]]:
    """source → partner → merged intervals of `source` it shares with `partner`,
    from the pairwise links: exactly the words each pair shares (a passage
    cluster would stretch a long member's words onto a short one)."""
    raw: dict[str, dict[str, list[Interval]]] = defaultdict(lambda: defaultdict(list))
    for link in links:
        raw[link.a.source][link.b.source].append((link.a.start, link.a.end))
        raw[link.b.source][link.a.source].append((link.b.start, link.b.end))
    return {a: {b: merge_intervals(ivs) for b, ivs in partners.items()} for a, partners in raw.items()}


@dataclass
class _Pair:
    a: Source
    b: Source
    share_a: float  # of a's body words, shared with b
    share_b: float
    reuse_a: float  # of a's prose words, shared with b
    reuse_b: float
    in_order: float | None  # share of consecutive shared spans kept in order, None if too few


def _order_kept(passages_ab: list[tuple[int, int]]) -> float | None:
    """Of the passages both share, ordered by their position in a, the share of
    consecutive ones that also follow each other in b."""
    if len(passages_ab) < 3:
        return None
    by_a = sorted(passages_ab)
    kept = sum(1 for (_, b1), (_, b2) in zip(by_a, by_a[1:]) if b1 <= b2)
    return kept / (len(by_a) - 1)


def _pct(x: float) -> str:
    return f"{round(100 * x)} %"


def _vote(pair: _Pair, credits: dict[str, tuple[Credit, ...]]) -> tuple[float, list[str], str | None]:
    """Votes for a→b (positive) or b→a (negative), the evidence, and a common
    origin named by the evidence (or None)."""
    a, b = pair.a, pair.b
    total, evidence, common = 0.0, [], None
    if a.date and b.date and a.date != b.date:
        earlier, later = (a, b) if a.date < b.date else (b, a)
        total += DATE_WEIGHT if earlier is a else -DATE_WEIGHT
        evidence.append(f"{earlier.label} is dated {earlier.date}, {later.label} {later.date}")
    for taker, giver, sign in ((b, a, 1.0), (a, b, -1.0)):
        for c in credits[taker.id]:
            if same_outlet(c.name, giver.outlet) and not same_outlet(c.name, taker.outlet):
                total += sign * CREDIT_WEIGHT
                evidence.append(f"{taker.label} credits {c.name} ({c.how})")
    credited_by_b = {c.name.casefold() for c in credits[b.id]}
    for name in sorted(c.name for c in credits[a.id] if c.name.casefold() in credited_by_b):
        if not same_outlet(name, a.outlet) and not same_outlet(name, b.outlet):
            common = name
            evidence.append(f"both credit {name}")
            break
    diff = pair.reuse_b - pair.reuse_a
    lo, hi = sorted((pair.reuse_a, pair.reuse_b))
    if abs(diff) >= CONTAINMENT_MIN_DIFF:
        total += math.copysign(min(CONTAINMENT_MAX, math.log(hi / lo) * CONTAINMENT_SCALE), diff)
        inner, outer = (b, a) if diff > 0 else (a, b)
        evidence.append(f"{_pct(hi)} of {inner.label}'s own text is in {outer.label}; "
                        f"{_pct(lo)} of {outer.label}'s is in {inner.label}")
    else:
        evidence.append(f"they share a similar part of their own text ({_pct(pair.reuse_a)} / {_pct(pair.reuse_b)})")
    if pair.in_order is not None:
        evidence.append("shared passages in the same order" if pair.in_order >= 0.8
                        else "shared passages reordered")
    return total, evidence, common


def _confidence(votes: float) -> float:
    return round(min(0.99, 1 - 0.5 ** abs(votes)), 2)


def _pairs(sources: Sequence[Source], shared: dict[str, dict[str, list[Interval]]],
           counters: dict[str, _WordCounter], links: Sequence[Link]) -> list[_Pair]:
    order = {s.id: i for i, s in enumerate(sources)}
    by_id = {s.id: s for s in sources}
    spans_by_pair: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for link in links:
        a, b = (link.a, link.b) if order[link.a.source] < order[link.b.source] else (link.b, link.a)
        spans_by_pair[(a.source, b.source)].append((a.start, b.start))
    out = []
    for (x, y), positions in spans_by_pair.items():
        a, b = by_id[x], by_id[y]
        ca, cb = counters[x], counters[y]
        iv_a, iv_b = shared[x][y], shared[y][x]
        prose_a, prose_b = ca.prose_words(iv_a), cb.prose_words(iv_b)
        if min(prose_a, prose_b) < MIN_SHARED_WORDS:
            continue
        reuse_a, reuse_b = prose_a / max(1, len(ca.prose)), prose_b / max(1, len(cb.prose))
        if max(reuse_a, reuse_b) < MIN_SHARE:
            continue
        out.append(_Pair(a, b, ca.body_words(iv_a) / max(1, len(ca.body)), cb.body_words(iv_b) / max(1, len(cb.body)),
                         reuse_a, reuse_b, _order_kept(positions)))
    out.sort(key=lambda p: (order[p.a.id], order[p.b.id]))
    return out


def _edge(pair: _Pair, votes: float, evidence: list[str], common: str | None) -> LineageEdge:
    a, b = pair.a, pair.b
    if common and abs(votes) < CREDIT_WEIGHT:
        return LineageEdge(a.id, b.id, pair.share_b, pair.share_a, "common-origin", 0.8, tuple(evidence))
    if votes >= DECIDE:
        return LineageEdge(a.id, b.id, pair.share_b, pair.share_a, "from→to", _confidence(votes), tuple(evidence))
    if votes <= -DECIDE:
        return LineageEdge(b.id, a.id, pair.share_a, pair.share_b, "from→to", _confidence(votes), tuple(evidence))
    return LineageEdge(a.id, b.id, pair.share_b, pair.share_a, "undecided", 0.0, tuple(evidence))


def _siblings(pairs: Sequence[_Pair], votes: dict[tuple[str, str], float],
              shared: dict[str, dict[str, list[Interval]]],
              counters: dict[str, _WordCounter]) -> dict[tuple[str, str], str]:
    """Pairs whose shared text is explained by a third source.

    When b and c share (nearly) nothing but what both also share with a, and
    neither is known to have given a its text, they are siblings: both took
    from a (a fan), not one from the other. That is also a vote for a as the
    source of both. Returns (b, c) → a."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for p in pairs:
        neighbours[p.a.id].add(p.b.id)
        neighbours[p.b.id].add(p.a.id)

    def gave(x: str, y: str) -> bool:
        """The pair's own votes already say y gave x its text."""
        key, sign = _ordered(votes, y, x)
        return sign * votes[key] >= DECIDE

    found = []
    for p in pairs:
        b, c = p.a.id, p.b.id
        for a in neighbours[b] & neighbours[c]:
            if gave(a, b) or gave(a, c):
                continue
            inside = min(_inside_share(shared, counters, x, y, a) for x, y in ((b, c), (c, b)))
            if inside >= SIBLING_INSIDE:
                found.append((-inside, b, c, a))
    # Two near-identical sources can each "explain" the other's pairs; the
    # best explanation wins and the pairs it relies on stay unexplained.
    explained: dict[tuple[str, str], str] = {}
    explained_pairs: set[frozenset[str]] = set()  # the keys of `explained`, unordered (kept as it grows)
    relied_on: set[frozenset[str]] = set()
    for _, b, c, a in sorted(found):
        leans_on_explained = frozenset((a, b)) in explained_pairs or frozenset((a, c)) in explained_pairs
        if (b, c) in explained or frozenset((b, c)) in relied_on or leans_on_explained:
            continue
        explained[(b, c)] = a
        explained_pairs.add(frozenset((b, c)))
        relied_on |= {frozenset((a, b)), frozenset((a, c))}
    return explained


def _inside_share(shared, counters, s: str, t: str, p: str) -> float:
    """Share of s's words shared with t that s also shares with p."""
    with_t = shared[s][t]
    n = counters[s].body_words(with_t)
    if not n:
        return 0.0
    return counters[s].body_words(_overlap(with_t, shared[s].get(p, []))) / n


def _families(sources: Sequence[Source], edges: Sequence[LineageEdge]) -> list[Family]:
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in edges:
        parent[find(e.source_from)] = find(e.to)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        groups[find(s.id)].append(s.id)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        inside = set(members)
        directed = [e for e in edges if e.direction == "from→to" and e.to in inside]
        takers = {e.to for e in directed}
        roots = [m for m in members if m not in takers and any(e.source_from == m for e in directed)]
        original = roots[0] if len(roots) == 1 else None
        out.append(Family(tuple(members), original))
    order = {s.id: i for i, s in enumerate(sources)}
    out.sort(key=lambda f: order[f.members[0]])
    return out


def _ordered(votes: dict[tuple[str, str], float], x: str, y: str) -> tuple[tuple[str, str], float]:
    """The key under which the pair's votes are kept, and the sign for x → y."""
    return ((x, y), 1.0) if (x, y) in votes else ((y, x), -1.0)


def trace_lineage(sources: Sequence[Source], links: Sequence[Link],
                  statements: Sequence[Statement] = (), *,
                  credits: Sequence[tuple[Credit, ...]] | None = None,
                  shared: dict[str, dict[str, list[Interval]]] | None = None
                  ) -> tuple[list[LineageEdge], list[Family]]:
    """Edges of reuse between sources, and the families they form.
    `credits` (each source's `find_credits`, in order) and `shared`
    (`pair_intervals(links)`) may be given when already known."""
    quotes: dict[str, list[Interval]] = defaultdict(list)
    for st in statements:
        if st.kind in ("direct", "partial"):
            quotes[st.source].append((st.start, st.end))
    counters = {s.id: _WordCounter(s, quotes.get(s.id, ())) for s in sources}
    shared = pair_intervals(links) if shared is None else shared
    credits = {s.id: c for s, c in zip(sources, credits or [find_credits(s.text) for s in sources])}
    labels = {s.id: s.label for s in sources}
    pairs = _pairs(sources, shared, counters, links)
    votes, evidence, common = {}, {}, {}
    for pair in pairs:
        key = (pair.a.id, pair.b.id)
        votes[key], evidence[key], common[key] = _vote(pair, credits)
    explained = _siblings(pairs, votes, shared, counters)
    hub_voted: set[tuple[str, str]] = set()
    for (b, c), a in explained.items():
        for child in (b, c):
            key, sign = _ordered(votes, a, child)
            if key not in hub_voted:
                hub_voted.add(key)
                votes[key] += sign * HUB_WEIGHT
                other = c if child == b else b
                evidence[key].append(f"{labels[child]} and {labels[other]} share little beyond what both "
                                     f"share with {labels[a]}")
    edges = []
    for pair in pairs:
        key = (pair.a.id, pair.b.id)
        credited = any(" credits " in ev for ev in evidence[key])
        if key in explained and not credited:
            a = explained[key]
            edges.append(LineageEdge(pair.a.id, pair.b.id, pair.share_b, pair.share_a, "common-origin", 0.7,
                                     tuple(evidence[key]) + (f"both take from {labels[a]}",)))
        else:
            edges.append(_edge(pair, votes[key], evidence[key], common[key]))
    return edges, _families(sources, edges)


# ------------------------------------------------------------------ coverage


def _probable_originals(edges: Sequence[LineageEdge]) -> dict[str, str]:
    best: dict[str, LineageEdge] = {}
    for e in edges:
        if e.direction == "from→to" and (e.to not in best or e.confidence > best[e.to].confidence):
            best[e.to] = e
    return {to: e.source_from for to, e in best.items()}


def sentence_table(s: Source) -> tuple[list, "_RangeTable", list[int]]:
    """A source's body sentences, their word-range table and word counts
    (a function of the source alone)."""
    body = [sent for sent in s.sentences if not s.is_boilerplate(sent.start)]
    table = _WordCounter(s, ()).sentence_table([(sent.start, sent.end) for sent in body])
    return body, table, table.words()


def coverage(sources: Sequence[Source], links: Sequence[Link], passages: Sequence[Passage],
             edges: Sequence[LineageEdge] = (), *,
             shared: dict[str, dict[str, list[Interval]]] | None = None,
             tables: Sequence[tuple[list, "_RangeTable", list[int]]] | None = None) -> list[Coverage]:
    """For each source, the sentences it alone carries, and the content that
    at least half of the other sources (or its probable original) carry and
    it does not. The passages only tell which sentences render the same
    content, so that each is reported once. `shared` (`pair_intervals(links)`)
    and `tables` (each source's `sentence_table`, in order) may be given when
    already known."""
    shared = pair_intervals(links) if shared is None else shared
    tables = tables or [sentence_table(s) for s in sources]
    touching: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # source → (start, end, passage id)
    for p in passages:
        for sp in p.spans:
            touching[sp.source].append((sp.start, sp.end, p.id))
    originals = _probable_originals(edges)
    need = max(1, math.ceil((len(sources) - 1) / 2))
    order = {s.id: i for i, s in enumerate(sources)}

    # Each body sentence: its words, the sources that carry it, the passages
    # touching it, the share of its words shared at all.
    sentences: dict[str, list[tuple[Span, int, frozenset[str], frozenset[str], float]]] = {}
    for s, (body, table, words) in zip(sources, tables):
        partners = shared.get(s.id, {})
        by_partner = {p: table.inside(ivs) for p, ivs in partners.items()}
        at_all = table.inside(merge_intervals(iv for ivs in partners.values() for iv in ivs))
        spans = sorted(touching[s.id])
        # the sources carrying each sentence, one pass per partner over its
        # counts at C speed (not every partner asked for every sentence)
        carried: list[list[str]] = [[s.id] for _ in body]
        enough = [CARRIED * w for w in words]
        for p, counts in by_partner.items():
            for k in compress(range(len(counts)), map(ge, counts, enough)):
                carried[k].append(p)
        rows = []
        # the passages touching each sentence, in one sweep: sentences are
        # disjoint and in order, so a span ending before one ends before all
        # that follow (scanning every earlier span for each sentence grew
        # with the square of a long source's passages)
        active: list[tuple[int, int, str]] = []
        j = 0
        for k, sent in enumerate(body):
            while j < len(spans) and spans[j][0] < sent.end:
                active.append(spans[j])
                j += 1
            active = [sp for sp in active if sp[1] > sent.start]
            if words[k] < MIN_SENTENCE_WORDS:
                continue
            carriers = frozenset(carried[k])
            ids = frozenset(pid for _a, _b, pid in active)
            rows.append((Span(s.id, sent.start, sent.end), words[k], carriers, ids, at_all[k] / words[k]))
        sentences[s.id] = rows

    widely_carried = [row for rows in sentences.values() for row in rows if len(row[2]) >= need]
    out = []
    for s in sources:
        adds = [(span, words) for span, words, _c, _p, share in sentences[s.id] if share < ADDITION_MAX_SHARED]
        candidates = list(widely_carried)
        original = originals.get(s.id)
        if original:
            candidates += [row for row in sentences[original] if len(row[2]) < need]
        left, reported = [], set()
        for span, words, carriers, pids, _share in candidates:
            if s.id in carriers or span.source == s.id or (pids and pids & reported):
                continue
            reported |= pids
            left.append((span, words))
        left.sort(key=lambda x: (order[x[0].source], x[0].start))
        out.append(Coverage(s.id, tuple(sp for sp, _ in adds), tuple(sp for sp, _ in left),
                            sum(w for _, w in adds), sum(w for _, w in left)))
    return out


# ------------------------------------------------------------------ one pair


@dataclass(frozen=True)
class PairComparison:
    """Two sources side by side: the lineage verdict, the share each takes from
    the other, the sentences only one of them has, the quotations they render
    differently."""

    a: str
    b: str
    edge: LineageEdge | None
    share_a: float  # of a's body words, shared with b
    share_b: float
    only_a: tuple[Span, ...]
    only_b: tuple[Span, ...]
    only_a_words: int
    only_b_words: int
    altered_quotes: tuple[QuoteComparison, ...]


def compare_pair(story: Story, a: str, b: str) -> PairComparison:
    """Everything `parallax compare` says about two sources of a Story."""
    shared = pair_intervals(story.links)
    edge = next((e for e in story.lineage if {e.source_from, e.to} == {a, b}), None)
    only: dict[str, list[tuple[Span, int]]] = {}
    shares = {}
    for x, y in ((a, b), (b, a)):
        src = story.source(x)
        counter = _WordCounter(src, ())
        ivs = shared.get(x, {}).get(y, [])
        shares[x] = counter.body_words(ivs) / max(1, len(counter.body))
        body = [sent for sent in src.sentences if not src.is_boilerplate(sent.start)]
        ranges = [(sent.start, sent.end) for sent in body]
        table = counter.sentence_table(ranges)
        words, inside = table.words(), table.inside(ivs)
        only[x] = [(Span(x, s, e), w) for (s, e), w, c in zip(ranges, words, inside)
                   if w >= MIN_SENTENCE_WORDS and c < ADDITION_MAX_SHARED * w]
    in_pair = {st.id for st in story.statements if st.source in (a, b)}
    altered = tuple(c for f in story.fidelity for c in f.comparisons
                    if c.status == "altered" and c.a in in_pair and c.b in in_pair
                    and {_statement_source(story, c.a), _statement_source(story, c.b)} == {a, b})
    return PairComparison(a, b, edge, shares[a], shares[b],
                          tuple(sp for sp, _ in only[a]), tuple(sp for sp, _ in only[b]),
                          sum(w for _, w in only[a]), sum(w for _, w in only[b]), altered)


def _statement_source(story: Story, statement_id: str) -> str:
    return next(st.source for st in story.statements if st.id == statement_id)
