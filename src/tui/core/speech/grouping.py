"""Groups: statements that render one utterance in several sources (the same
words, a paraphrase, or a passage the aligners found).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from ..model import Passage, Token
from ..text import fold_word, stem, STOPWORDS
from .context import Draft


def _words(tokens: Sequence[Token], s: int, e: int) -> list[str]:
    """Normalised words of text[s:e], sliced from the source's tokens."""
    a = bisect.bisect_left(tokens, s, key=_START)
    b = bisect.bisect_left(tokens, e, a, key=_START)
    return [t.norm for t in tokens[a:b] if t.end <= e]


_START = itemgetter(0)  # a Token's start (a C-level bisect key)


def _content_stems(words: Sequence[str]) -> frozenset[str]:
    return frozenset(stem(fold_word(w)) for w in words if w not in STOPWORDS and len(w) > 2)


@dataclass(frozen=True)
class _Rendering:
    """What grouping compares of one statement, computed once."""

    words: tuple[str, ...]
    joined: str
    stems: frozenset[str]


def _rendering(words: Sequence[str]) -> _Rendering:
    return _Rendering(tuple(words), " ".join(words), _content_stems(words))


def same_utterance(a: _Rendering, b: _Rendering) -> bool:
    """Two renderings of one utterance: a quotation and its excerpt or
    another quotation (near-identical words), or a paraphrase (most content
    words shared)."""
    if not a.words or not b.words:
        return False
    short = min(len(a.words), len(b.words))
    shared = len(a.stems & b.stems)
    if shared >= 3 and shared / max(1, min(len(a.stems), len(b.stems))) >= 0.5:
        return True  # (checked first: a set intersection costs less than a fuzzy match)
    m = min(len(a.joined), len(b.joined))
    if short < 2 or m < 8:
        return False
    if not may_match_partially(a.joined, b.joined):
        return False
    # score_cutoff lets rapidfuzz stop as soon as 90 is out of reach
    return fuzz.partial_ratio(a.joined, b.joined, score_cutoff=90) >= 90


def may_match_partially(a: str, b: str) -> bool:
    """False only when fuzz.partial_ratio(a, b) < 90 for sure. A partial
    ratio of 90 (2·LCS/(m + window) ≥ 0.9 for a window of at most m, the
    shorter length) needs LCS ≥ 0.818·m against that window, so against the
    whole longer string too: one bit-parallel LCS pass, several times cheaper
    than partial_ratio, rules out nearly every pair without changing a result."""
    return bool(LCSseq.similarity(a, b, score_cutoff=int(0.81 * min(len(a), len(b)))))


# A stem in more of one actor's statements than this is that actor's usual
# vocabulary; it does not make two statements candidates for one group.
GROUP_STEM_POSTINGS = 64


# A statement with at most this many content stems may be an excerpt of a
# longer one without sharing half its stems exactly (a word respelled): it is
# also looked up by its two rarest stems among all of the longer one's.
EXCERPT_STEMS = 5


def _candidate_pairs(idx: Sequence[int], drafts: Sequence[Draft], rend: Sequence[_Rendering]):
    """Pairs of one actor's statements in different sources worth comparing,
    found by prefix filtering so that grouping stays near-linear. Only pairs
    sharing a stem that is rare in the actor's statements (in at most
    GROUP_STEM_POSTINGS of them) are compared, and of these only

    - pairs that can share the ≥ 3 stems, half the smaller's, that
      `same_utterance` asks for: with every statement's stems ordered from
      rare to common, the rarest stem two such statements share lies among
      the first |S| − k + 1 stems of each (k the overlap needed), so a
      statement S is filed under its first |S| − k(S) + 1 rare stems (k(S)
      what it needs as the smaller of a pair) and looked up from the first
      |T| − 2 stems of a statement T at least as large;
    - short statements whose two rarest stems a larger one has (an excerpt:
      the fuzzy match of a short quotation inside a longer one).
    """
    count: dict[str, int] = {}
    for i in idx:
        for st in rend[i].stems:
            count[st] = count.get(st, 0) + 1
    rank = {st: (c, st) for st, c in count.items()}
    ordered: dict[int, list[str]] = {}
    filed: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}
    size_of: dict[int, int] = {}
    for i in idx:
        size = len(rend[i].stems)
        size_of[i] = size
        rare = [st for st in sorted(rend[i].stems, key=rank.__getitem__) if count[st] <= GROUP_STEM_POSTINGS]
        ordered[i] = rare
        for st in rare[:size - max(3, -(-size // 2)) + 1]:
            filed.setdefault(st, []).append(i)
        if size <= EXCERPT_STEMS:
            for st in rare[:2]:
                short.setdefault(st, []).append(i)
    for j in idx:
        sj = size_of[j]
        src = drafts[j].source
        rare = ordered[j]
        found: set[int] = set()
        for st in rare[:sj - 2]:
            found.update(filed.get(st, ()))
        for st in rare:
            found.update(short.get(st, ()))
        for i in sorted(found):
            si = size_of[i]
            if si < sj or (si == sj and i < j):
                if drafts[i].source != src:
                    yield i, j


# How far before a passage span a statement overlapping it may start (chars).
PASSAGE_REACH = 5000


# Shorter statements are fragments; a shared passage says little about them.
PASSAGE_MIN_CHARS = 25


def _same_passage_pairs(drafts: Sequence[Draft], passages: Sequence[Passage]):
    """Pairs of whole statements (direct or indirect, not quoted fragments) by
    the same known actor, in different sources, that the passage engine
    aligned: per passage span, the actor's statement lying most inside it."""
    by_source: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        if d.entity is not None and d.kind != "partial" and d.end - d.start >= PASSAGE_MIN_CHARS:
            by_source.setdefault(d.source, []).append(i)
    starts = {sid: [drafts[i].start for i in idx] for sid, idx in by_source.items()}
    for p in passages:
        chosen: dict[tuple[str, int], tuple[int, int]] = {}  # (source, actor) → (overlap, draft)
        for span in p.spans:
            idx = by_source.get(span.source, [])
            st = starts.get(span.source, [])
            # only statements starting near the span (bisected, not scanned)
            lo = bisect.bisect_left(st, span.start - PASSAGE_REACH)
            hi = bisect.bisect_left(st, span.end)
            for i in idx[lo:hi]:
                d = drafts[i]
                overlap = min(d.end, span.end) - max(d.start, span.start)
                key = (d.source, d.entity)
                if overlap * 2 >= d.end - d.start and overlap > chosen.get(key, (0, -1))[0]:
                    chosen[key] = (overlap, i)
        # One statement per (source, actor) is chosen, so an actor's chosen
        # statements are all in different sources and all join: each is
        # paired with the actor's first one only (the same groups as every
        # pair, without the square of a passage's sources: a passage copied
        # into 1,000 sources made 500,000 pairs).
        first: dict[int | None, int] = {}
        for _overlap, i in chosen.values():
            j = first.setdefault(drafts[i].entity, i)
            if j != i:
                yield j, i


def group_statements(drafts: Sequence[Draft], tokens: dict[str, Sequence[Token]],
                     passages: Sequence[Passage] = (), memo=None) -> list[int | None]:
    """A group index per draft (None when its utterance appears in one source only).

    Statements join when they have the same actor and say the same thing;
    a quotation with no known speaker joins only a near-identical quotation.
    A `memo` (watch mode: incremental.GroupingMemo) keeps each draft's
    rendering and each pair's `same_utterance` from one analysis to the next.
    """
    n = len(drafts)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if memo is None:
        words = [_words(tokens[d.source], d.start, d.end) for d in drafts]
        rend = [_rendering(w) for w in words]
        same = same_utterance
    else:
        words, rend = memo.renderings(drafts, lambda d: _rendering(_words(tokens[d.source], d.start, d.end)))
        same = memo.same(same_utterance)
    by_actor: dict[int | None, list[int]] = {}
    for i, d in enumerate(drafts):
        by_actor.setdefault(d.entity, []).append(i)
    # Which pairs join does not depend on the order they are met in (the
    # groups are the connected pieces of "same utterance"), so each pair is
    # tested first and the groups looked up only for the few that match.
    for ent, idx in by_actor.items():
        if ent is None:
            continue
        for i, j in _candidate_pairs(idx, drafts, rend):
            if same(rend[i], rend[j]):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[ri] = rj
    # A quotation with no known speaker (or only a described group:
    # 'officials', 'the countries') joins quotations with the same words
    # (looked up by their first words, so this stays linear).
    by_start: dict[tuple[str, ...], list[int]] = {}
    for i, d in enumerate(drafts):
        if d.quote and len(words[i]) >= 3:
            by_start.setdefault(tuple(words[i][:2]), []).append(i)
    for i in (i for i, d in enumerate(drafts) if d.entity is None or d.vague):
        if not drafts[i].quote or len(words[i]) < 3:
            continue
        for j in by_start.get(tuple(words[i][:2]), ())[:50]:
            if j == i or drafts[j].source == drafts[i].source:
                continue
            if fuzz.ratio(" ".join(words[i]), " ".join(words[j])) >= 95:
                parent[find(i)] = find(j)
    # The passage engine already aligned what the sources share, paraphrases
    # included: one actor's statements inside one passage render one utterance.
    for i, j in _same_passage_pairs(drafts, passages):
        parent[find(i)] = find(j)
    roots: dict[int, set[str]] = {}
    for i, d in enumerate(drafts):
        roots.setdefault(find(i), set()).add(d.source)
    out: list[int | None] = []
    for i in range(n):
        r = find(i)
        out.append(r if len(roots[r]) >= 2 else None)
    return out
