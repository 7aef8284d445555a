"""One source read from start to end: quotations and reported speech become
statement drafts, each with its speaker's mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Actor, Source, Span, Statement
from .attribution import according_to, attribute_quote
from .context import Draft, Reading, tail_cue
from .quotes import Quote
from .registry import Registry
from .listed import colon_drafts, dialogue_drafts, listed_drafts
from .reported import indirect
from .transcript import transcript_drafts
from .words import CUE_VERBS, QUOTE_VERBS


def read_source(reg: Registry, src: Source, quotes: list[Quote], units, mentions) -> list[Draft]:
    ctx = Reading(reg, src, quotes, units, mentions)
    qi = 0
    head = _headline_end(src, units)
    body = None  # the body's words (`_plain`), made once and only for a headline with a quotation
    for ui, ((us, ue, _p), (lo, hi)) in enumerate(zip(units, reg.unit_bounds(src, units))):
        uq = []
        while qi < len(quotes) and quotes[qi].open < ue:
            if quotes[qi].open >= us:
                uq.append(quotes[qi])
            qi += 1
        if us < head:
            # the headline ('Kessler: ‘We deserved more’') repeats words the
            # body quotes: the body's quotation is the statement, not a duplicate
            if uq and body is None:
                body = _plain(src.text[head:])
            uq = [q for q in uq if _plain(src.text[q.start:q.end]) not in body]
        if not uq and not ctx.has_any(_SPEECH_WORDS, lo, hi):
            continue  # no quotation and no word any rule starts from: no statement, and nothing learnt
        tail = tail_cue(ctx, lo, hi, uq)
        acc = according_to(ctx, lo, hi) if uq else None
        for q in uq:
            attribute_quote(ctx, q, ui, lo, hi, tail, acc)
        if us >= head:
            # (a headline's 'Manager insists job is safe' sums up what the
            # body reports in full: no statement of its own)
            indirect(ctx, ui, lo, hi, uq)
    transcript_drafts(ctx)
    listed_drafts(ctx)
    colon_drafts(ctx)
    dialogue_drafts(ctx)
    ctx.drafts.sort(key=lambda d: (d.start, d.end))
    _share_chain_speakers(ctx.drafts, quotes)
    for d in ctx.drafts:
        d.speaker = _speaker_mention(ctx, d)
        d.vague = d.entity is not None and reg.entities[d.entity].type == "group"
    return ctx.drafts


def _headline_end(src: Source, units) -> int:
    """Where the headline ends when the body starts with it (the source's
    title as its first paragraph), else 0."""
    if not units or not src.title:
        return 0
    first = units[0][2]
    end = max(e for s, e, p in units if p == first)
    start = units[0][0]
    if " ".join(src.text[start:end].split()) != " ".join(src.title.split()):
        return 0
    return end


def _plain(s: str) -> str:
    """Words only, case-folded, so that a headline's quotation meets the body's."""
    return " " + " ".join(re.findall(r"\w+", s.casefold())) + " "


#: Every word a rule for speech without quotation marks starts from: a
#: reporting verb of any kind, 'according'.
_SPEECH_WORDS = QUOTE_VERBS | CUE_VERBS | frozenset(("according", "heard", "hears", "told"))


def _share_chain_speakers(drafts: list[Draft], quotes: Sequence[Quote]) -> None:
    """Every paragraph of a quotation over several paragraphs is the words of
    the speaker its cue names, in its first paragraph ('…,” said Jane Doe. ¶
    “…') or its last ('¶ “…,” she said.'): pieces with no cue of their own
    take that speaker."""
    chain_of = {q.start: q.first for q in quotes if q.chained}
    if not chain_of:
        return
    chains: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.quote and d.start in chain_of:
            chains.setdefault(chain_of[d.start], []).append(d)
    for pieces in chains.values():
        cued = [d for d in pieces if d.cue is not None and d.entity is not None]
        if not cued:
            continue
        src = cued[0]
        for d in pieces:
            if d.cue is None:
                d.entity, d.cue = src.entity, src.cue


def _speaker_mention(ctx: Reading, d: Draft) -> tuple[int, int] | None:
    """The mention of the draft's actor in its sentence nearest to it (the
    name, role phrase or pronoun that says who speaks), outside the statement."""
    if d.entity is None:
        return None
    us, ue, _ = ctx.units[d.unit]
    best: tuple[int, tuple[int, int]] | None = None
    for m in ctx.mentions_in(us, ue):
        if m.entity != d.entity or (d.start < m.end and m.start < d.end):
            continue
        dist = d.start - m.end if m.end <= d.start else m.start - d.end
        if best is None or dist < best[0]:
            best = (dist, (m.start, m.end))
    return best[1] if best else None


def to_statements(reg: Registry, drafts: Sequence[Draft], groups: Sequence[int | None]
                  ) -> tuple[tuple[Actor, ...], tuple[Statement, ...]]:
    """Freeze the registry into actors (ordered by number of statements) and
    number the drafts (ordered by source, then start) into statements."""
    counts: dict[int, int] = {}
    first_seen: dict[int, int] = {}
    for i, d in enumerate(drafts):
        if d.entity is not None:
            counts[d.entity] = counts.get(d.entity, 0) + 1
            first_seen.setdefault(d.entity, i)
    # Groups and descriptions that speak are actors; the others are just noun phrases.
    for e in reg.entities:
        if (e.type == "group" or e.weak) and e.key not in counts:
            e.names.clear()
    actors, ids = reg.freeze(counts, first_seen)
    gids: dict[int, str] = {}
    statements = []
    for i, (d, g) in enumerate(zip(drafts, groups), 1):
        gid = gids.setdefault(g, f"g{len(gids) + 1}") if g is not None else None
        statements.append(Statement(
            f"s{i}", ids.get(d.entity) if d.entity is not None else None, d.source, d.start, d.end,
            d.kind, d.cue, gid,  # type: ignore[arg-type]
            Span(d.source, *d.speaker) if d.speaker else None,
        ))
    return actors, tuple(statements)
