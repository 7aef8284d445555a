"""Candidate generation in the lexical stage (issue 12): the streamed seeds
and the two tests that skip a pair must leave the links exactly as the plain
all-pairs-of-seeds computation gives them.

The texts are written for these tests (a storm, a court ruling, a cup
final), mixed so that sources share whole sentences, stray three-word
phrases, a titled name, and a stock sentence found in more sources than
DENSE_POSTINGS (its places pair only with the next few).
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import lexical
from tui.core.aligned import prepare_docs
from tui.core.loading import RawSource
from tui.core.story import prepare_sources

SHARED = [
    "The storm flattened the old grain silos along the river road before dawn on Sunday.",
    "Judge Helen Marrow ruled that the lease signed by the council was void from the start.",
    "Rovers won the cup final on penalties after a goalless draw that lasted two hours.",
    "Engineers said the flood barrier held, although water crept under the eastern gate.",
    "The appeal court will hear the landlord's case again in the spring, a spokesman said.",
]
STOCK = "Updates will follow as the situation develops."
STRAY = [  # short phrases sources share by chance, never five words in a row
    "the river road", "on Sunday night", "the eastern gate", "Judge Helen Marrow",
    "after a draw", "the council said", "in the spring", "two hours later",
]
FILLER = ["crews", "cleared", "fallen", "branches", "while", "neighbours", "carried", "sandbags",
          "lawyers", "argued", "fans", "cheered", "loudly", "across", "town", "quietly"]


def _article(rng: random.Random, i: int) -> RawSource:
    paras = []
    for _ in range(rng.randint(2, 4)):
        sents = []
        for _ in range(rng.randint(1, 3)):
            roll = rng.random()
            if roll < 0.25:
                sents.append(rng.choice(SHARED))
            else:
                words = [rng.choice(FILLER) for _ in range(rng.randint(3, 7))]
                words.insert(rng.randint(0, len(words)), rng.choice(STRAY))
                sents.append(" ".join(words).capitalize() + ".")
        paras.append(" ".join(sents))
    if i % 4 != 3:
        paras.append(STOCK)
    return RawSource(f"s{i:02d}", f"<{i}>", "\n\n".join(paras) + "\n", {})


def _docs(seed: int, n: int):
    rng = random.Random(seed)
    return prepare_docs(prepare_sources([_article(rng, i) for i in range(n)], jobs=1))


def _reference(docs):
    """The links as computed before issue 12's candidate work: every pair of
    `_seed_pairs`, in order, through blocks, chaining and scoring."""
    index = lexical._shingle_index(docs)
    limit = lexical.stock_limit(len(docs))
    out = []
    for (a, b), seeds in sorted(lexical._seed_pairs(index).items()):
        if len(seeds) < 2:
            continue
        da, db = docs[a], docs[b]

        def distinctive(d, p0, p1):
            return lexical._distinctive_words(index, d, p0, p1, limit)

        for r in lexical._chain(da, db, lexical._blocks(da, db, seeds), distinctive):
            scored = lexical._score(da, db, lexical._to_sentence_edges(da, db, r))
            if scored:
                out.append(scored)
    out.extend(lexical._short_quotes(docs))
    return out


def _flat(regions):
    return [tuple(vars(r).values()) for r in regions]


def test_streamed_seeds_are_the_pairs_seeds():
    docs = _docs(1, 40)  # the stock sentence in 30 sources: chained, not all pairs
    index = lexical._shingle_index(docs)
    assert any(type(p) is list and len(p) > lexical.DENSE_POSTINGS for p in index.values())
    whole = {k: sorted(v) for k, v in lexical._seed_pairs(index).items() if len(v) >= 2}
    streamed = {}
    order = []
    for a, row in lexical._seed_rows(docs, index):
        for b, seeds in row:
            streamed[(a, b)] = sorted(seeds)
            order.append((a, b))
    assert streamed == whole
    assert order == sorted(order)


def test_links_equal_the_unfiltered_computation():
    docs = _docs(2, 40)
    index = lexical._shingle_index(docs)
    rows = [(a, b, s) for a, row in lexical._seed_rows(docs, index) for b, s in row]
    no_window = [x for x in rows if not lexical._may_anchor(docs[x[0]], docs[x[1]], x[2])]
    # the corpus exercises both skips and still has links
    assert no_window and len(no_window) < len(rows)
    expected = _reference(docs)
    assert any(r.kind == "verbatim" for r in expected)
    assert _flat(lexical.lexical_links(docs)) == _flat(expected)


def test_a_pair_the_window_test_skips_has_no_five_word_block():
    docs = _docs(3, 30)
    index = lexical._shingle_index(docs)
    skipped = kept_long = 0
    for a, row in lexical._seed_rows(docs, index):
        for b, seeds in row:
            longest = max(n for _pa, _pb, n in lexical._blocks(docs[a], docs[b], seeds))
            if lexical._may_anchor(docs[a], docs[b], seeds):
                kept_long += longest >= lexical.MIN_ANCHOR
            else:
                skipped += 1
                assert longest < lexical.MIN_ANCHOR
    assert skipped and kept_long


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(2, 30))
def test_links_equal_the_unfiltered_computation_on_any_mix(seed, n):
    docs = _docs(seed, n)
    assert _flat(lexical.lexical_links(docs)) == _flat(_reference(docs))
