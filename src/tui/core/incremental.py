"""What one analysis of a changing folder keeps for the next (watch mode):
each cleaned source, with the cross-source counts its cleaning read, so that
an update cleans again only the sources it touches; what later stages compute
from one source alone (segmentation, the aligners' word index, speech's
quotations and units); the lexical links of each pair of sources with what
they read (`LexicalMemo`); paraphrase scoring (`ParaphraseMemo`); each
source's two speech passes over the registry of actors with what they read
of it and changed (`SpeechMemo`); statement grouping's and quote fidelity's
per-statement and per-pair work (`GroupingMemo`, `FidelityMemo`). Whatever
is reused, the Story equals a fresh analysis's. What reads every source at
once (the final choices of paraphrase, the registry's cross-source steps,
grouping's candidate pairs, clustering, lineage) is redone.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, insort
from functools import partial
from itertools import chain, repeat
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
        self.paraphrase = ParaphraseMemo()
        self.speech = SpeechMemo()
        self.grouping = GroupingMemo()
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


#: Slots between two sources' places in the memo's shingle index: a source
#: put between two others (a changed file, a new name sorted among the
#: others) takes a slot between theirs, so no other source's places move.
SLOT_GAP = 1 << 10


class LexicalMemo:
    """Lexical links kept per pair of sources (watch mode).

    A pair's links are a function of its two sources, the places where they
    share a shingle (its seeds) and, for each shingle its blocks hold,
    whether it is found in at most `limit` places (a stock phrase or not):
    they are reused while all of these are the same, so the links equal a
    fresh computation's, in the same order (pairs in order, as
    `lexical_links` visits them).

    The memo's index holds each source's places under a slot of its own
    rather than its place in the folder: slots grow with the folder's order
    and leave room between them, so an update (sources added anywhere,
    removed, changed) removes the places of the sources gone and adds
    those of the new, and every other source's places, its pairs' seeds
    and links stay where they are. The seeds of the pairs the changed
    places touch are updated, and only those pairs, and the pairs that read
    a shingle whose status changed, are linked again. Slots ordered like the
    sources give the posting lists, and so the seeds, a fresh index gives.
    When no slot is free between two sources, or the order changed, the
    index and seeds are built afresh and each pair whose inputs are
    unchanged reuses its links.
    """

    def __init__(self) -> None:
        self._index: dict | None = None  # shingle → places (slot << 24 | position), as `_shingle_index`
        self._limit = -1
        self._docs: list = []  # the last analysis's AlignDocs, in order
        self._slots: list[int] = []  # … and their slots, ascending
        self._seeds: dict[tuple[int, int], object] = {}  # (slot a, slot b) → seeds (array), as `_seed_pairs` gives
        # slot a → slot b → (keys read, links) for the pairs with links to compute (≥ 2 seeds)
        self._links: dict[int, dict[int, tuple[frozenset, list]]] = {}
        self._readers: dict[int, set[tuple[int, int]]] = {}  # shingle key → pairs that read it
        self._rows: dict[int, list] = {}  # slot a → the links of its pairs (a, b), b ascending
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

    def _link(self, at: dict, a: int, b: int, index: dict, limit: int) -> None:
        """Compute the links of pair (a, b) (slots; `at` gives their AlignDocs)
        afresh and remember what they read."""
        from . import lexical

        self._forget(a, b)
        seeds = self._seeds.get((a, b))
        if seeds is None or len(seeds) < 2:
            return
        rec = _Recording(index)
        found = lexical.pair_links(at[a], at[b], seeds, rec, limit)
        self._remember(a, b, frozenset(rec.keys), found)
        self.computed += 1

    def _row(self, at: dict, a: int) -> list:
        """Slot a's links, b ascending, with the sources' places in the folder now."""
        from .aligned import Region

        row = self._links.get(a, {})
        out = []
        ia = at[a].index
        for b in sorted(row):
            keys, found = row[b]
            ib = at[b].index
            if found and (found[0].a, found[0].b) != (ia, ib):
                found = [Region(ia, r.a0, r.a1, ib, r.b0, r.b1, r.matched, r.anchored, r.kind, r.similarity)
                         for r in found]
                row[b] = (keys, found)
            out.extend(found)
        return out

    # -- an update -------------------------------------------------------------
    def links(self, docs, tick=None) -> list:
        """`lexical.lexical_links(docs, tick)`, reusing what is unchanged."""
        from . import lexical

        limit = lexical.stock_limit(len(docs))
        self.reused = self.computed = 0
        if not self._update(docs, limit, tick):
            self._rebuild(docs, limit, tick)
        self._docs = list(docs)
        self._limit = limit
        regions = [r for a in sorted(self._rows) for r in self._rows[a]]
        regions.extend(lexical._short_quotes(docs))
        return regions

    def _new_slots(self, docs) -> tuple[list[int], list[int], list[int]] | None:
        """Each source's slot (the kept sources' as before, new ones between
        their neighbours'), with the new sources' positions and the old
        positions of the sources gone; None when the kept sources changed
        order or no slot is free where one is needed."""
        prev, old = self._docs, self._slots
        old_at = {id(d.source): i for i, d in enumerate(prev)}
        match: list[int | None] = []
        last = -1
        for d in docs:
            i = old_at.get(id(d.source))
            if i is not None and prev[i].source is d.source and i > last:
                last = i
            elif i is not None and prev[i].source is d.source:
                return None  # reordered
            else:
                i = None
            match.append(i)
        kept = {i for i in match if i is not None}
        gone = [i for i in range(len(prev)) if i not in kept]
        taken = set(old)
        slots: list[int] = [0] * len(docs)
        j = 0
        while j < len(docs):
            if match[j] is not None:
                slots[j] = old[match[j]]
                j += 1
                continue
            k = j
            while k < len(docs) and match[k] is None:
                k += 1
            lo = slots[j - 1] if j else -1
            hi = old[match[k]] if k < len(docs) else max(lo, old[-1] if old else -1) + SLOT_GAP * (k - j + 1)
            free = [s for s in range(lo + 1, hi) if s not in taken] if hi - lo <= 4 * SLOT_GAP else None
            count = k - j
            for t in range(count):
                s = lo + (hi - lo) * (t + 1) // (count + 1)
                if s in taken or s <= (slots[j + t - 1] if j + t else -1):
                    if free is None:
                        free = [x for x in range(lo + 1, hi) if x not in taken]
                    later = [x for x in free if x > (slots[j + t - 1] if j + t else -1)]
                    if len(later) < count - t:
                        return None
                    s = later[0]
                slots[j + t] = s
            j = k
        return slots, [j for j, i in enumerate(match) if i is None], gone

    def _update(self, docs, limit: int, tick) -> bool:
        """The update in place: the places of the sources gone removed, those
        of the new added; False when it cannot be (see `_new_slots`)."""
        from collections import Counter
        from array import array

        from . import lexical

        index, prev = self._index, self._docs
        if index is None:
            return False
        laid = self._new_slots(docs)
        if laid is None:
            return False
        slots, added, gone = laid
        at = dict(zip(slots, docs))
        moved = any(at[s].index != i for i, s in enumerate(self._slots) if s in at) if gone or added else False
        if not added and not gone and limit == self._limit and not moved:
            self.reused = sum(len(row) for row in self._links.values())
            return True
        old_slots = self._slots
        out = [(old_slots[i], prev[i]) for i in gone]
        into = [(slots[j], docs[j]) for j in added]
        candidates: set[int] = set()
        for _s, d in out + into:
            f = d.folds
            candidates.update(map(hash, zip(f, f[1:], f[2:])))
        before = {}
        for k in candidates:
            v = index.get(k)
            before[k] = list(v) if type(v) is list else v
        self._index = None  # changed in place: no longer the last analysis's, should this fail
        for s, d in out:
            _drop_places(index, d, s)
        for s, d in into:
            _add_places(index, d, s)
        touched = [k for k in candidates if index.get(k) != before[k]]
        # each touched shingle's seeds, before and after (`_seed_pairs` on it
        # alone: a shingle crossing DENSE_POSTINGS changes other pairs' seeds)
        dirty: set[tuple[int, int]] = set()
        for n, k in enumerate(touched):
            if tick and not n % 256:
                tick(n, len(touched))
            was = lexical._seed_pairs({k: before[k]}) if type(before[k]) is list else {}
            now = lexical._seed_pairs({k: index[k]}) if type(index.get(k)) is list else {}
            for pair in was.keys() | now.keys():
                w, x = was.get(pair, ()), now.get(pair, ())
                if w == x:
                    continue  # most pairs of a long posting list: the places changed are elsewhere in it
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
            if a in at and b in at:
                self._link(at, a, b, index, limit)
            else:
                self._forget(a, b)
        self.reused = sum(len(row) for row in self._links.values()) - self.computed
        self._slots = slots
        rows = {a for a, _b in dirty}
        if moved:  # sources whose place in the folder moved: their links name them by it
            rows = set(self._links)
        for s, _d in out:
            self._rows.pop(s, None)
            self._links.pop(s, None)
        for a in rows:
            if a in at:
                self._rows[a] = self._row(at, a)
                if not self._rows[a]:
                    del self._rows[a]
        self._index = index
        return True

    def _rebuild(self, docs, limit: int, tick) -> None:
        """The index and seeds afresh; each pair whose two sources, seeds and
        read shingles' status are unchanged reuses its links."""
        from . import lexical

        slots = [i * SLOT_GAP for i in range(len(docs))]
        index: dict = {}
        for s, d in zip(slots, docs):
            _add_places(index, d, s)
        changed = self._changed_keys(docs, index, limit)
        by_sources = {}
        if changed is not None:
            prev = dict(zip(self._slots, self._docs))
            for a, row in self._links.items():
                for b, (keys, found) in row.items():
                    if keys.isdisjoint(changed):
                        by_sources[(id(prev[a].source), id(prev[b].source))] = (
                            prev[a].source, prev[b].source, self._seeds[(a, b)], keys, found)
        pairs = lexical._seed_pairs(index)
        # refilled below; should this be interrupted, the next update rebuilds
        self._index = None
        self._seeds, self._links, self._readers, self._rows = pairs, {}, {}, {}
        self._slots = slots
        at = dict(zip(slots, docs))
        for n, ((a, b), seeds) in enumerate(sorted(pairs.items())):
            if tick and not n % 64:
                tick(n, len(pairs))
            if len(seeds) < 2:
                continue
            da, db = at[a], at[b]
            old = by_sources.get((id(da.source), id(db.source)))
            # the same seeds in any order: `_blocks` sorts them (an update that
            # changed the index in place may hold a pair's seeds in another order)
            if old is not None and old[0] is da.source and old[1] is db.source \
                    and (old[2] == seeds or sorted(old[2]) == sorted(seeds)):
                self._remember(a, b, old[3], old[4])
                self.reused += 1
            else:
                self._link(at, a, b, index, limit)
        for a in self._links:
            row = self._row(at, a)
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


def _add_places(index: dict, d, slot: int) -> None:
    """A source's shingle places added to the memo's index under its slot,
    each posting list kept in order (as `lexical._shingle_index` does, with
    the slot for the source's index)."""
    from . import lexical

    base = slot << lexical._POS_BITS
    get = index.get
    for key, p in zip(*lexical._seed_starts(d)):
        place = base | p
        seen = get(key)
        if seen is None:
            index[key] = place
        elif type(seen) is int:
            index[key] = [seen, place] if seen < place else [place, seen]
        elif seen[-1] < place:
            seen.append(place)
        else:
            insort(seen, place)


def _drop_places(index: dict, d, slot: int) -> None:
    """A source's places removed from the memo's index: a shingle left in one
    place is a bare int again, in none is gone (as a fresh index has it)."""
    from . import lexical

    base = slot << lexical._POS_BITS
    for key, p in zip(*lexical._seed_starts(d)):
        place = base | p
        seen = index[key]
        if type(seen) is int:
            del index[key]
            continue
        seen.remove(place)
        if len(seen) == 1:
            index[key] = seen[0]


def _count(index: dict, key: int) -> int:
    places = index.get(key)
    return 0 if places is None else 1 if type(places) is int else len(places)


# ------------------------------------------------------------------ paraphrase


def _lexical_groups(lexical) -> dict[tuple[int, int], list]:
    """The lexical regions of each pair of documents (lower index first):
    what `paraphrase._covered` reads of a sentence pair."""
    groups: dict[tuple[int, int], list] = {}
    for r in lexical:
        groups.setdefault((r.a, r.b) if r.a <= r.b else (r.b, r.a), []).append(r)
    return groups


class ParaphraseMemo:
    """Paraphrase scoring kept between analyses of one changing folder
    (watch mode): each sentence's features, each stem's count, the prefix
    index that proposes candidate pairs, and what each scored sentence pair
    found (`paraphrase.ScoringPlan.kept`).

    A pair's outcome is a function of its two sentences' features, the
    rarity (df, weight) of their stems, the story's size as weights read it,
    the lexical links between their two documents and whether it is a
    candidate. Rarity is rounded (`paraphrase.df_bucket`, `n_bucket`), so an
    article added at the end changes the rarity of the few stems whose count
    crosses a step: the sentences holding them are "dirty" (with those whose
    features read a word now seen in lower case, and those whose candidate
    partners changed), and only the pairs of dirty and new sentences, and
    of documents whose lexical links changed, are scored again; a stem
    whose count only moves (within the rare range, or across a common
    stem's step) makes its holders "reweighed": only their pairs that
    passed the tests rarity does not read are scored again. Sources
    removed, changed or inserted (`_reshape`) move every index to the new
    layout; a chained posting list whose members moved scores the pairs
    its windows gained and drops those lost. The size crossing a step, or
    the order of kept sources changing, is planned afresh. The links equal
    a fresh analysis's: every pair it would score is scored, or kept from
    a computation on the same inputs."""

    def __init__(self) -> None:
        self._valid = False  # the state below is a finished analysis's
        self._docs: list = []
        self.scored = 0  # pairs scored by the last analysis
        self.kept = 0  # pairs whose outcome was kept
        self.fresh = True  # the last analysis planned afresh

    # -- planning ----------------------------------------------------------------
    def plan(self, docs, lexical):
        """The `paraphrase.ScoringPlan` of these documents: what is kept, what to score."""
        valid, self._valid = self._valid, False  # until done(): an interrupted update plans afresh next time
        groups = _lexical_groups(lexical)
        plan = None
        if valid:
            prev = self._docs
            appended = len(docs) >= len(prev) and all(d is p for d, p in zip(docs, prev))
            # (either may leave the state half-changed when it gives up: then afresh)
            plan = self._grow(docs, groups) if appended else self._reshape(docs, groups)
        self.fresh = plan is None
        if plan is None:
            plan = self._afresh(docs, groups)
        if plan is None:
            return None
        self.scored = plan.count

        def done() -> None:
            reached = self._reached
            for x, y in self._met:
                reached.setdefault(x, set()).add(y)
                reached.setdefault(y, set()).add(x)
            self._met = []
            self._docs, self._lex, self._valid = list(docs), groups, True
            rows = {id(row) for row in self._stem_rows.values()}
            self._caps = {key: e for key, e in self._caps.items() if key in rows}

        plan.done = done
        self.kept = len(plan.kept)
        return plan

    def _afresh(self, docs, groups):
        from . import paraphrase as P

        # the last analysis's state goes first (not alongside the new: the peak)
        for name in ("_feats", "_holders", "_postings", "_prefix", "_rare", "_outcomes", "_reached", "_weak",
                     "_stem_rows", "_cut", "_wsum", "_counts", "_df", "_weight", "_lex"):
            setattr(self, name, None)
        self._docs = []
        stem_rows: dict[int, list] = {}
        lower = P.lower_folds(docs)
        # each fold's count of documents using it in lower case: made by the
        # first update that removes documents (`_reshape`), kept after
        self._lower_counts = None
        self._caps = {}
        feats, headlines, cut = P._sentence_features(docs, stem_rows, lower=lower)
        if len(feats) < 2:
            return None
        counts: dict[str, int] = {}
        holders: dict[str, list[int]] = {}
        for k, f in enumerate(feats):
            for s in f[3]:
                counts[s] = counts.get(s, 0) + 1
                holders.setdefault(s, []).append(k)
        df, weight, topic_df = P.rarity(counts, len(feats))
        self._lower, self._stem_rows, self._headlines = lower, stem_rows, headlines
        self._feats, self._counts, self._holders = feats, counts, holders
        self._df, self._weight, self._topic_df = df, weight, topic_df
        self._nb = P.n_bucket(len(feats))
        self._cut = {i: (cut, i) for i in range(len(docs))}  # doc → its clause cutter, its index when read
        self._wsum = [sum(weight[x] for x in f[3]) for f in feats]
        self._prefix = [self._prefix_of(f) for f in feats]
        self._postings: dict[str, list[int]] = {}
        for k, p in enumerate(self._prefix):
            for s in p or ():
                self._postings.setdefault(s, []).append(k)
        self._rare = {s: [k for k in ks if len(feats[k][3]) >= P.CANDIDATE_MIN_STEMS]
                      for s, ks in holders.items() if 1 < counts[s] <= P.RARE_STEM_POSTINGS}
        self._outcomes: dict[tuple[int, int], list] = {}
        self._weak: dict[tuple[int, int], float | None] = {}
        self._reached: dict[int, set[int]] = {}  # sentence → the partners it passed the first tests with
        keys = P._candidate_sentence_pairs(feats, df, len(feats))
        total = len(feats)
        return self._plan(map(divmod, keys, repeat(total)), len(keys))

    def _plan(self, pairs, count, masks=None):
        from . import paraphrase as P

        cuts = self._cut

        def cut(feat):
            fn, then = cuts[feat[0]]
            if then == feat[0]:
                return fn(feat)
            # a document read at another place in the folder: its cutter knows it by that index
            return [(feat[0], *part[1:]) for part in fn((then, *feat[1:]))]

        self._met: list[tuple[int, int]] = []
        return P.ScoringPlan(list(self._feats), self._headlines, self._stem_rows,
                             cut, self._df, self._weight, self._topic_df,
                             list(self._wsum), pairs, count, kept=self._outcomes, reached=self._met,
                             weak=self._weak, masks=masks)

    def _prefix_of(self, f):
        """The stems a sentence is indexed under (as `_candidate_sentence_pairs`
        picks them), None when it is too short to be a candidate."""
        from . import paraphrase as P

        if len(f[3]) < P.CANDIDATE_MIN_STEMS:
            return None
        df = self._df
        return tuple(sorted((s for s in f[3] if df[s] > 1), key=lambda s: (df[s], s))[:P.PREFIX_STEMS])

    def _reads_any(self, d, row: list, folds: set, classes: set) -> bool:
        """`_reads_any`, first asked of the folds and synonym classes of the
        document's capitalised content words (kept per row of stems, the
        very list: a few dozen, where the document has hundreds of words):
        only a document holding one of `folds` or `classes` there is read."""
        e = self._caps.get(id(row))
        if e is None or e[0] is not row:
            places = [(i, f, r) for i, (f, low, r) in enumerate(zip(d.folds, d.lower, row)) if not low and r is not None]
            e = self._caps[id(row)] = (row, {f for _i, f, _r in places}, {r for _i, _f, r in places}, places)
        if e[1].isdisjoint(folds) and e[2].isdisjoint(classes):
            return False
        return _reads_any(d, e[3], folds, classes)

    def _partners(self, x: int) -> set[int]:
        """The sentences `_candidate_sentence_pairs` pairs with sentence x."""
        from . import paraphrase as P

        out: set[int] = set()
        prefix = self._prefix[x]
        if prefix is None:
            return out
        feats, df = self._feats, self._df
        for s in prefix:
            ks = self._postings[s]
            if len(ks) <= P.DENSE_STEM_POSTINGS:
                out.update(ks)
            else:
                i = bisect_left(ks, x)
                out.update(ks[max(0, i - P.CHAIN_PARTNERS):i + 1 + P.CHAIN_PARTNERS])
        shared_rare: dict[int, int] = {}
        for s in feats[x][3]:
            if 1 < df[s] <= P.RARE_STEM_POSTINGS:
                for k in self._rare[s]:
                    shared_rare[k] = shared_rare.get(k, 0) + 1
        out.update(k for k, n in shared_rare.items() if n >= 2)
        d = feats[x][0]
        return {k for k in out if feats[k][0] != d}

    def _grow(self, docs, groups):
        """The plan when the last analysis's documents are the first of
        these, the same objects (articles added at the end); None when not,
        or when the story's size crossed a step (every weight changed)."""
        from . import paraphrase as P

        prev = self._docs
        if not prev or len(docs) < len(prev) or any(d is not p for d, p in zip(docs, prev)):
            return None
        feats = self._feats
        base = len(feats)
        new_docs = list(range(len(prev), len(docs)))
        seen_lower, seen_classes = self._lower
        # sentences whose pairs are scored again: `dirty`, all their candidate
        # pairs (their features, their candidate partners or a rare stem's
        # count changed); `reweighed`, only the pairs that passed the tests
        # rarity does not read (a stem's weight changed)
        dirty: set[int] = set()
        reweighed: set[int] = set()
        # an old document whose capitalised words are now seen in lower case
        # reads other claims (`_sentence_features`): its sentences are redone
        fresh_lower = set()
        for i in new_docs:
            low = _lower_of(docs[i])
            if self._lower_counts is not None:
                self._lower_counts.update(low)
            fresh_lower |= low
        fresh_lower -= seen_lower
        fresh_classes = {P._SYNONYMS[f] for f in fresh_lower.intersection(P._SYNONYMS)} - seen_classes
        seen_lower |= fresh_lower
        seen_classes |= fresh_classes
        ranges = self._ranges(len(prev))
        redo = [i for i in range(len(prev))
                if self._reads_any(docs[i], self._stem_rows[i], fresh_lower, fresh_classes)] if fresh_lower else []
        if redo:
            rows: dict[int, list] = {}
            again, _heads, cut = P._sentence_features(docs, rows, only=redo, lower=self._lower)
            at = 0
            for i in redo:
                a, b = ranges[i]
                for k in range(a, b):
                    f = again[at]
                    if f[:4] != feats[k][:4]:
                        return None  # not the same sentences (cannot happen: only claims read lower case)
                    feats[k] = f
                    at += 1
                self._cut[i] = (cut, i)
                self._stem_rows[i] = rows[i]
                dirty.update(range(a, b))
            if at != len(again):
                return None
        # the new documents' sentences, after the others
        rows = {}
        added, heads, cut = P._sentence_features(docs, rows, only=new_docs, lower=self._lower)
        n = base + len(added)
        if P.n_bucket(n) != self._nb:
            return None
        feats.extend(added)
        self._headlines |= {base + h for h in heads}
        self._stem_rows.update(rows)
        for i in new_docs:
            self._cut[i] = (cut, i)
        # counts, and the stems whose rarity crossed a step
        counts, df, weight, holders = self._counts, self._df, self._weight, self._holders
        grown: dict[str, int] = {}
        for f in added:
            for s in f[3]:
                grown[s] = grown.get(s, 0) + 1
        was = {s: counts.get(s, 0) for s in grown}
        for s, c in grown.items():
            old = was[s]
            counts[s] = old + c
            if old and P.df_bucket(old + c) != P.df_bucket(old):
                # (old sentences only: the new are added below)
                (dirty if _rare_moved(old, old + c) else reweighed).update(holders[s])
            df[s] = P.df_bucket(old + c)
            weight[s] = math.log(1 + self._nb / df[s])
        for k in range(base, n):
            for s in feats[k][3]:
                holders.setdefault(s, []).append(k)
        wsum = self._wsum
        for k in dirty | reweighed:
            wsum[k] = sum(weight[x] for x in feats[k][3])
        wsum.extend(sum(weight[x] for x in f[3]) for f in added)
        # the prefix index: dirty sentences may be indexed under other stems
        postings = self._postings
        before: dict[str, list[int]] = {}  # a posting list changed other than at its end, as it was
        self._reindex(sorted(dirty | reweighed), feats, self._prefix, postings, before, dirty)
        lengths: dict[str, int] = {}  # a posting list grown at its end: its length before
        for k in range(base, n):
            p = self._prefix_of(feats[k])
            self._prefix.append(p)
            for s in p or ():
                ks = postings.setdefault(s, [])
                if s not in lengths:
                    lengths[s] = len(ks)
                ks.append(k)
        dense = P.DENSE_STEM_POSTINGS
        for s, old in before.items():
            ks = postings.get(s, [])
            if (len(old) <= dense) != (len(ks) <= dense):
                dirty.update(old)  # all pairs → each with the next few (or back): every member's partners change
                dirty.update(k for k in ks if k < base)
            elif len(ks) > dense:
                dirty.update(_moved_windows(old, ks, P.CHAIN_PARTNERS))
        for s, m in lengths.items():
            if s not in before and (m <= dense) != (len(postings[s]) <= dense):
                dirty.update(postings[s][:m])
        for s in list(postings):
            if not postings[s]:
                del postings[s]
        # rare stems: a list per stem in 2..RARE_STEM_POSTINGS sentences
        rare, limit, small = self._rare, P.RARE_STEM_POSTINGS, P.CANDIDATE_MIN_STEMS
        for s, old in was.items():
            now = counts[s]
            if 1 < now <= limit:
                if 1 < old:
                    rare[s].extend(k for k in holders[s][-grown[s]:] if len(feats[k][3]) >= small)
                else:
                    rare[s] = [k for k in holders[s] if len(feats[k][3]) >= small]
            elif 1 < old <= limit:
                del rare[s]  # (its old sentences are dirty: the count crossed a step)
        # documents whose lexical links changed: their sentence pairs read other coverage
        old_groups = self._lex
        pairs_changed = {key for key in old_groups.keys() | groups.keys()
                         if key[1] < len(prev) and old_groups.get(key) != groups.get(key)}
        dirty = {k for k in dirty if k < base}
        reweighed -= dirty
        return self._rescore(docs, dirty, reweighed, range(base, n), pairs_changed)

    def _reshape(self, docs, groups):
        """The plan when sources were removed, changed or inserted, those kept
        in the same order (the same Source objects): every index moves to the
        new layout, the sentences of new, changed and removed sources count
        as added and removed, and the pairs they touch are scored as in
        `_grow`. None when that cannot be (nothing kept, the order changed,
        the size crossed a step)."""
        from . import paraphrase as P

        prev = self._docs
        old_at = {id(d.source): i for i, d in enumerate(prev)}
        match: list[int | None] = []  # new doc → its old index (a kept source), else None
        last = -1
        for d in docs:
            i = old_at.get(id(d.source))
            if i is not None and prev[i].source is d.source:
                if i <= last:
                    return None
                last = i
            else:
                i = None
            match.append(i)
        if all(i is None for i in match):
            return None
        # words seen in lower case: a kept source whose capitalised words
        # changed status is read again (as if changed)
        # (counted per document: only removed and new documents are read)
        kept_old = set(match)
        if self._lower_counts is None:
            self._lower_counts = Counter()
            for d in prev:
                self._lower_counts.update(_lower_of(d))
        counts = self._lower_counts
        touched: set[str] = set()
        for i in range(len(prev)):
            if i not in kept_old:
                low = _lower_of(prev[i])
                counts.subtract(low)
                touched |= low
        for j, i in enumerate(match):
            if i is None:
                low = _lower_of(docs[j])
                counts.update(low)
                touched |= low
        seen_lower, seen_classes = self._lower
        moved = {f for f in touched if (counts[f] > 0) != (f in seen_lower)}
        for f in touched:
            if counts[f] <= 0:
                del counts[f]
        seen_lower ^= moved
        moved_classes = set()
        for c in {P._SYNONYMS[f] for f in moved.intersection(P._SYNONYMS)}:
            if any(f in seen_lower for f in _class_folds()[c]) != (c in seen_classes):
                moved_classes.add(c)
        seen_classes ^= moved_classes
        if moved or moved_classes:
            for j, i in enumerate(match):
                if i is not None and self._reads_any(docs[j], self._stem_rows[i], moved, moved_classes):
                    match[j] = None
        fresh_docs = [j for j, i in enumerate(match) if i is None]
        rows: dict[int, list] = {}
        if fresh_docs:
            read, heads, cutter = P._sentence_features(docs, rows, only=fresh_docs, lower=self._lower)
        else:
            read, heads, cutter = [], set(), None
        by_doc: dict[int, list[int]] = {}
        for x, f in enumerate(read):
            by_doc.setdefault(f[0], []).append(x)
        # the new layout
        old_feats, old_heads = self._feats, self._headlines
        ranges = self._ranges(len(prev))
        feats: list = []
        at = [-1] * len(old_feats)  # old sentence → new, -1 when gone
        inserted: list[int] = []
        headlines: set[int] = set()
        stem_rows: dict[int, list] = {}
        cuts: dict[int, tuple] = {}
        for j, i in enumerate(match):
            if i is None:
                for x in by_doc.get(j, ()):
                    if x in heads:
                        headlines.add(len(feats))
                    inserted.append(len(feats))
                    feats.append(read[x])
                stem_rows[j] = rows[j]
                cuts[j] = (cutter, j)
                continue
            a, b = ranges[i]
            for k in range(a, b):
                f = old_feats[k]
                if k in old_heads:
                    headlines.add(len(feats))
                at[k] = len(feats)
                feats.append(f if i == j else (j, *f[1:]))
            stem_rows[j] = self._stem_rows[i]
            cuts[j] = self._cut[i]
        n = len(feats)
        if n < 2 or P.n_bucket(n) != self._nb:
            return None
        new_set = set(inserted)
        # counts; stems whose rarity crossed a step
        counts, df, weight = self._counts, self._df, self._weight
        delta: dict[str, int] = {}
        for k, f in enumerate(old_feats):
            if at[k] < 0:
                for s in f[3]:
                    delta[s] = delta.get(s, 0) - 1
        for k in inserted:
            for s in feats[k][3]:
                delta[s] = delta.get(s, 0) + 1
        holders: dict[str, list[int]] = {}
        new_at = at.__getitem__
        for s, ks in self._holders.items():
            if s not in delta:  # (no holder gone: mapped at C speed)
                holders[s] = list(map(new_at, ks))
                continue
            mapped = [m for k in ks if (m := at[k]) >= 0]
            if mapped:
                holders[s] = mapped
        for k in inserted:
            for s in feats[k][3]:
                holders.setdefault(s, []).append(k)
        for s in delta:  # inserted sentences sit between kept ones
            if s in holders:
                holders[s].sort()
        dirty: set[int] = set()
        reweighed: set[int] = set()
        for s, c in delta.items():
            old = counts.get(s, 0)
            now = old + c
            if now <= 0:
                counts.pop(s, None)
                df.pop(s, None)
                weight.pop(s, None)
                continue
            counts[s] = now
            df[s] = P.df_bucket(now)
            weight[s] = math.log(1 + self._nb / df[s])
            if old and P.df_bucket(now) != P.df_bucket(old):
                kept_holders = [k for k in holders[s] if k not in new_set]
                (dirty if _rare_moved(old, now) else reweighed).update(kept_holders)
        wsum = [0.0] * n
        for k, w in enumerate(self._wsum):
            if at[k] >= 0:
                wsum[at[k]] = w
        for k in dirty | reweighed | new_set:
            wsum[k] = sum(weight[x] for x in feats[k][3])
        prefix: list = [None] * n
        for k, p in enumerate(self._prefix):
            if at[k] >= 0:
                prefix[at[k]] = p
        # the prefix index in the new layout; a list that lost or gained
        # members other than at its end is noted as it was (a gone member by
        # a placeholder of its own) to find whose chained partners moved
        postings: dict[str, list[int]] = {}
        before: dict[str, list[int]] = {}
        for s, ks in self._postings.items():
            mapped = list(map(new_at, ks))
            if -1 in mapped:
                before[s] = [m if m >= 0 else -2 - x for x, m in enumerate(mapped)]
                mapped = [m for m in mapped if m >= 0]
            if mapped:
                postings[s] = mapped
        for k in inserted:
            p = prefix[k] = self._prefix_of(feats[k])
            for s in p or ():
                ks = postings.setdefault(s, [])
                if s not in before:
                    before[s] = ks.copy()
                insort(ks, k)
        self._reindex(sorted(dirty | reweighed), feats, prefix, postings, before, dirty)
        dense = P.DENSE_STEM_POSTINGS
        # a long list whose members moved: each kept member's next few
        # changed, the pairs gained and lost so (not all of its pairs)
        gained: set[tuple[int, int]] = set()
        lost: set[tuple[int, int]] = set()
        for s, old in before.items():
            ks = postings.get(s, [])
            if (len(old) <= dense) != (len(ks) <= dense):
                dirty.update(k for k in old if k >= 0)
                dirty.update(ks)
            elif len(ks) > dense:
                _moved_pairs(old, ks, P.CHAIN_PARTNERS, gained, lost)
        for s in [s for s, ks in postings.items() if not ks]:
            del postings[s]
        rare: dict[str, list[int]] = {}
        limit, small = P.RARE_STEM_POSTINGS, P.CANDIDATE_MIN_STEMS
        for s, ks in self._rare.items():
            if s not in delta:
                rare[s] = [at[k] for k in ks]
        for s in delta:
            if 1 < counts.get(s, 0) <= limit:
                rare[s] = [k for k in holders[s] if len(feats[k][3]) >= small]
        # kept outcomes, scores and met pairs in the new layout
        def moved_ref(x):
            return at[x] if type(x) is int else (at[x[0]], x[1])

        outcomes = {(at[a], at[b]): [(sc, moved_ref(x), moved_ref(y)) for sc, x, y in found]
                    for (a, b), found in self._outcomes.items() if at[a] >= 0 and at[b] >= 0}
        weak = {(at[a], at[b]): v for (a, b), v in self._weak.items() if at[a] >= 0 and at[b] >= 0}
        reached = {at[x]: {at[y] for y in ys if at[y] >= 0} for x, ys in self._reached.items() if at[x] >= 0}
        # lexical links of two kept sources, compared whatever their indices
        doc_at = {i: j for j, i in enumerate(match) if i is not None}
        old_groups = {}
        for (a, b), regions in self._lex.items():
            if a in doc_at and b in doc_at:
                old_groups[(doc_at[a], doc_at[b])] = [_placeless(r) for r in regions]
        pairs_changed = {key for key in old_groups.keys() | groups.keys()
                         if match[key[0]] is not None and match[key[1]] is not None
                         and old_groups.get(key) != [_placeless(r) for r in groups.get(key, ())]}
        self._feats, self._headlines, self._stem_rows, self._cut = feats, headlines, stem_rows, cuts
        self._holders, self._wsum, self._prefix, self._postings, self._rare = holders, wsum, prefix, postings, rare
        self._outcomes, self._weak, self._reached = outcomes, weak, reached
        return self._rescore(docs, dirty - new_set, reweighed - new_set - dirty, inserted, pairs_changed,
                             gained, lost)

    def _rescore(self, docs, dirty, reweighed, inserted, pairs_changed, gained=(), lost=()):
        """The plan: kept outcomes less those of the pairs scored again.
        `gained` and `lost`: pairs of kept sentences that became candidates
        or may have stopped being so (a chained posting list's windows
        moved); a pair with a dirty or new sentence is among its partners."""
        feats = self._feats
        outcomes, weak, reached = self._outcomes, self._weak, self._reached
        new = set(inserted)
        partners: dict[int, set[int]] = {}
        for x, y in lost:
            if x in dirty or y in dirty or x in new or y in new:
                continue
            if x not in partners:
                partners[x] = self._partners(x)
            if y not in partners[x]:  # (met through no other stem: no longer a candidate)
                outcomes.pop((x, y) if x < y else (y, x), None)
                reached.get(x, set()).discard(y)
                reached.get(y, set()).discard(x)
        redo = dirty | reweighed
        if redo or pairs_changed:
            def stale(key) -> bool:
                a, b = feats[key[0]][0], feats[key[1]][0]
                return key[0] in redo or key[1] in redo or ((a, b) if a <= b else (b, a)) in pairs_changed
            for kept in (outcomes, weak):
                for key in [key for key in kept if stale(key)]:
                    del kept[key]
        for x in dirty:  # (their pairs are met again below, if still candidates)
            for y in reached.pop(x, ()):
                reached[y].discard(x)
        todo: set[tuple[int, int]] = set()
        for x in [*dirty, *inserted]:
            todo.update((x, y) if x < y else (y, x) for y in self._partners(x))
        for x in reweighed:
            todo.update((x, y) if x < y else (y, x) for y in reached.get(x, ()))
        todo.update((x, y) if x < y else (y, x) for x, y in gained
                    if x not in dirty and y not in dirty and x not in new and y not in new
                    and feats[x][0] != feats[y][0])
        ranges = self._ranges(len(docs))
        for a, b in pairs_changed:  # (coverage is read after the tests rarity does not read)
            for x in range(*ranges[a]):
                todo.update((x, y) for y in reached.get(x, ()) if feats[y][0] == b)
        self.dirty, self.reweighed = len(dirty), len(reweighed)
        return self._plan(iter(todo), len(todo), self._masks(todo))

    def _masks(self, todo):
        """`paraphrase.shared_stem_masks` for the sentences of these pairs
        only (the others are never looked up: 0): a pair's popcount is the
        count of stems both share whatever bit each stem is given, so the
        bits are given here to the stems of these sentences alone, the
        commonest lowest as there (short ints), instead of to every stem for
        every sentence of the story."""
        feats, df = self._feats, self._df
        touched = set(chain.from_iterable(todo))
        if 3 * len(touched) > 2 * len(feats):
            return None  # (most sentences: made for all, as a fresh plan does)
        stems = set().union(*[feats[x][3] for x in touched])
        bit = {s: 1 << i for i, s in enumerate(sorted((s for s in stems if df[s] > 1), key=df.__getitem__,
                                                        reverse=True))}
        n = len(feats)
        masks, figures = [0] * n, [False] * n
        for x in touched:
            f = feats[x]
            masks[x] = sum(map(bit.__getitem__, f[3] & bit.keys()))
            figures[x] = bool(f[6])
        return masks, figures

    def _reindex(self, keys, feats, prefix: list, postings: dict[str, list[int]],
                 before: dict[str, list[int]], dirty: set[int]) -> None:
        """Index `keys` (kept sentences whose stems' rarity moved) under their
        prefix as it is now: a sentence whose prefix changed is dirty, and a
        posting list changed other than at its end is noted in `before` as it
        was."""
        for k in keys:
            old_p, new_p = prefix[k], self._prefix_of(feats[k])
            if old_p == new_p:
                continue
            dirty.add(k)
            prefix[k] = new_p
            for s in set(old_p or ()) - set(new_p or ()):
                ks = postings[s]
                if s not in before:
                    before[s] = ks.copy()
                ks.remove(k)
            for s in set(new_p or ()) - set(old_p or ()):
                ks = postings.setdefault(s, [])
                if s not in before:
                    before[s] = ks.copy()
                insort(ks, k)

    def _ranges(self, n_docs: int) -> list[tuple[int, int]]:
        """Each document's sentences in the features: (first, end)."""
        out = [(0, 0)] * n_docs
        feats = self._feats
        k = 0
        while k < len(feats):
            d = feats[k][0]
            e = k
            while e < len(feats) and feats[e][0] == d:
                e += 1
            if d < n_docs:
                out[d] = (k, e)
            k = e
        return out


def _lower_of(d) -> set:
    """The folds one document uses in lower case (`paraphrase.lower_folds`)."""
    return {f for f, low in zip(d.folds, d.lower) if low}


_CLASS_FOLDS: dict[str, list[str]] = {}


def _class_folds() -> dict[str, list[str]]:
    """Each synonym class's folds (`paraphrase._SYNONYMS` the other way)."""
    if not _CLASS_FOLDS:
        from .paraphrase import _SYNONYMS

        for f, c in _SYNONYMS.items():
            _CLASS_FOLDS.setdefault(c, []).append(f)
    return _CLASS_FOLDS


def _rare_moved(old: int, now: int) -> bool:
    """Whether a stem counted in `old` sentences, now `now`, became rare or
    stopped being so (`paraphrase.RARE_STEM_POSTINGS`; two sentences at
    least): which pairs are candidates changes for the sentences holding
    it. Within the rare range the count moves their pairs' scores only (it
    is read exactly, `df_bucket`), as a common stem's weight does: those
    are the pairs that passed the tests rarity does not read, scored again
    (where a sentence's prefix of rarest stems moved, `_reindex` makes it
    dirty all the same)."""
    from .paraphrase import RARE_STEM_POSTINGS as limit

    return (1 < old <= limit) != (1 < now <= limit)


def _reads_any(d, places: list, folds: set, classes: set) -> bool:
    """Whether a document's sentence features read whether one of these
    folds (or synonym classes) is used in lower case somewhere: they do for
    a capitalised content word opening a sentence or a clause
    (`paraphrase._sentence_features`). `places`: the (index, fold, stem)
    of the document's capitalised content words (`ParaphraseMemo._reads_any`
    keeps them per document)."""
    from .paraphrase import _clause_starts

    sentence = d.sentence
    for i, f, r in places:
        if f not in folds and r not in classes:
            continue
        start = end = i
        while start and sentence[start - 1] == sentence[i]:
            start -= 1
        if start == i:
            return True
        while end < len(sentence) and sentence[end] == sentence[i]:
            end += 1
        if i in _clause_starts(d, start, end):
            return True
    return False


def _placeless(r) -> tuple:
    """A lexical region without its documents' indices (lower index first)."""
    if r.a <= r.b:
        return (r.a0, r.a1, r.b0, r.b1, r.matched, r.anchored, r.kind, r.similarity, r.a == r.b)
    return (r.b0, r.b1, r.a0, r.a1, r.matched, r.anchored, r.kind, r.similarity, False, "swapped")


def _moved_pairs(old: list[int], new: list[int], width: int, gained: set, lost: set) -> None:
    """The pairs of members kept in both versions of a chained posting list
    (each member with its next `width`; a gone member is negative in `old`)
    that the new version makes (`gained`) and the old one made (`lost`)."""
    at = {m: i for i, m in enumerate(new)}
    for i, m in enumerate(old):
        j = at.get(m)
        if j is None:
            continue
        was, now = old[i + 1:i + 1 + width], new[j + 1:j + 1 + width]
        if was != now:
            lost.update((m, y) for y in was if y >= 0 and y not in now)
            gained.update((m, y) for y in now if y not in was)


def _moved_windows(old: list[int], new: list[int], width: int) -> list[int]:
    """Members of a posting list in both versions whose next `width`
    members differ (their pairs in a chained list changed)."""
    at = {m: i for i, m in enumerate(new)}
    out = []
    for i, m in enumerate(old):
        j = at.get(m)
        if j is not None and old[i + 1:i + 1 + width] != new[j + 1:j + 1 + width]:
            out.append(m)
    return out


# ------------------------------------------------------------------ speech
#
# Speech fills one registry of actors reading the sources in order, twice
# (names, then mentions and statements): what a source reads of the
# registry depends on every source before it. A source's reading is kept
# with what it read of the registry (the values as they were when it
# started) and what it left changed; an update replays it (applies its
# changes, reuses its drafts) when everything it read is the same, and
# reads it again otherwise. Its reading is a function of the source and of
# what it read, so a replayed source gives exactly what reading it again
# would.

_ABSENT = object()  # a dictionary key not held


def _entity_state(e) -> tuple:
    """All of an entity's fields, lists as tuples (a value to compare)."""
    return tuple([tuple(v) if type(v) is list else v for v in _get_fields(e)])


def _frozen(v):
    return tuple(v) if type(v) is list else v


class _Trace:
    """What one source's reading (one pass) read of the registry, as it was
    when the source started, and what it changed."""

    __slots__ = ("length", "entities", "every", "keys", "words", "named", "changed", "set_keys", "out")

    def __init__(self) -> None:
        self.length: int | None = None  # len(entities) read (a new entity's key is the length)
        # (the three below are dicts while recording, tuples once recorded: see `_Tracer.end`)
        self.entities: dict[int, tuple] = {}  # key → state, for each entity looked at
        self.every: tuple | None = None  # every entity's state, when it went through all of them
        self.keys: dict[tuple[str, object], object] = {}  # (table, key) → value (_ABSENT when not held)
        self.words: dict[tuple[str, str], bool] = {}  # (word set, word) → held
        self.named: object = _ABSENT  # the registry's cache of named organisations, when read
        self.changed: list[tuple[int, tuple]] = []  # (key, state) of entities changed or created, key ascending
        self.set_keys: list[tuple[str, object, object]] = []  # (table, key, value or _ABSENT)
        self.out = None  # what the pass gives for the source


class _Tracer:
    """The registry's state as traces see it: each entity's state at the
    start of the current source, and the trace being recorded (None while
    the cross-source steps run, which are redone every time)."""

    def __init__(self, reg) -> None:
        self.reg = reg
        self.states: list[tuple] = []
        self.every: tuple | None = None  # tuple(states), made when asked for, until a change
        self.trace: _Trace | None = None
        self._start = 0
        self._touched: dict[str, set] = {}

    # -- recording -----------------------------------------------------------
    def begin(self) -> None:
        self._sync()
        self.trace = _Trace()
        self._start = len(self.states)
        self._touched = {name: set() for name in _TABLES}

    def end(self, out) -> _Trace:
        trace, self.trace = self.trace, None
        ents = self.reg.entities
        n = list.__len__(ents)
        keys = range(n) if trace.every is not None else sorted({*trace.entities, *range(self._start, n)})
        states = self.states
        for k in keys:
            st = _entity_state(list.__getitem__(ents, k))
            if k >= len(states):
                states.append(st)
            elif st == states[k]:
                continue
            else:
                states[k] = st
            trace.changed.append((k, st))
        if trace.changed:
            self.every = None
        for name in _TABLES:
            table = getattr(self.reg, name)
            for key in self._touched[name]:
                value = _frozen(dict.get(table, key, _ABSENT))
                if value != trace.keys.get((name, key), _ABSENT):
                    trace.set_keys.append((name, key, value))
        if trace.named is not _ABSENT:
            now = self.reg.__dict__["_named_orgs"]
            now = (now[0], tuple(now[1]))
            if now != trace.named:
                trace.set_keys.append(("_named_orgs", None, now))
        # the words asked about, per set: those held and those not (compared at C speed)
        by_set: dict[str, tuple[list, list]] = {}
        for (name, word), held in trace.words.items():
            by_set.setdefault(name, ([], []))[0 if held else 1].append(word)
        trace.words = tuple((name, frozenset(yes), frozenset(no)) for name, (yes, no) in by_set.items())
        # per table: the keys asked for and their values (two tuples, compared at once)
        by_table: dict[str, tuple[list, list]] = {}
        for (name, key), value in trace.keys.items():
            keys, values = by_table.setdefault(name, ([], []))
            keys.append(key)
            values.append(value)
        trace.keys = tuple((name, tuple(keys), tuple(values)) for name, (keys, values) in by_table.items())
        trace.entities = tuple(trace.entities.items())
        trace.out = out
        return trace

    def _sync(self) -> None:
        """States of entities made by the cross-source steps (not traced)."""
        ents = self.reg.entities
        if self._untraced or len(self.states) != list.__len__(ents):
            self.states = [_entity_state(e) for e in list.__iter__(ents)]
            self.every = None
            self._untraced = False

    _untraced = True  # the registry changed outside a trace: states made again

    def entity(self, k: int) -> None:
        t = self.trace
        if t is None:
            self._untraced = True
            return
        if k < 0:
            k += list.__len__(self.reg.entities)
        if k < self._start and k not in t.entities:
            t.entities[k] = self.states[k]

    def length(self) -> None:
        t = self.trace
        if t is None:
            self._untraced = True
        elif t.length is None:
            t.length = self._start

    def all_entities(self) -> None:
        t = self.trace
        if t is None:
            self._untraced = True
            return
        if t.every is None:
            t.every = self._every()
            self.length()

    def _every(self) -> tuple:
        if self.every is None:
            self.every = tuple(self.states)
        return self.every

    def key(self, table: str, key) -> None:
        t = self.trace
        if t is None:
            self._untraced = True
            return
        touched = self._touched[table]
        if key not in touched:
            touched.add(key)
            t.keys.setdefault((table, key), _frozen(dict.get(getattr(self.reg, table), key, _ABSENT)))

    def word(self, name: str, word: str, held: bool) -> None:
        t = self.trace
        if t is not None:
            t.words.setdefault((name, word), held)

    def named(self) -> None:
        t = self.trace
        if t is None:
            self._untraced = True
        elif t.named is _ABSENT:
            now = self.reg.__dict__["_named_orgs"]
            t.named = (now[0], tuple(now[1]))

    # -- replaying -----------------------------------------------------------
    def holds(self, trace: _Trace) -> bool:
        """Whether everything the trace read is the same now."""
        self._sync()
        states, reg = self.states, self.reg
        if trace.length is not None and trace.length != len(states):
            return False
        for k, st in trace.entities:
            if k >= len(states) or (states[k] is not st and states[k] != st):
                return False
        if trace.every is not None and trace.every != self._every():
            return False
        for name, keys, values in trace.keys:
            get = partial(dict.get, getattr(reg, name))
            if tuple(map(_frozen, map(get, keys, repeat(_ABSENT)))) != values:
                return False
        for name, held, unheld in trace.words:
            words = getattr(reg, name)
            if not set.issuperset(words, held) or not set.isdisjoint(words, unheld):
                return False
        if trace.named is not _ABSENT:
            now = reg.__dict__["_named_orgs"]
            if (now[0], tuple(now[1])) != trace.named:
                return False
        return True

    def replay(self, trace: _Trace) -> None:
        """Apply what the trace's source changed."""
        from .speech.registry import Entity

        reg, states = self.reg, self.states
        ents = reg.entities
        for k, st in trace.changed:
            if k < len(states):
                e = list.__getitem__(ents, k)
                for name, v in zip(_ENTITY_FIELDS, st):
                    setattr(e, name, list(v) if name in _LIST_FIELDS else v)
                states[k] = st
            else:
                list.append(ents, Entity(**{name: list(v) if name in _LIST_FIELDS else v
                                            for name, v in zip(_ENTITY_FIELDS, st)}))
                states.append(st)
        if trace.changed:
            self.every = None
        for name, key, value in trace.set_keys:
            if name == "_named_orgs":
                reg.__dict__["_named_orgs"] = (value[0], list(value[1]))
                continue
            table = getattr(reg, name)
            if value is _ABSENT:
                dict.pop(table, key, None)
            else:
                dict.__setitem__(table, key, list(value) if type(value) is tuple else value)


_TABLES = ("_by_last", "_by_prefix", "_by_norm", "_offices")
_WORD_SETS = ("lowercase_words", "placeish_words", "the_words")


def _entity_fields() -> tuple[tuple[str, ...], frozenset[str]]:
    from dataclasses import fields

    from .speech.registry import Entity

    names = tuple(f.name for f in fields(Entity))
    lists = frozenset(f.name for f in fields(Entity) if f.default_factory is list)  # type: ignore[comparison-overlap]
    return names, lists


class _Entities(list):
    """The registry's entities, telling the tracer which are looked at."""

    def __init__(self, items, tracer: _Tracer) -> None:
        super().__init__(items)
        self.tracer = tracer

    def __getitem__(self, k):
        if type(k) is int:
            self.tracer.entity(k)
        else:
            self.tracer.all_entities()
        return list.__getitem__(self, k)

    def __iter__(self):
        self.tracer.all_entities()
        return list.__iter__(self)

    def __len__(self) -> int:
        self.tracer.length()
        return list.__len__(self)

    def append(self, e) -> None:
        self.tracer.length()
        list.append(self, e)


class _Table(dict):
    """One of the registry's look-up tables, telling the tracer which keys
    are looked up or set (their values are compared as they were)."""

    def __init__(self, items, name: str, tracer: _Tracer) -> None:
        super().__init__(items)
        self.name, self.tracer = name, tracer

    def get(self, key, default=None):
        self.tracer.key(self.name, key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        self.tracer.key(self.name, key)
        return dict.__getitem__(self, key)

    def __contains__(self, key) -> bool:
        self.tracer.key(self.name, key)
        return dict.__contains__(self, key)

    def __setitem__(self, key, value) -> None:
        self.tracer.key(self.name, key)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, default=None):
        self.tracer.key(self.name, key)
        return dict.setdefault(self, key, default)

    def pop(self, key, *default):
        self.tracer.key(self.name, key)
        return dict.pop(self, key, *default)

    def __delitem__(self, key) -> None:
        self.tracer.key(self.name, key)
        dict.__delitem__(self, key)

    def _everything(self, *_a, **_k):
        raise TypeError("a traced registry table is only read key by key")

    __iter__ = keys = values = items = __len__ = update = popitem = clear = _everything  # type: ignore[assignment]


class _Words(set):
    """A word set of the registry, telling the tracer which words are asked about."""

    def __init__(self, items, name: str, tracer: _Tracer) -> None:
        super().__init__(items)
        self.name, self.tracer = name, tracer

    def __contains__(self, word) -> bool:
        held = set.__contains__(self, word)
        self.tracer.word(self.name, word, held)
        return held

    def _everything(self, *_a, **_k):
        raise TypeError("a traced word set is only asked about word by word")

    __iter__ = __len__ = __and__ = __or__ = __sub__ = __rand__ = __ror__ = __rsub__ = _everything  # type: ignore[assignment]
    isdisjoint = issubset = issuperset = intersection = union = difference = _everything  # type: ignore[assignment]


_ENTITY_FIELDS, _LIST_FIELDS = (), frozenset()
_get_fields = None


def _traced_registry(sources: Sequence[Source], words=None):
    """A Registry whose state tells a tracer what is read and changed."""
    global _ENTITY_FIELDS, _LIST_FIELDS, _get_fields
    from operator import attrgetter

    from .speech.registry import Registry

    if not _ENTITY_FIELDS:
        _ENTITY_FIELDS, _LIST_FIELDS = _entity_fields()
        _get_fields = attrgetter(*_ENTITY_FIELDS)

    class Traced(Registry):
        @property
        def _named_orgs(self):
            self._tracer.named()
            return self.__dict__["_named_orgs"]

        @_named_orgs.setter
        def _named_orgs(self, value) -> None:
            if "_tracer" in self.__dict__:
                self._tracer.named()
            self.__dict__["_named_orgs"] = value

    reg = Traced.__new__(Traced)
    Registry.__init__(reg, sources, words)
    tracer = _Tracer(reg)
    reg._tracer = tracer
    reg.entities = _Entities(reg.entities, tracer)
    for name in _TABLES:
        setattr(reg, name, _Table(getattr(reg, name), name, tracer))
    for name in _WORD_SETS:
        setattr(reg, name, _Words(getattr(reg, name), name, tracer))
    return reg, tracer


class SpeechMemo:
    """Each source's speech reading kept between analyses (watch mode): its
    names (pass 1) and its mentions and drafts (pass 2), each with what it
    read of the registry and what it changed (`_Trace`). An update replays a
    source's pass while what it read is unchanged, and reads it again
    otherwise: the reading equals a fresh one."""

    def __init__(self) -> None:
        self._kept: tuple[dict, dict] = ({}, {})  # pass → id(source) → (source, trace)
        self.replayed = [0, 0]  # sources replayed by the last analysis, per pass
        self.read = [0, 0]  # … and read again

    def reading(self, sources: Sequence[Source], tick=None, pieces=None, words=None):
        """`story.read_speech(sources, tick, pieces)`, replaying what holds
        (`words`: each source's `registry.source_words`, kept too)."""
        from .speech.mentions import mentions
        from .speech.names import collect_source, settle_unanchored
        from .speech.reading import read_source
        from .story import SpeechReading

        n = len(sources)
        steps = 2 * n + 2
        if tick:
            tick(n, steps)
        kept, self._kept = self._kept, ({}, {})  # (an interrupted update leaves nothing half kept)
        fresh: tuple[dict, dict] = ({}, {})
        self.replayed, self.read = [0, 0], [0, 0]
        registry, tracer = _traced_registry(sources, words)
        registry.adopt_name_runs([runs for _q, _u, runs in pieces])

        def each(stage: int, work) -> list:
            outs = []
            for k, (src, piece) in enumerate(zip(sources, pieces)):
                if tick and stage:
                    tick(n + k, steps)
                entry = kept[stage].get(id(src))
                if entry is not None and entry[0] is src and tracer.holds(entry[1]):
                    trace = entry[1]
                    tracer.replay(trace)
                    self.replayed[stage] += 1
                else:
                    tracer.begin()
                    try:
                        out = work(src, piece)
                    finally:
                        trace = tracer.end(None)
                    trace.out = out
                    self.read[stage] += 1
                fresh[stage][id(src)] = (src, trace)
                outs.append(trace.out)
            return outs

        def names(src, piece) -> tuple:
            found: list = []
            collect_source(registry, src, piece[1], found)
            return tuple(found)

        unanchored = [x for found in each(0, names) for x in found]
        settle_unanchored(registry, [(list(p), s) for p, s in unanchored])

        def drafts(src, piece) -> tuple:
            q, u, _runs = piece
            found = mentions(registry, src, u, [(x.start, x.end) for x in q])
            return tuple(read_source(registry, src, q, u, found))

        out = [d for ds in each(1, drafts) for d in ds]
        order = {s.id: i for i, s in enumerate(sources)}
        out.sort(key=lambda d: (order[d.source], d.start, d.end))
        self._kept = fresh
        return SpeechReading(_untraced(registry), out)


def _untraced(reg):
    """The registry as a plain one (the statements' step reads and clears
    it freely)."""
    from .speech.registry import Registry

    plain = Registry.__new__(Registry)
    state = dict(reg.__dict__)
    state.pop("_tracer", None)
    state["entities"] = list(list.__iter__(reg.entities))
    for name in _TABLES:
        state[name] = dict(dict.items(getattr(reg, name)))
    for name in _WORD_SETS:
        state[name] = set(set.__iter__(getattr(reg, name)))
    plain.__dict__.update(state)
    return plain


class GroupingMemo:
    """Statement grouping's per-draft and per-pair work kept between analyses
    (watch mode): each draft's rendering (its words: a function of the
    draft and its source, both the very objects a replayed source gives
    back) and, for each pair of renderings tested, whether they render one
    utterance (a function of the two). Which pairs are tested is decided
    afresh each time (it reads the counts of every statement's stems)."""

    def __init__(self) -> None:
        self._rend: dict[int, tuple] = {}  # id(draft) → (draft, rendering)
        # (id(rendering), id(rendering)) → (rendering, rendering, same utterance)
        self._same: dict[tuple[int, int], tuple] = {}
        self._same_was: dict[tuple[int, int], tuple] = {}
        self.tested = 0  # pairs tested by the last analysis
        self.fidelity = FidelityMemo()

    def renderings(self, drafts, render) -> tuple[list, list]:
        """Each draft's words and rendering, `render(draft)` for new drafts."""
        kept = self._rend
        rend = []
        for d in drafts:
            e = kept.get(id(d))
            rend.append(e[1] if e is not None and e[0] is d else render(d))
        self._rend = {id(d): (d, r) for d, r in zip(drafts, rend)}
        self._same_was, self._same = self._same, {}
        return [list(r.words) for r in rend], rend

    def same(self, test):
        """`test(a, b)`, remembered per pair of renderings (kept only while
        both are, since a rendering is kept with its draft)."""
        was, now = self._same_was, self._same
        self.tested = 0

        def same(a, b) -> bool:
            key = (id(a), id(b))
            e = was.get(key)
            if e is not None and e[0] is a and e[1] is b:
                now[key] = e
                return e[2]
            v = test(a, b)
            self.tested += 1
            now[key] = (a, b, v)  # (holding both: their ids stay theirs while kept)
            return v

        return same


class FidelityMemo:
    """Quote fidelity's work kept between analyses (watch mode): a quotation's
    words, two quotations' partial ratio, and two statements' comparison,
    each a function of the texts and places it reads (the statements' ids,
    renumbered by each analysis, are put back). Kept for what the last
    analysis used only."""

    def __init__(self) -> None:
        self._was: dict = {}
        self._now: dict = {}

    def _turn(self) -> None:
        self._was, self._now = self._now, {}

    def _kept(self, key, compute):
        v = self._was.get(key, _ABSENT)
        if v is _ABSENT:
            v = self._now.get(key, _ABSENT)
            if v is _ABSENT:
                v = compute()
        self._now[key] = v
        return v

    def norm_text(self, fn):
        self._turn()  # (the first of the three asked for by each analysis)

        def norm_text(text, s, e):
            return self._kept(("norm", text, s, e), lambda: fn(text, s, e))
        return norm_text

    def ratio(self, fn):
        def ratio(a, b):
            return self._kept(("ratio", a, b), lambda: fn(a, b))
        return ratio

    def compare(self, fn):
        from dataclasses import replace

        def compare(a, a_text, b, b_text):
            c = self._kept(("compare", a_text, a.start, a.end, b_text, b.start, b.end),
                           lambda: fn(a, a_text, b, b_text))
            return c if (c.a, c.b) == (a.id, b.id) else replace(c, a=a.id, b=b.id)
        return compare
