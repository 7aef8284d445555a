"""Shared passages, as a straight line of stages (run in this order by
`story.py`, or all at once by `align_sources`):

1. `aligned.prepare_docs`: each source's body words (token index);
2. `lexical.lexical_links`: verbatim and near links between pairs of sources;
3. `paraphrase.paraphrase_links`: sentence pairs with the same claim in
   other words (reads the lexical links, to skip what they already cover);
4. `cluster_links`: links joined into N-way clusters;
5. `passages_from_clusters` → `Passage`s, and `links_from_regions` → the
   Story's `Link`s (every pairwise alignment, with the exact span on each
   side).

Each stage returns its result and calls nothing downstream. A cluster's span
in a source is the union of that source's link spans, so three outlets
carrying one quote make one passage with three spans; how much of a source is
shared with another is read from the links (`stats.py`), never from a
cluster, so a 19-word fragment of a 40-word lede shares 19 words, not 40.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from .aligned import AlignDoc, Region, prepare_docs
from .lexical import lexical_links
from .model import Link, Passage, Source, Span
from .paraphrase import paraphrase_links
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


def _cluster_overlapping(regions: list[Region]) -> list[list[Region]]:
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


def _cluster_sentences(regions: list[Region], docs: list[AlignDoc]) -> list[list[Region]]:
    """Join paraphrased sentences into clusters, strongest links first.

    A link is refused when it would put two sentences of one source that are
    not neighbours into one cluster: a rewrite may merge two adjacent
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

    accepted: list[Region] = []
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
        accepted.append(r)
    groups: dict[tuple[int, int], list[Region]] = defaultdict(list)
    for r in accepted:
        groups[find((r.a, docs[r.a].sentence[r.a0]))].append(r)
    return list(groups.values())


def cluster_links(links: list[Region], docs: list[AlignDoc]) -> list[tuple[str, list[Region]]]:
    """(kind, links) clusters. Each kind clusters on its own: a verbatim core
    inside a looser near match stays visible as verbatim instead of being
    diluted; paraphrases cluster by sentence."""
    out: list[tuple[str, list[Region]]] = []
    for kind in ("verbatim", "near"):
        out.extend((kind, g) for g in _cluster_overlapping([r for r in links if r.kind == kind]))
    out.extend(("paraphrase", g) for g in _cluster_sentences([r for r in links if r.kind == "paraphrase"], docs))
    return out


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


def passages_from_clusters(clusters: list[tuple[str, list[Region]]], docs: list[AlignDoc],
                           sources: Sequence[Source]) -> list[Passage]:
    found = [p for kind, group in clusters if (p := _passage_from(group, docs, kind))]
    order = {s.id: i for i, s in enumerate(sources)}
    found.sort(key=lambda p: (order[p[2][0].source], p[2][0].start, p[0]))
    return [Passage(f"p{i + 1}", kind, sim, spans) for i, (kind, sim, spans) in enumerate(found)]


def links_from_regions(regions: list[Region], docs: list[AlignDoc]) -> list[Link]:
    """Every pairwise alignment as character spans, in source order."""
    out = []
    for r in regions:
        da, db = docs[r.a], docs[r.b]
        a = Span(da.source.id, da.starts[r.a0], da.ends[r.a1 - 1])
        b = Span(db.source.id, db.starts[r.b0], db.ends[r.b1 - 1])
        if (r.b, b.start) < (r.a, a.start):
            a, b = b, a
        out.append(Link(a, b, r.kind, r.similarity))
    order = {d.source.id: d.index for d in docs}
    out.sort(key=lambda k: (order[k.a.source], k.a.start, order[k.b.source], k.b.start, k.kind))
    return list(dict.fromkeys(out))


def align_sources(sources: Sequence[Source]) -> tuple[list[Passage], list[Link]]:
    """All the stages at once: (passages, links) for these sources."""
    docs = prepare_docs(sources)
    lexical = lexical_links(docs)
    paraphrases = paraphrase_links(docs, lexical)
    links = lexical + paraphrases
    clusters = cluster_links(links, docs)
    return passages_from_clusters(clusters, docs, sources), links_from_regions(links, docs)
