"""What one analysis of a changing folder keeps for the next (watch mode):
each cleaned source, with the cross-source counts its cleaning read, so that
an update cleans again only the sources it touches.
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


class LexicalMemo:
    """Lexical links kept per pair of sources. A pair's links are a function
    of its two sources, the places where they share a shingle (its seeds) and
    whether each shingle its blocks hold is found in at most `limit` places;
    they are reused while all of these are the same, so the links equal a
    fresh computation's, in the same order (pairs are visited in the order
    the fresh index gives)."""

    def __init__(self) -> None:
        self._pairs: dict[tuple[int, int], tuple] = {}
        self._index: dict | None = None
        self._limit = -1
        self._sources: dict[int, object] = {}  # id → AlignDoc of the last analysis
        self._docs: list = []  # the last analysis's AlignDocs, in order
        self.reused = 0
        self.computed = 0

    def _changed_keys(self, docs, index: dict, limit: int) -> set[int] | None:
        """Keys whose stock status differs from the last analysis's (None: no
        last analysis). Only keys of added or removed sources change their
        count; a new `limit` changes the status of counts between the two."""
        if self._index is None:
            return None
        old, old_limit = self._index, self._limit
        now = {id(d.source) for d in docs}
        touched = [d for d in docs if (o := self._sources.get(id(d.source))) is None or o.source is not d.source]
        gone = [doc for key, doc in self._sources.items() if key not in now]
        candidates: set[int] = set()
        for d in touched + gone:
            f = d.folds
            candidates.update(map(hash, zip(f, f[1:], f[2:])))
        changed = {k for k in candidates if _stock(old, k, old_limit) != _stock(index, k, limit)}
        if limit != old_limit:
            lo, hi = sorted((limit, old_limit))
            changed.update(k for k, v in index.items() if type(v) is list and lo < len(v) <= hi)
            changed.update(k for k, v in old.items() if type(v) is list and lo < len(v) <= hi)
        return changed

    def _grown_index(self, docs, limit: int) -> tuple[dict | None, set[int] | None]:
        """When the last analysis's sources are the first of these, in the
        same order (articles added at the end), its shingle index grown by
        the new sources' places (what `_shingle_index(docs)` builds, in the
        same order), and the keys whose stock status changed; else (None, None)."""
        from . import lexical

        old, prev = self._index, self._docs
        if old is None or len(prev) > len(docs) or any(d.source is not p.source for d, p in zip(docs, prev)):
            return None, None
        new = docs[len(prev):]
        candidates: set[int] = set()
        for d in new:
            f = d.folds
            candidates.update(map(hash, zip(f, f[1:], f[2:])))
        before = {k: _stock(old, k, self._limit) for k in candidates}
        self._index = None  # grown in place: not the last analysis's any more
        index = lexical._shingle_index(new, old)
        changed = {k for k in candidates if before[k] != _stock(index, k, limit)}
        if limit != self._limit:  # untouched shingles keep their count: those between the limits change
            lo, hi = sorted((limit, self._limit))
            changed.update(k for k, v in index.items() if type(v) is list and lo < len(v) <= hi)
        return index, changed

    def links(self, docs, tick=None) -> list:
        """`lexical.lexical_links(docs, tick)`, reusing the pairs whose inputs
        are unchanged."""
        from . import lexical
        from .aligned import Region

        limit = lexical.stock_limit(len(docs))
        index, changed = self._grown_index(docs, limit)
        if index is None:
            index = lexical._shingle_index(docs)
            changed = self._changed_keys(docs, index, limit)
        pairs = lexical._seed_pairs(index)
        kept: dict[tuple[int, int], tuple] = {}
        regions: list = []
        self.reused = self.computed = 0
        for k, ((da, db), seeds) in enumerate(pairs.items()):
            if tick and not k % 64:
                tick(k, len(pairs))
            if len(seeds) < 2:
                continue  # no links, nothing read (see pair_links)
            a, b = docs[da], docs[db]
            key = (id(a.source), id(b.source))
            old = self._pairs.get(key)
            if old is not None and changed is not None and old[0] is a.source and old[1] is b.source \
                    and old[2] == seeds and old[3].isdisjoint(changed):
                _sa, _sb, _seeds, keys, found, ia, ib = old
                if (ia, ib) != (da, db):  # a source was added or removed before them
                    found = [Region(da, r.a0, r.a1, db, r.b0, r.b1, r.matched, r.anchored, r.kind, r.similarity)
                             for r in found]
                self.reused += 1
            else:
                rec = _Recording(index)
                found = lexical.pair_links(a, b, seeds, rec, limit)
                keys = frozenset(rec.keys)
                self.computed += 1
            kept[key] = (a.source, b.source, seeds, keys, found, da, db)
            regions.extend(found)
        regions.extend(lexical._short_quotes(docs))
        self._pairs, self._index, self._limit = kept, index, limit
        self._sources = {id(d.source): d for d in docs}
        self._docs = list(docs)
        return regions
