"""Transcripts: paragraphs opened by a speaker's label in capitals
("OYELARAN: Not yet. …", "Q: …", "A: …"), as sites print press conferences
and interviews. Labels count only where the text has such a dialogue (two or
more labelled paragraphs, with a question or a label used twice); a question
is not a statement; an answer ("A:") is the words of the person the piece
names most; a name label is that person, merged with the name met elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import speech as lex
from ..lexicon.speech import HONORIFICS, TITLE_HEADS
from .context import Draft, Reading
from .words import base

# A label: up to four words in capitals (initials, apostrophes, hyphens), a
# colon, then the words spoken on the same line.
_LABEL = re.compile(r"([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)")


def _paragraphs(ctx: Reading) -> list[tuple[int, int, int]]:
    """(start, end, first unit) of each body paragraph, from the units."""
    out: list[list[int]] = []
    for ui, (us, ue, p) in enumerate(ctx.units):
        if out and ctx.units[out[-1][2]][2] == p:
            out[-1][1] = ue
        else:
            out.append([us, ue, ui])
    return [tuple(x) for x in out]  # type: ignore[misc]


def transcript_drafts(ctx: Reading) -> None:
    """Add a direct statement per answer paragraph of a transcript."""
    text = ctx.text
    labelled = []
    for ps, pe, ui in _paragraphs(ctx):
        m = _LABEL.match(text, ps, pe)
        if m is None:
            continue
        words = [w.strip(".").casefold() for w in m.group(1).split()]
        if words[0] in lex.NOT_SPEAKER_LABELS:
            continue
        labelled.append((m, words, pe, ui))
    if len(labelled) < 2:
        return
    names = [tuple(w) for _, w, _, _ in labelled]
    dialogue = any(w[0] in lex.QUESTION_LABELS for w in names) or len(set(names)) < len(names)
    if not dialogue:
        return
    interviewee = None
    for m, words, pe, ui in labelled:
        if words[0] in lex.QUESTION_LABELS:
            continue
        if words[0] in lex.ANSWER_LABELS and len(words) == 1:
            if interviewee is None:
                interviewee = _most_named(ctx)
            ent = interviewee
        else:
            # 'FIRE CHIEF OWEN MADDOX': the name after the last title word
            cut = max((i + 1 for i, w in enumerate(words) if w in TITLE_HEADS or w in HONORIFICS), default=0)
            parts = [base(w) for w in words[cut:]]
            if not parts or len(parts) > 3:
                continue
            ent = ctx.reg.person(parts, " ".join(w.capitalize() for w in parts)).key
        start, end = m.end(), pe
        while end > start and text[end - 1].isspace():
            end -= 1
        ctx.drafts[:] = [d for d in ctx.drafts if not (start <= d.start and d.end <= end)]
        ctx.drafts.append(Draft(ctx.src.id, start, end, "direct", m.group(1), ent, ui, False))


def _most_named(ctx: Reading) -> int | None:
    """The person the piece names most (who an interview's answers are by)."""
    counts = Counter(m.entity for m in ctx.mentions
                     if m.entity is not None and ctx.reg.entities[m.entity].type == "person")
    if not counts:
        return None
    best = max(counts.values())
    return next(e for e in counts if counts[e] == best)
