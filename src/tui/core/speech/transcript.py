"""Transcripts: paragraphs opened by a speaker's label in capitals
("OYELARAN: Not yet. …", "Q: …", "A: …"), as sites print press conferences
and interviews. Labels count only where the text has such a dialogue (two or
more labelled paragraphs, with a question or a label used twice); a question
is not a statement; an answer ("A:") is the words of the person the
introduction presents (nobody when it names several); a name label, in
capitals or in ordinary case for a person the story names ("Loiseau: …"), is
that person, merged with the name met elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..lexicon import speech as lex
from ..lexicon.speech import HONORIFICS, TITLE_HEADS
from .context import Draft, Reading
from .names import is_descriptor, surface
from .words import base

# A label: up to four words in capitals (initials, apostrophes, hyphens), a
# colon, then the words spoken on the same line.
_LABEL = re.compile(r"([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)")
# A name label in ordinary case ('Loiseau: …', 'Ana de la Cruz: …'): a label
# only when it names a person the story knows (see `_name_label`).
_NAME_LABEL = re.compile(
    r"([A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|" + "|".join(sorted(lex.NAME_PARTICLES)) + r")){0,3}):[ \t]+(?=\S)")


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
        m = _LABEL.match(text, ps, pe) or _name_label(ctx, ps, pe)
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
                interviewee = _introduced(ctx, labelled[0][3])
            ent = interviewee
        else:
            # 'FIRE CHIEF OWEN MADDOX': the name after the last title word
            cut = max((i + 1 for i, w in enumerate(words) if w in TITLE_HEADS or w in HONORIFICS), default=0)
            parts = [base(w) for w in words[cut:]]
            if not parts or len(parts) > 3:
                continue
            surface = " ".join(w.capitalize() for w in parts)
            if len(parts) == 1 and not ctx.reg.known_surname(parts[0]):
                # 'Loiseau:' for the 'Bernadette Loiseau' the introduction names
                full = re.search(r"\b([A-Z][\w'’-]+) (" + re.escape(m.group(1).split()[-1]) + r")\b",
                                 text[:m.start()], re.IGNORECASE)
                if full is not None and full.group(1)[1:].islower():
                    parts = [base(full.group(1).casefold()), parts[0]]
                    surface = f"{full.group(1)} {full.group(2).capitalize() if full.group(2).isupper() else full.group(2)}"
            ent = ctx.reg.person(parts, surface).key
        start, end = m.end(), pe
        while end > start and text[end - 1].isspace():
            end -= 1
        ctx.drafts[:] = [d for d in ctx.drafts if not (start <= d.start and d.end <= end)]
        ctx.drafts.append(Draft(ctx.src.id, start, end, "direct", m.group(1), ent, ui, False))


def _name_label(ctx: Reading, ps: int, pe: int) -> re.Match | None:
    """'Loiseau: Because …': a label in ordinary case, taken only when its
    last word is the surname of a person the story names, or ends a full
    name written earlier in the piece ('Bernadette Loiseau opens …'); 'Update:
    …' and 'Note: …' name nobody."""
    if ctx.text.find(":", ps, min(pe, ps + 80)) < 0:
        return None  # no colon near the start: no label (most paragraphs, told at once)
    m = _NAME_LABEL.match(ctx.text, ps, pe)
    if m is None:
        return None
    words = [w.strip(".").casefold() for w in m.group(1).split()]
    if ctx.reg.known_surname(base(words[-1])):
        return m
    last = m.group(1).split()[-1]
    full = re.search(r"\b[A-Z][\w'’-]+ " + re.escape(last) + r"\b", ctx.text[:ps])
    return m if full is not None else None


def _introduced(ctx: Reading, first_label_unit: int) -> int | None:
    """Who an interview's answers ('A: …') are by: the one person the
    paragraph before the first question names ('We spoke to Dr Ingrid
    Halvorsen, who leads …'), else the one person the whole introduction
    names; nobody when it names several (the piece may be about one and
    interview another)."""
    intro_end = ctx.units[first_label_unit][0]
    last_par = ctx.units[first_label_unit - 1][2] if first_label_unit > 0 else None

    def people(keep) -> list[int]:
        return list(dict.fromkeys(m.entity for m in ctx.mentions
                                  if m.start < intro_end and m.entity is not None
                                  and ctx.reg.entities[m.entity].type == "person" and keep(m)))

    last = people(lambda m: ctx.units[_unit_of(ctx, m.start)][2] == last_par)
    if len(last) == 1:
        return last[0]
    if not last and last_par is not None:
        named = _full_name_in(ctx, last_par)
        if named is not None:
            return named
    every = people(lambda m: True)
    return every[0] if len(every) == 1 else None


def _full_name_in(ctx: Reading, par: int) -> int | None:
    """'We asked Marisol Achebe-Grant, who keeps 60 hives, …': the one full
    name in the paragraph presenting an interviewee, when no rule made it
    an actor (nothing in the paragraph is said): that person. Two names,
    or a name that is an organisation's or a place's: nobody."""
    spans = [(us, ue) for us, ue, p in ctx.units if p == par]
    lo, hi = ctx.tok_range(spans[0][0], spans[-1][1])
    runs = ctx.reg.name_runs(ctx.src)
    toks, text = ctx.toks, ctx.text
    found: list[tuple[int, int]] = []
    c = bisect_left(runs.starts, lo)
    while c < len(runs.starts) and runs.starts[c] < hi:
        i = runs.starts[c]
        end = runs[i]
        c = bisect_left(runs.starts, max(end, i + 1), c)
        if end - i >= 2 and not is_descriptor(text, toks, i, end):
            found.append((i, end))
    if len(found) != 1:
        return None
    i, end = found[0]
    parts = [base(t.fold) for t in toks[i:end]]
    if ctx.reg.find_org(" ".join(parts)) is not None or any(p in ctx.reg.placeish_words for p in parts):
        return None
    return ctx.reg.person(parts, surface(text, toks, i, end)).key


def _unit_of(ctx: Reading, off: int) -> int:
    """The index of the unit holding offset `off`."""
    return max(0, bisect_right([u[0] for u in ctx.units], off) - 1)
