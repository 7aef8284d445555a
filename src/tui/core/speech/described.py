"""Speakers described by a common noun rather than named: groups of people
("Prosecutors said", "the defence argued", "officials at the ministry
said", "Pike's family said") and organisations ("the coastguard said", "her
insurer said", "the airline said" for a firm the text named only as a
sentence's subject). Each is made an actor only here, where it speaks, so
nouns that never speak make no actors; a group is merged across sources by
its words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import speech as lex
from ..lexicon.speech import DETERMINERS, MEDIA_NOUNS, ORG_KEYWORDS, PREPOSITIONS
from ..text import STOPWORDS
from .names import people_plural
from .words import base, FINITE, is_cap, is_proper

if TYPE_CHECKING:
    from .context import Reading


def firm_named_before(ctx: Reading, lo: int) -> int | None:
    """A one-word capitalised name opening one of the three sentences
    before token lo and followed by a verb ('Skyway cancelled 300
    flights'), which the text has not made a person: a firm."""
    toks, text = ctx.toks, ctx.text
    u = next((k for k, (us, ue, _) in enumerate(ctx.units) if us <= toks[lo].start < ue), None)
    if u is None:
        return None
    for us, ue, _ in reversed(ctx.units[max(0, u - 3):u]):
        a, b = ctx.tok_range(us, ue)
        if b - a < 3 or not is_proper(text, toks[a]) or ctx.in_quote(toks[a].start):
            continue
        w = base(toks[a].norm)
        if (w in STOPWORDS or w in ctx.reg.lowercase_words or w in ctx.reg.placeish_words
                or lex.nation_of(w) or ctx.gap(a, a + 1) != " " or is_cap(text, toks[a + 1])
                or not (ctx.verbish(a + 1) or toks[a + 1].norm in FINITE)):
            continue
        m = ctx.mention_at(a)
        if m is not None:
            e = ctx.reg.entities[m.entity] if m.entity is not None else None
            if e is not None and e.type == "organisation":
                return m.entity
            continue
        if _plural_looking(w) and not _capitalised_inside_a_sentence(text, text[toks[a].start:toks[a].end]):
            continue  # "Buses were cancelled": a common noun opening its sentence
        ent = ctx.reg.org(w, text[toks[a].start:toks[a].end], weak=True)
        ctx.add_mention(toks[a].start, toks[a].end, ent.key, "org")
        return ent.key
    return None


def described_firm(ctx: Reading, m, head) -> int | None:
    """'The manufacturer said' in a story naming no firm: the firm
    it describes speaks, an actor named by its kind; 'the company' after it
    (any firm) or the same kind again is that firm, so it gets that name too."""
    hd = base(head.norm)
    surface = ctx.text[head.start:head.end]
    prior_orgs = [ctx.reg.entities[p.entity] for p in ctx.mentions_in(0, m.start) if p.entity is not None]
    named = [ctx.reg.entities[k] for k in ctx.reg.named_orgs()]
    later = _firm_named_after(ctx, m, prior_orgs)
    if later is not None:
        ctx.add_mention(head.start, head.end, later, "org")
        return later
    if any(e.type == "organisation" and not (e.weak or e.media or e.placeish) and _maybe_a_firm(e)
           for e in prior_orgs + named):
        return None  # the story names a firm it may be (maybe later, or in another source): never guessed past it
    if any(e.type == "person" and any(r.split()[-1:] and base(r.split()[-1].lower()) in lex.ORG_DESCRIPTORS
                                      for r in e.roles) for e in prior_orgs):
        return None  # ('a spokesman for the maker, Voltra Mobility': a firm read as a person)
    for e in reversed(prior_orgs):
        if (e is not None and e.type == "organisation" and e.weak and e.norm in lex.ORG_DESCRIPTORS
                and (e.norm == hd or hd in lex.GENERAL_FIRM_WORDS)):
            if e.norm != hd:
                e.add_name(surface)
            break
    else:
        e = ctx.reg.org(hd, surface, weak=True)
    ctx.add_mention(head.start, head.end, e.key, "org")
    return e.key


def _firm_named_after(ctx: Reading, m, prior_orgs) -> int | None:
    """'The manufacturer said …' before the text names the firm ('Velmont
    Appliances, which makes the heaters, said …' a paragraph later): the one
    firm this source names after it, when it names none before (two firms
    later, or one before, and the kind stays unresolved here)."""
    if any(e.type == "organisation" and not (e.weak or e.media or e.placeish) and _maybe_a_firm(e)
           for e in prior_orgs):
        return None
    firms = {p.entity for p in ctx.mentions_in(m.end, len(ctx.text))
             if p.entity is not None and _firm_like(ctx.reg.entities[p.entity])}
    return firms.pop() if len(firms) == 1 else None


def _firm_like(e) -> bool:
    return e.type == "organisation" and not (e.weak or e.media or e.placeish) and _maybe_a_firm(e)


def _maybe_a_firm(e) -> bool:
    """An organisation that is not a public body ('the manufacturer' is not
    the university, the council or the weather service)."""
    words = e.norm.split()
    return bool(words) and (words[0] if len(words) > 2 and words[1] == "of" else words[-1]) not in lex.PUBLIC_BODY_WORDS


def _plural_looking(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _capitalised_inside_a_sentence(text: str, word: str) -> bool:
    """Does `word`, capitalised, stand somewhere not opening a sentence? A
    plural-looking word ("Buses", "Siemens") met only at a sentence's start
    may be a common noun; a firm's name is capitalised wherever it stands."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        k = m.start() - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] not in ".!?\n\"“‘'":
            return True
    return False


def described_body(ctx: Reading, j: int, lo: int) -> int | None:
    """An organisation described, not named, as the subject of a
    reporting verb ('the coastguard said', 'the terminal's operator
    said', 'her insurer said', 'the drivers' union said'): the
    organisation of that kind the article named before ('the company' →
    the firm named earlier), else a described organisation of its own.
    Documents ('the report said') are not speakers."""
    toks, text = ctx.toks, ctx.text
    head = toks[j]
    hb = base(head.norm)
    if head.norm != hb or hb in lex.DOCUMENT_NOUNS:
        return None
    if hb in MEDIA_NOUNS and not (hb == "agency" and j - 1 >= lo and toks[j - 1].norm not in ("news", "press", "wire")):
        return None  # a news outlet relays; 'the space agency' speaks
    if not (hb in lex.ORG_DESCRIPTORS or hb in ORG_KEYWORDS or hb in lex.BODY_NOUNS or hb in lex.MUNICIPAL_NOUNS):
        return None
    a = j
    while a - 1 >= lo and j - a < 3 and ctx.gap(a - 1, a) in (" ", "' ", "’ ") and ctx.mention_at(a - 1) is None:
        p = toks[a - 1]
        if p.norm in ("the", "its", "his", "her", "their", "our") or p.norm in STOPWORDS or ctx.verbish(a - 1):
            break
        a -= 1
    if not (a - 1 >= lo and toks[a - 1].norm in ("the", "its", "his", "her", "their", "our")
            or toks[a].norm.endswith("'s") and a < j):
        return None  # 'Coastguard said' with no determiner: not this pattern
    if a == j and hb in lex.ORG_DESCRIPTORS and toks[a - 1].norm == "the":
        # ('her insurer said' is a firm of her own, not the one named before)
        for m in reversed(ctx.mentions_in(0, toks[a].start)):
            e = ctx.reg.entities[m.entity] if m.entity is not None else None
            if e is not None and e.type == "organisation" and not (e.media or e.placeish or e.weak
                                                                    or e.principal is not None) \
                    and e.norm.split()[-1:] != [] and e.norm.split()[-1] not in lex.PUBLIC_BODY_WORDS:
                return m.entity  # 'the company said': the firm the article named
    words = [base(t.fold) for t in toks[a:j + 1]]
    ent = ctx.reg.org(" ".join(words), text[toks[a].start:head.end], weak=True)
    ctx.add_mention(toks[a].start, head.end, ent.key, "org")
    return ent.key


def _organisation_near(ctx: Reading, at: int) -> int | None:
    """The organisation 'its' stands for: one named in the sentence before or
    in this one, else in the next sentence (the nearest either way)."""
    u = next((x for x, (us, ue, _) in enumerate(ctx.units) if us <= at < ue), None)
    if u is None:
        return None
    lo_off = ctx.units[max(0, u - 1)][0]
    hi_off = ctx.units[min(len(ctx.units) - 1, u + 1)][1]
    best: tuple[int, int] | None = None
    for m in ctx.mentions_in(lo_off, hi_off):
        e = ctx.reg.entities[m.entity] if m.entity is not None else None
        if e is None or e.type != "organisation" or e.media:
            continue
        d = abs(m.start - at)
        if best is None or d < best[0]:
            best = (d, m.entity)
    return best[1] if best else None


def group_subject(ctx: Reading, j: int, lo: int, subj_end: int, qualified: bool = False) -> int | None:
    """People named by a common noun as the subject of a reporting verb
    ('Prosecutors said', 'Doctors' leaders said', 'The defence argued',
    'Residents in Looe told', with `qualified` also 'Workers leaving the
    plant told', 'observers from the regional bloc said'): a group actor,
    merged across sources by its words. It is created only here, where it
    speaks, so nouns that never speak make no actors."""
    toks, text = ctx.toks, ctx.text
    k = j
    if qualified:
        # the head noun before a short prepositional or participle phrase
        k = next((x for x in range(j, max(lo - 1, j - 7), -1)
                  if people_plural(toks[x].norm) and x + 1 <= subj_end
                  and (toks[x + 1].norm in PREPOSITIONS or toks[x + 1].norm.endswith("ing"))
                  and all(ctx.gap(y - 1, y) == " " for y in range(x + 1, subj_end + 1))), None)
        if k is None:
            return None
    n = toks[k].norm
    if n in lex.MAKER_NOUNS and k - 1 >= lo and k == subj_end and (
            toks[k - 1].norm == "its" or toks[k - 1].norm.endswith("'s") and base(toks[k - 1].norm[:-2]) in lex.ORG_DESCRIPTORS):
        org = _organisation_near(ctx, toks[k].start)
        if org is not None:
            if ctx.mention_at(k) is None:
                ctx.add_mention(toks[k].start, toks[k].end, org, "org")
            return org  # 'its makers said', 'the firm's owners said': the organisation speaks
    side = n in lex.SIDE_NOUNS and k - 1 >= lo and toks[k - 1].norm == "the" and k == subj_end
    whole = n in lex.COLLECTIVE_NOUNS and k - 1 >= lo and k == subj_end and (
        toks[k - 1].norm in ("the", "his", "her", "their") or toks[k - 1].norm.endswith("'s"))
    if not (side or whole or people_plural(n)) or ctx.in_quote(toks[k].start):
        return None
    if ctx.mention_at(k) is not None:
        return ctx.mention_at(k).entity
    if base(n) in ORG_KEYWORDS and n not in MEDIA_NOUNS:
        # ', police said': the institution, as the other rules name it
        ent = ctx.reg.find_org(n) or ctx.reg.org(n, text[toks[k].start:toks[k].end].lower(), weak=True)
        ctx.add_mention(toks[k].start, toks[k].end, ent.key, "org")
        return ent.key
    if whole and toks[k - 1].norm.endswith("'s") and ctx.gap(k - 1, k) == " ":
        # "Pike's family": named by whose family it is
        s0 = toks[k - 1].start
        owner = ctx.mention_at(k - 1)
        if owner is not None:
            s0 = owner.start
        surface = text[s0:toks[k].end]
        ent = ctx.reg.org("group: " + " ".join(surface.lower().split()), surface, type_="group")
        ctx.add_mention(toks[k].start, toks[k].end, ent.key, "group")
        return ent.key
    a = k
    while (a - 1 >= lo and k - a < 3 and ctx.gap(a - 1, a) in (" ", "' ", "’ ")
           and ctx.mention_at(a - 1) is None and not ctx.in_quote(toks[a - 1].start)):
        p = toks[a - 1]
        pn = base(p.norm)
        if p.norm in DETERMINERS or pn in STOPWORDS or pn in PREPOSITIONS or ctx.verbish(a - 1) \
                or pn.endswith("ly") or pn[:1].isdigit():
            break
        a -= 1
    det = a - 1 >= lo and toks[a - 1].norm == "the" and ctx.gap(a - 1, a) == " "
    words = [base(t.fold) for t in toks[a:k + 1]]
    s = toks[a].start
    surface = text[s:toks[k].end]
    ctx_word = ""
    if k < subj_end and toks[k + 1].norm in PREPOSITIONS:
        # 'officials at the ministry': the place or body they belong to
        surface = text[s:toks[subj_end].end]
        ctx_word = base(toks[subj_end].fold)
    if det:
        surface = "the " + surface
    norm = "group: " + " ".join(words) + (f" ({ctx_word})" if ctx_word else "")
    ent = ctx.reg.org(norm.lower(), surface, type_="group")
    ctx.add_mention(toks[a].start, toks[k].end, ent.key, "group")
    return ent.key
