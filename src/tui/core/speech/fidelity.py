"""Quote fidelity: do two outlets quote the same words the same way?

Within a group (one utterance across sources), every quotation from a later
source is compared with the most similar quotation from an earlier source,
word by word and then punctuation by punctuation. Words a shorter quotation
leaves out at either end make it an excerpt, not an alteration; any change
inside the shared stretch (a word changed, dropped or added, a comma moved)
makes it altered. Punctuation at the very edge of a quotation (“…peace.” vs
“…peace”.) is house style and ignored.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..diff import word_diff
from ..model import DiffOp, QuoteComparison, QuoteFidelity, Statement
from ..text import tokenize

QUOTED_KINDS = ("direct", "partial")
_EDGE = " \t\r\n,.;:!?…\"'“”‘’«»—–-"


def trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading/trailing punctuation and white space."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _norm_text(text: str, s: int, e: int) -> str:
    return " ".join(t.norm for t in tokenize(text, s, e))


def shared_stretch(a_text: str, a: tuple[int, int], b_text: str, b: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int], bool]:
    """Cut the words one quotation has beyond the other at either end.

    Returns the two ranges to compare and whether anything was cut (one is
    an excerpt of the other).
    """
    ta = tokenize(a_text, *a)
    tb = tokenize(b_text, *b)
    if not ta or not tb:
        return a, b, False
    ops = Levenshtein.opcodes([t.norm for t in ta], [t.norm for t in tb])
    blocks = [op for op in ops if op.tag == "equal"]
    if not blocks:
        return a, b, False
    first, last = blocks[0], blocks[-1]
    ai, aj = first.src_start, last.src_end
    bi, bj = first.dest_start, last.dest_end
    # Only one side may have extra words at each edge; else it is a change.
    if ai > 0 and bi > 0:
        ai = bi = 0
    if aj < len(ta) and bj < len(tb):
        aj, bj = len(ta), len(tb)
    cut = (ai, aj) != (0, len(ta)) or (bi, bj) != (0, len(tb))
    ra = (ta[ai].start, ta[aj - 1].end) if aj > ai else a
    rb = (tb[bi].start, tb[bj - 1].end) if bj > bi else b
    return ra, rb, cut


def compare_quotes(a: Statement, a_text: str, b: Statement, b_text: str) -> QuoteComparison:
    """Compare statement b's quoted words with statement a's."""
    ra = trim_edges(a_text, a.start, a.end)
    rb = trim_edges(b_text, b.start, b.end)
    ra, rb, excerpt = shared_stretch(a_text, ra, b_text, rb)
    words = word_diff(a_text, ra[0], ra[1], b_text, rb[0], rb[1])
    punct = word_diff(a_text, ra[0], ra[1], b_text, rb[0], rb[1], punctuation=True)
    changes: list[str] = []
    tags = {op.tag for op in words}
    if "replace" in tags:
        changes.append("words changed")
    if "delete" in tags:
        changes.append("words dropped")
    if "insert" in tags:
        changes.append("words added")
    if not changes and any(op.tag != "equal" for op in punct):
        changes.append("re-punctuated")
    status = "altered" if changes else "identical"
    if excerpt:
        changes.append("excerpt")
    diff: tuple[DiffOp, ...] = punct if status == "altered" else words
    return QuoteComparison(a.id, b.id, status, tuple(changes), diff)  # type: ignore[arg-type]


def compare_groups(statements: Sequence[Statement], texts: dict[str, str], memo=None) -> tuple[QuoteFidelity, ...]:
    """Fidelity of every group quoted directly in two or more sources (a
    `memo`, incremental.FidelityMemo, keeps each comparison's work in watch mode)."""
    norm_text, ratio, compare = (_norm_text, fuzz.partial_ratio, compare_quotes) if memo is None else \
        (memo.norm_text(_norm_text), memo.ratio(fuzz.partial_ratio), memo.compare(compare_quotes))
    by_group: dict[str, list[Statement]] = {}
    for s in statements:
        if s.group is not None and s.kind in QUOTED_KINDS:
            by_group.setdefault(s.group, []).append(s)
    out = []
    for gid, members in by_group.items():
        if len({s.source for s in members}) < 2:
            continue
        # each source's place in the group's order, looked up (not searched
        # for: a quotation copied by a thousand sources made a thousand
        # scans of a thousand sources per member)
        order = {src: k for k, src in enumerate(dict.fromkeys(s.source for s in members))}
        norm = {o.id: norm_text(texts[o.source], o.start, o.end) for o in members}
        comparisons = []
        for s in members:
            at = order[s.source]
            earlier = [o for o in members if order[o.source] < at]
            if not earlier:
                continue
            s_norm = norm[s.id]
            # the score depends on the earlier quotation's words only: once
            # per distinct wording (most sources copy a quotation as it was)
            score: dict[str, float] = {}

            def rank(o: Statement) -> tuple[float, int]:
                words = norm[o.id]
                r = score.get(words)
                if r is None:
                    r = score[words] = ratio(words, s_norm)
                return r, order[o.source]

            best = max(earlier, key=rank)
            if score[norm[best.id]] < 60:
                continue
            comparisons.append(compare(best, texts[best.source], s, texts[s.source]))
        if comparisons:
            out.append(QuoteFidelity(gid, tuple(comparisons)))
    return tuple(out)
