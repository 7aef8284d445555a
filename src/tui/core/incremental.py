"""What one analysis of a changing folder keeps for the next (watch mode):
each cleaned source, with the cross-source counts its cleaning read, so that
an update cleans again only the sources it touches; what later stages compute
from one source alone (segmentation, the aligners' word index, speech's
quotations and units); and the lexical links of each pair of sources with
what they read (`LexicalMemo`). Whatever is reused, the Story equals a fresh
analysis's. The stages whose statistics span every source (paraphrase
weights, the speech registry, clustering, lineage) are redone.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from .loading import RawSource
from .model import Source


class NotedCounts:
    """`lines_elsewhere` as one source's cleaning reads it, noting every count
    it looked up: that source's cleaning depends on those counts only, and
    can be reused while they stay the same (see CleaningMemo). Reading it any
    other way (iterating, its size) makes it depend on everything."""

    def __init__(self, counts: Counter) -> None:
        self._counts = counts
        self.read: dict[str, int | None] = {}
        self.everything = False

    def get(self, key, default=None):
        self.read[key] = self._counts.get(key)
        return self._counts.get(key, default)

    def __getitem__(self, key):
        self.read[key] = self._counts.get(key)
        return self._counts[key]

    def __contains__(self, key) -> bool:
        self.read[key] = self._counts.get(key)
        return key in self._counts

    def __iter__(self):
        self.everything = True
        return iter(self._counts)

    def __len__(self) -> int:
        self.everything = True
        return len(self._counts)

    def __getattr__(self, name: str):
        self.everything = True
        return getattr(self._counts, name)

    def dependencies(self) -> dict[str, int | None] | None:
        return None if self.everything else self.read


class CleaningMemo:
    """Cleaned sources kept between analyses of one changing folder (watch
    mode), so that an update cleans again only the sources it touches: a new
    or changed file, or one whose short lines' counts across the folder
    changed (a line the new article shares). A kept source is reused only for
    the same file (id, path, text, metadata) and the same counts, so the
    result is the one a fresh analysis gives."""

    def __init__(self) -> None:
        self._kept: dict[tuple, tuple[Source, dict]] = {}
        self.reused = 0  # sources reused by the last analysis
        # what the later stages keep (see below)
        self._segments: dict[str, tuple] = {}  # text → (paragraphs, page lines)
        self._docs: dict[int, tuple[Source, object]] = {}  # id(source) → (source, AlignDoc)
        self.lexical = LexicalMemo()
        self._per_source: dict[str, dict[int, tuple[Source, object]]] = {}

    def per_source(self, stage: str, sources: Sequence[Source], compute) -> list:
        """`compute(source)` for each source, for a stage whose per-source work
        is a function of the source alone, reusing the last analysis's for
        every source that is the very object it had."""
        kept = self._per_source.get(stage, {})
        out = []
        for src in sources:
            e = kept.get(id(src))
            out.append(e[1] if e is not None and e[0] is src else compute(src))
        self._per_source[stage] = {id(src): (src, value) for src, value in zip(sources, out)}
        return out

    def segmented(self, raws: Sequence[RawSource], segment) -> list[tuple]:
        """`segment(raw)` for each raw source (paragraphs and page lines: a
        function of the text alone), reusing the last analysis's."""
        kept = self._segments
        out = [kept.get(raw.text) or segment(raw) for raw in raws]
        self._segments = {raw.text: seg for raw, seg in zip(raws, out)}
        return out

    def aligned(self, sources: Sequence[Source], prepare) -> list:
        """`prepare(sources)` (aligned.prepare_docs: a function of each source
        alone, and its place), reusing the AlignDoc of every source that is
        the very object of the last analysis."""
        from dataclasses import replace

        kept = self._docs
        todo = [i for i, src in enumerate(sources) if (e := kept.get(id(src))) is None or e[0] is not src]
        fresh = dict(zip(todo, prepare([sources[i] for i in todo])))
        docs = []
        for i, src in enumerate(sources):
            doc = fresh[i] if i in fresh else kept[id(src)][1]
            docs.append(doc if doc.index == i else replace(doc, index=i))
        self._docs = {id(src): (src, doc) for src, doc in zip(sources, docs)}
        return docs

    @staticmethod
    def _key(raw: RawSource) -> tuple:
        return raw.id, raw.path, raw.text, json.dumps([raw.meta, raw.page_meta], sort_keys=True, default=str)

    def recall(self, raw: RawSource, counts: Counter) -> tuple[Source, dict] | None:
        """The kept source for `raw` and the counts it read, if still valid."""
        entry = self._kept.get(self._key(raw))
        if entry is None:
            return None
        _src, read = entry
        return entry if all(counts.get(k) == v for k, v in read.items()) else None

    def keep(self, cleaned: Sequence[tuple[RawSource, Source, dict | None]], reused: int) -> None:
        """Remember this analysis's sources (only these: the memo never grows
        beyond the folder)."""
        self._kept = {self._key(raw): (src, read) for raw, src, read in cleaned if read is not None}
        self.reused = reused


# ------------------------------------------------------------------ beyond cleaning
#
# The stages after cleaning reuse what they computed for a source, or a pair
# of sources, while its inputs are the very objects of the previous analysis:
# a source the cleaning memo reused is the same `Source` object, so identity
# (`is`) says its text, boilerplate and tokens are unchanged. Everything kept
# is keyed by `id(source)` and holds the source itself, so an id cannot be
# taken by another object while kept.


class _Recording:
    """An index as `lexical.pair_links` reads it, noting every key it looks
    up: the pair's links depend on those keys' counts only."""

    __slots__ = ("_index", "keys")

    def __init__(self, index: dict) -> None:
        self._index = index
        self.keys: set[int] = set()

    def get(self, key, default=None):
        self.keys.add(key)
        return self._index.get(key, default)


def _stock(index: dict, key: int, limit: int) -> bool:
    """How `lexical._distinctive_words` reads a key: held in at most `limit` places."""
    places = index.get(key)
    return places is not None and (type(places) is int or len(places) <= limit)


def _stock_places(places, limit: int) -> bool:
    return places is not None and (type(places) is int or len(places) <= limit)


class LexicalMemo:
    """Lexical links kept per pair of sources (watch mode).

    A pair's links are a function of its two sources, the places where they
    share a shingle (its seeds) and, for each shingle its blocks hold,
    whether it is found in at most `limit` places (a stock phrase or not):
    they are reused while all of these are the same, so the links equal a
    fresh computation's, in the same order (pairs in order, as
    `lexical_links` visits them).

    When articles are only added after the others (the usual update), the
    index grows in place, the seeds of the pairs the new places touch are
    updated, and only those pairs, and the pairs that read a shingle whose
    status changed, are linked again: nothing is done per untouched pair.
    Otherwise the index and seeds are built afresh and each pair whose
    inputs are unchanged reuses its links.
    """

    def __init__(self) -> None:
        self._index: dict | None = None
        self._limit = -1
        self._docs: list = []  # the last analysis's AlignDocs, in order
        self._seeds: dict[tuple[int, int], object] = {}  # (a, b) → seeds (array), as `_seed_pairs` gives
        # a → b → (keys read, links) for the pairs with links to compute (≥ 2 seeds), b ascending
        self._links: dict[int, dict[int, tuple[frozenset, list]]] = {}
        self._readers: dict[int, set[tuple[int, int]]] = {}  # shingle key → pairs that read it
        self._rows: dict[int, list] = {}  # a → the links of its pairs (a, b), b ascending
        self.reused = 0
        self.computed = 0

    # -- the state, pair by pair ----------------------------------------------
    def _forget(self, a: int, b: int) -> None:
        entry = self._links.get(a, {}).pop(b, None)
        if entry is not None:
            for k in entry[0]:
                readers = self._readers.get(k)
                if readers is not None:
                    readers.discard((a, b))
                    if not readers:
                        del self._readers[k]

    def _remember(self, a: int, b: int, keys: frozenset, found: list) -> None:
        row = self._links.setdefault(a, {})
        row[b] = (keys, found)
        for k in keys:
            self._readers.setdefault(k, set()).add((a, b))

    def _link(self, docs, a: int, b: int, index: dict, limit: int) -> None:
        """Compute the links of pair (a, b) afresh and remember what they read."""
        from . import lexical

        self._forget(a, b)
        seeds = self._seeds.get((a, b))
        if seeds is None or len(seeds) < 2:
            return
        rec = _Recording(index)
        found = lexical.pair_links(docs[a], docs[b], seeds, rec, limit)
        self._remember(a, b, frozenset(rec.keys), found)
        self.computed += 1

    def _row(self, a: int) -> list:
        row = self._links.get(a, {})
        return [r for b in sorted(row) for r in row[b][1]]

    # -- an update -------------------------------------------------------------
    def links(self, docs, tick=None) -> list:
        """`lexical.lexical_links(docs, tick)`, reusing what is unchanged."""
        from . import lexical

        limit = lexical.stock_limit(len(docs))
        self.reused = self.computed = 0
        if not self._grow(docs, limit, tick):
            self._rebuild(docs, limit, tick)
        self._docs = list(docs)
        self._limit = limit
        regions = [r for a in sorted(self._rows) for r in self._rows[a]]
        regions.extend(lexical._short_quotes(docs))
        return regions

    def _grow(self, docs, limit: int, tick) -> bool:
        """The update when the last analysis's sources are the first of these,
        in the same order (articles added at the end); False when they are not."""
        from collections import Counter
        from array import array

        from . import lexical

        old, prev = self._index, self._docs
        if old is None or len(prev) > len(docs) or any(d.source is not p.source for d, p in zip(docs, prev)):
            return False
        new = docs[len(prev):]
        if not new and limit == self._limit:
            self.reused = sum(len(row) for row in self._links.values())
            return True
        candidates: set[int] = set()
        for d in new:
            f = d.folds
            candidates.update(map(hash, zip(f, f[1:], f[2:])))
        before = {}
        for k in candidates:
            v = old.get(k)
            before[k] = list(v) if type(v) is list else v
        self._index = None  # grown in place: no longer the last analysis's, should this fail
        index = lexical._shingle_index(new, old)
        touched = [k for k in candidates if index.get(k) != before[k]]
        # each touched shingle's seeds, before and after (`_seed_pairs` on it
        # alone: a shingle crossing DENSE_POSTINGS changes older pairs' seeds)
        dirty: set[tuple[int, int]] = set()
        for n, k in enumerate(touched):
            if tick and not n % 256:
                tick(n, len(touched))
            was = lexical._seed_pairs({k: before[k]}) if type(before[k]) is list else {}
            now = lexical._seed_pairs({k: index[k]})
            for pair in was.keys() | now.keys():
                w, x = was.get(pair, ()), now.get(pair, ())
                if w == x:
                    continue  # most pairs of a long posting list: the new places come after them
                gained, lost = Counter(x) - Counter(w), Counter(w) - Counter(x)
                if not gained and not lost:
                    continue
                seeds = self._seeds.get(pair)
                if lost:
                    kept = Counter(seeds) - lost + gained
                    seeds = array("q", kept.elements())
                else:
                    seeds = array("q", seeds or ()) + array("q", gained.elements())
                if seeds:
                    self._seeds[pair] = seeds
                else:
                    self._seeds.pop(pair, None)
                dirty.add(pair)
        # pairs that read a shingle whose stock status changed: a touched
        # shingle's count changed; any other's status changes with the limit
        old_limit = self._limit
        if limit == old_limit:
            looked = [k for k in touched if k in self._readers]
        else:
            looked = list(self._readers)
        for k in looked:
            was = _stock_places(before[k], old_limit) if k in before else _stock(index, k, old_limit)
            if was != _stock(index, k, limit):
                dirty.update(self._readers[k])
        for a, b in sorted(dirty):
            self._link(docs, a, b, index, limit)
        self.reused = sum(len(row) for row in self._links.values()) - self.computed
        for a in {a for a, _b in dirty}:
            self._rows[a] = self._row(a)
            if not self._rows[a]:
                del self._rows[a]
        self._index = index
        return True

    def _rebuild(self, docs, limit: int, tick) -> None:
        """The index and seeds afresh; each pair whose two sources, seeds and
        read shingles' status are unchanged reuses its links."""
        from . import lexical

        index = lexical._shingle_index(docs)
        changed = self._changed_keys(docs, index, limit)
        by_sources = {}
        if changed is not None:
            prev = self._docs
            for a, row in self._links.items():
                for b, (keys, found) in row.items():
                    if keys.isdisjoint(changed):
                        by_sources[(id(prev[a].source), id(prev[b].source))] = (
                            prev[a].source, prev[b].source, self._seeds[(a, b)], keys, found)
        pairs = lexical._seed_pairs(index)
        # refilled below; should this be interrupted, the next update rebuilds
        self._index = None
        self._seeds, self._links, self._readers, self._rows = pairs, {}, {}, {}
        from .aligned import Region

        for n, ((a, b), seeds) in enumerate(sorted(pairs.items())):
            if tick and not n % 64:
                tick(n, len(pairs))
            if len(seeds) < 2:
                continue
            da, db = docs[a], docs[b]
            old = by_sources.get((id(da.source), id(db.source)))
            # the same seeds in any order: `_blocks` sorts them (an update that
            # grew the index appended a new pair's seeds in another order)
            if old is not None and old[0] is da.source and old[1] is db.source \
                    and (old[2] == seeds or sorted(old[2]) == sorted(seeds)):
                found = [r if (r.a, r.b) == (a, b) else
                         Region(a, r.a0, r.a1, b, r.b0, r.b1, r.matched, r.anchored, r.kind, r.similarity)
                         for r in old[4]]
                self._remember(a, b, old[3], found)
                self.reused += 1
            else:
                self._link(docs, a, b, index, limit)
        for a in self._links:
            row = self._row(a)
            if row:
                self._rows[a] = row
        self._index = index

    def _changed_keys(self, docs, index: dict, limit: int) -> set[int] | None:
        """Keys whose stock status differs from the last analysis's (None: no
        last analysis). Only keys of added or removed sources change their
        count; a new `limit` changes the status of counts between the two."""
        if self._index is None:
            return None
        old, old_limit = self._index, self._limit
        now = {id(d.source): d for d in docs}
        was = {id(d.source): d for d in self._docs}
        touched = [d for k, d in now.items() if k not in was or was[k].source is not d.source]
        gone = [d for k, d in was.items() if k not in now or now[k].source is not d.source]
        candidates: set[int] = set()
        for d in touched + gone:
            f = d.folds
            candidates.update(map(hash, zip(f, f[1:], f[2:])))
        changed = {k for k in candidates if _stock(old, k, old_limit) != _stock(index, k, limit)}
        if limit != old_limit:
            lo, hi = sorted((limit, old_limit))
            changed.update(k for k in self._readers if lo < _count(index, k) <= hi or lo < _count(old, k) <= hi)
        return changed


def _count(index: dict, key: int) -> int:
    places = index.get(key)
    return 0 if places is None else 1 if type(places) is int else len(places)
