"""Quote fidelity in a large group: each quotation is compared with the
closest earlier one, its score computed once per distinct wording. The
comparisons must be exactly those of scoring every earlier quotation."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from tui.core.model import QuoteFidelity, Statement
from tui.core.speech.fidelity import _norm_text, compare_groups, compare_quotes

WORDINGS = (
    "“The bridge will reopen on Friday once the inspectors have signed it off,” the engineer said.",
    "“The bridge will reopen on Friday once inspectors sign it off,” the engineer said.",
    "“The bridge will reopen Friday,” the engineer said.",
    "“We cannot say when the bridge will reopen,” the engineer said.",
    "“Nobody was hurt when the crane toppled over in the wind,” a witness said.",
)


def _every_earlier(statements, texts):
    """The rule as first written: every earlier quotation scored."""
    by_group: dict[str, list[Statement]] = {}
    for s in statements:
        by_group.setdefault(s.group, []).append(s)
    out = []
    for gid, members in by_group.items():
        order = list(dict.fromkeys(s.source for s in members))
        if len(order) < 2:
            continue
        norm = {o.id: _norm_text(texts[o.source], o.start, o.end) for o in members}
        comparisons = []
        for s in members:
            earlier = [o for o in members if order.index(o.source) < order.index(s.source)]
            if not earlier:
                continue
            best = max(earlier, key=lambda o: (fuzz.partial_ratio(norm[o.id], norm[s.id]), order.index(o.source)))
            if fuzz.partial_ratio(norm[best.id], norm[s.id]) < 60:
                continue
            comparisons.append(compare_quotes(best, texts[best.source], s, texts[s.source]))
        if comparisons:
            out.append(QuoteFidelity(gid, tuple(comparisons)))
    return tuple(out)


def _story(seed: int, n: int):
    rng = random.Random(seed)
    texts, statements = {}, []
    for k in range(n):
        src = f"src{rng.randrange(n)}"  # some sources hold two quotations of the group
        text = texts.setdefault(src, f"Report {src}.")
        quote = rng.choice(WORDINGS)
        start = len(text) + 1
        texts[src] = f"{text} {quote}"
        end = start + quote.index("”") + 1
        statements.append(Statement(f"t{k}", "a1", src, start, end, "direct", "said", f"g{k % 3}", None))
    return statements, texts


def test_scoring_each_wording_once_gives_every_comparison():
    for seed in range(12):
        statements, texts = _story(seed, 40)
        assert compare_groups(statements, texts) == _every_earlier(statements, texts)


def test_a_large_group_is_compared_as_before():
    statements, texts = _story(99, 200)
    got = compare_groups(statements, texts)
    assert sum(len(f.comparisons) for f in got) > 100  # (most sources hold an earlier one's wording)
    assert got == _every_earlier(statements, texts)
