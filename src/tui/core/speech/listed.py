"""Reported speech announced by a colon, with no reporting verb of its own:
a list after its cue ('She said:', then bullet lines, each a clause of what
was said: '- inflation would fall by next year;'), or a clause after a
stance noun ('Her message was clear: nurses would not accept …').
"""

from __future__ import annotations

import re

from ..lexicon import speech as lex
from .clauses import bare_clause
from .context import Draft, Reading
from .reported import _subject_is_person_word
from .words import CUE_VERBS, FINITE

#: A bullet opening a line. (An em dash is left out: it opens dialogue,
#: whose lines carry their own cues.)
_BULLET = re.compile(r"[-•*▪‣·]\s+")
#: How many words may stand between the cue and the colon ('told reporters on Friday:').
_CUE_REACH = 5


def listed_drafts(ctx: Reading) -> None:
    text, toks, units = ctx.text, ctx.toks, ctx.units
    for ui, (us, ue, _p) in enumerate(units):
        if not text[us:ue].rstrip().endswith(":") or ui + 1 >= len(units):
            continue
        if _BULLET.match(text, units[ui + 1][0]) is None:
            continue
        lo, hi = ctx.tok_range(us, ue)
        vi = next((v for v in range(hi - 1, max(lo, hi - _CUE_REACH) - 1, -1)
                   if toks[v].norm in CUE_VERBS and not toks[v].norm.endswith("ing")), None)
        if vi is None or ctx.in_quote(toks[vi].start) or any(toks[x].norm in FINITE for x in range(vi + 1, hi)):
            continue
        found, ent = ctx.subject_of(vi, lo)
        if not found or (ent is None and not _subject_is_person_word(ctx, vi, lo)):
            continue  # 'The plan says:': a document lists, nobody speaks
        cue = toks[vi].norm
        for uj in range(ui + 1, len(units)):
            ls, le, _ = units[uj]
            m = _BULLET.match(text, ls)
            if m is None:
                break  # the list has ended
            start, end = m.end(), le
            while end > start and text[end - 1] in " ,.;:":
                end -= 1
            a, b = ctx.tok_range(start, end)
            if end - start < 8 or any(q.open < end and start < q.close for q in ctx.quotes) \
                    or any(d.start < end and start < d.end for d in ctx.drafts) or not bare_clause(ctx, a, b):
                continue  # quoted (the quotation is the statement), already read, or a phrase
            ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, ent, uj, False))


#: Words that may stand between a stance noun and its colon ('was clear', 'is simple').
_STANCE_GLUE = frozenset("was is clear simple blunt stark plain short firm".split())


def colon_drafts(ctx: Reading) -> None:
    """'Her message was clear: nurses would not accept another cut.' The
    clause after the colon is what the owner of the stance noun said; the
    owner is the mention just before the noun ('Her', 'the minister's')."""
    text, toks = ctx.text, ctx.toks
    for ui, (us, ue, _p) in enumerate(ctx.units):
        colon = text.find(":", us, ue)
        if colon < 0 or ctx.in_quote(colon):
            continue
        lo, hi = ctx.tok_range(us, ue)
        c = next((k for k in range(lo + 1, hi) if toks[k].start > colon), None)
        if c is None or c >= hi - 2:
            continue
        j = c - 1
        while j > lo and toks[j].norm in _STANCE_GLUE and c - j <= 3:
            j -= 1
        if toks[j].norm not in lex.STANCE_NOUNS or j == lo:
            continue
        m = ctx.mention_at(j - 1)
        if m is None or m.entity is None:
            continue
        start, end = toks[c].start, ue
        while end > start and text[end - 1] in " ,.;:!?":
            end -= 1
        if any(q.open < end and start < q.close for q in ctx.quotes):
            continue  # a quotation after the colon: its own rules read it
        if end - start < 8 or any(d.start < end and start < d.end for d in ctx.drafts) or not bare_clause(ctx, c, hi):
            continue
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", toks[j].norm, m.entity, ui, False))


#: A dash opening a paragraph of dialogue ('— The weather will turn, he said.').
_DIALOGUE_DASH = re.compile(r"[—–]\s")


def dialogue_drafts(ctx: Reading) -> None:
    """'— The weather will turn by four, he said. We have two hours.': in a
    paragraph of dialogue (opened by a dash), the sentences after the one
    that names its speaker are that speaker's words too, as a quotation's
    would be after '…,” he said. “…'."""
    text, units = ctx.text, ctx.units
    k = 0
    while k < len(units):
        us, _ue, para = units[k]
        line = text.rfind("\n", 0, us) + 1
        if _DIALOGUE_DASH.match(text, line) is None or text[line:us].strip(" —–"):
            k += 1
            continue
        same = [u for u in range(k, len(units)) if units[u][2] == para]
        k = same[-1] + 1
        first = [d for d in ctx.drafts if d.unit == same[0] and d.entity is not None]
        if len(same) < 2 or len(first) != 1:
            continue
        for u in same[1:]:
            s, e, _p = units[u]
            while e > s and text[e - 1] in " ,.;:!?":
                e -= 1
            if any(d.unit == u for d in ctx.drafts) or any(q.open < e and s < q.close for q in ctx.quotes):
                break  # a sentence with speech of its own: the run of this speaker's words ends
            ctx.drafts.append(Draft(ctx.src.id, s, e, "direct", first[0].cue, first[0].entity, u, False))
