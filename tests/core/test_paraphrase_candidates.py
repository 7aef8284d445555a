"""Paraphrase candidate pairs (issue 12): the pairs the prefix index meets
are kept only when they share enough stems to be scored, a filter that must
keep exactly the pairs the scoring loop would let past its first count.

The reference below is the candidate rule as it was before that filter (every
pair met under a prefix stem or two rare stems), then the loop's count test
made with plain set intersections (not the bit masks the code uses).
The sentences are random mixes of words written for this test (a harbour
storm, a trial, a transfer fee), with figures, so that pairs share one, two
or many stems, with and without figures on both sides.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from tui.core import paraphrase as P
from tui.core.aligned import prepare_docs
from tui.core.loading import RawSource
from tui.core.story import prepare_sources

COMMON = ["harbour", "storm", "ferry", "council", "trial", "jury", "transfer", "club", "striker", "wages"]
OTHER = ["cracked", "sheltered", "lifted", "flooded", "delayed", "refused", "argued", "signed", "bought",
         "warned", "repaired", "collapsed", "cleared", "payments", "witnesses", "evidence", "engines",
         "pontoons", "tickets", "pensions", "lanterns", "gravel", "bridges", "meadows", "tractors",
         "kettles", "orchards", "benches", "ledgers", "ribbons", "anchors", "blankets"]
FIGURES = ["12,400", "27%", "3.5bn", "640", "18%", "2,150", "91", "7.2m"]
# made-up words, each in a few sentences (rare stems), some always two together
_SYLLABLES = ["ba", "ko", "ri", "te", "mu", "sa", "lo", "vi", "ne", "du"]
RARE = [a + b + c for a in _SYLLABLES[:6] for b in _SYLLABLES[3:9] for c in ("nd", "rk", "lt")]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(COMMON) for _ in range(rng.randint(1, 2))]
    words += [rng.choice(OTHER) for _ in range(rng.randint(3, 7))]
    if rng.random() < 0.5:
        words.append(rng.choice(FIGURES))
    # (two of the first few, which recur together, beside a rarer one)
    words += rng.sample(RARE[:24], 2) + [rng.choice(RARE[24:])] if rng.random() < 0.4 else [rng.choice(RARE[24:])]
    rng.shuffle(words)
    return "The " + " ".join(words) + "."


def _docs(seed: int, n: int):
    rng = random.Random(seed)
    raws = [RawSource(f"s{i:02d}", f"<{i}>",
                      "\n\n".join(" ".join(_sentence(rng) for _ in range(3)) for _ in range(3)) + "\n", {})
            for i in range(n)]
    return prepare_docs(prepare_sources(raws, jobs=1))


def _plan_inputs(docs):
    feats, _headlines, _cut = P._sentence_features(docs)
    counts: dict[str, int] = defaultdict(int)
    for f in feats:
        for s in f[3]:
            counts[s] += 1
    df, _weight, _topic = P.rarity(counts, len(feats))
    return feats, df


def _met(feats, df) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(pairs met by the prefix index, pairs met by two rare stems), as the
    candidate rule made them before the count filter."""
    rank = {s: r for r, (_c, s) in enumerate(sorted(zip(df.values(), df.keys())))}
    postings, rare = defaultdict(list), defaultdict(list)
    for k, f in enumerate(feats):
        if len(f[3]) < P.CANDIDATE_MIN_STEMS:
            continue
        for s in sorted((s for s in f[3] if df[s] > 1), key=rank.__getitem__)[:P.PREFIX_STEMS]:
            postings[s].append(k)
        for s in f[3]:
            if 1 < df[s] <= P.RARE_STEM_POSTINGS:
                rare[s].append(k)
    by_prefix, rare_counts = set(), defaultdict(int)
    for ks in postings.values():
        for x, k1 in enumerate(ks):
            later = ks[x + 1:] if len(ks) <= P.DENSE_STEM_POSTINGS else ks[x + 1:x + 1 + P.CHAIN_PARTNERS]
            by_prefix.update((k1, k2) for k2 in later if feats[k2][0] != feats[k1][0])
    for ks in rare.values():
        for x, k1 in enumerate(ks):
            for k2 in ks[x + 1:]:
                if feats[k2][0] != feats[k1][0]:
                    rare_counts[(k1, k2)] += 1
    return by_prefix, {p for p, n in rare_counts.items() if n >= 2}


def _passes_count(feats, k1: int, k2: int) -> bool:
    n = len(feats[k1][3] & feats[k2][3])
    return n >= P.PARAPHRASE_MIN_SHARED or (n == P.PARAPHRASE_MIN_SHARED - 1 and bool(feats[k1][6])
                                             and bool(feats[k2][6]))


# dense 6 and 3: long lists, chained (3 with one partner: even short lists
# are chains); prefix 1: pairs met by two rare stems only
@pytest.mark.parametrize("dense, chain, prefix", [(P.DENSE_STEM_POSTINGS, P.CHAIN_PARTNERS, P.PREFIX_STEMS),
                                                  (6, P.CHAIN_PARTNERS, P.PREFIX_STEMS), (3, 1, P.PREFIX_STEMS),
                                                  (50, P.CHAIN_PARTNERS, 1)])
def test_candidates_are_the_met_pairs_that_share_enough(monkeypatch, dense, chain, prefix):
    monkeypatch.setattr(P, "DENSE_STEM_POSTINGS", dense)
    monkeypatch.setattr(P, "CHAIN_PARTNERS", chain)
    monkeypatch.setattr(P, "PREFIX_STEMS", prefix)
    docs = _docs(3, 30)
    feats, df = _plan_inputs(docs)
    by_prefix, by_rare = _met(feats, df)
    met = by_prefix | by_rare
    expected = {p for p in met if _passes_count(feats, *p)}
    total = len(feats)
    got = {divmod(key, total) for key in P._candidate_sentence_pairs(feats, df, total)}
    assert got == expected
    # the corpus exercises every branch: pairs dropped on the count, pairs
    # kept with two shared stems and figures on both sides, pairs met only
    # by two rare stems, and (dense 6) long lists
    assert len(expected) < len(met) // 2
    assert any(len(feats[a][3] & feats[b][3]) == 2 for a, b in expected)
    assert expected & by_rare
    if prefix == 1:
        assert expected & (by_rare - by_prefix)
    if dense < P.DENSE_STEM_POSTINGS:
        assert got != {divmod(key, total) for key in _with_dense(monkeypatch, feats, df, total)}


def _with_dense(monkeypatch, feats, df, total):
    monkeypatch.setattr(P, "DENSE_STEM_POSTINGS", 10 ** 6)
    return P._candidate_sentence_pairs(feats, df, total)


def test_masks_given_or_made_alike():
    docs = _docs(4, 20)
    feats, df = _plan_inputs(docs)
    total = len(feats)
    assert P._candidate_sentence_pairs(feats, df, total) \
        == P._candidate_sentence_pairs(feats, df, total, P.shared_stem_masks(feats, df))
