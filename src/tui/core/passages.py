"""Shared passages across all sources, clustered N-way.

`align_sources` runs the two aligners over every source's body words
(`aligned.prepare_docs`):
- `lexical`: verbatim and near regions between pairs of sources;
- `paraphrase`: sentence pairs with the same specific content in other words;
then joins each kind's regions that overlap in one source into passages, so
three outlets carrying one quote make one passage with three spans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from .aligned import AlignDoc, Region, prepare_docs
from .lexical import lexical_regions
from .model import Passage, Source, Span
from .paraphrase import cluster_paraphrases, paraphrase_regions
from .text import merge_intervals


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


def _cluster(regions: list[Region]) -> list[list[Region]]:
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
    groups: dict[int, list[Region]] = defaultdict(list)
    for k, r in enumerate(regions):
        groups[uf.find(k)].append(r)
    return list(groups.values())


def _passage_from(group: list[Region], docs: list[AlignDoc], kind: str) -> tuple | None:
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
        merged = merge_intervals(per_doc[di])
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
    docs = prepare_docs(sources)
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
    for group in cluster_paraphrases(paraphrases, docs):
        p = _passage_from(group, docs, "paraphrase")
        if p:
            found.append(p)
    order = {s.id: i for i, s in enumerate(sources)}
    found.sort(key=lambda p: (order[p[2][0].source], p[2][0].start, p[0]))
    return [Passage(f"p{i + 1}", kind, sim, spans) for i, (kind, sim, spans) in enumerate(found)]
