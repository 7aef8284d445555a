"""Finding names: a capitalised run becomes an actor only in a name-like
context (a title or honorific before it, a role in apposition after it, a
reporting verb beside it, an organisation word ending it). No name lists and
no external model.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from collections.abc import Sequence

from ..lexicon import speech as lex
from ..lexicon.speech import AGENT_ENDINGS, DAYS_MONTHS, MEDIA_NOUNS, NAME_PARTICLES, ORG_CONNECTORS, ORG_KEYWORDS, PREPOSITIONS, ROLE_MODIFIERS, SPOKES_HEADS, TITLE_COMPLEMENTS, TITLE_HEADS, VERB_GLUE
from ..model import Source, Token
from ..text import STOPWORDS
from .registry import Entity, Registry
from .words import base, gap_ok, HONORIFICS, is_acronym, is_cap, is_proper, REPORTING_VERBS, role_shaped, surface_end


def complement_at(toks: Sequence[Token], i: int) -> bool:
    """'State' in 'Secretary of State Ana Ortiz' completes the title."""
    j = i
    while j > 0 and toks[j].norm in TITLE_COMPLEMENTS and i - j < 3:
        j -= 1
    return j < i and toks[j].norm == "of" and j > 0 and base(toks[j - 1].norm) in TITLE_HEADS


def surface(text: str, toks: Sequence[Token], a: int, b: int) -> str:
    """The words of toks[a:b] joined by single spaces, without a final 's
    (so 'President [Anna] Novak’s' gives 'Anna Novak')."""
    parts = [text[t.start:t.end] for t in toks[a:b - 1]]
    parts.append(text[toks[b - 1].start:surface_end(text, toks[b - 1])])
    return " ".join(parts)


_NOT_INSIDE_A_SENTENCE = frozenset(".!?:;\n“”\"‘’()")


def given_name_word(text: str, toks: Sequence[Token], i: int) -> bool:
    """A function word used as a first name ("…, said Will Dawson", "and Per
    Ekholm"): capitalised inside a sentence right after a lower-case word,
    and followed by a capitalised name word. A title-case headline ("Talks
    Will Resume") has a capital before it, and a sentence's first word is
    capitalised anyway, so neither counts."""
    if i == 0 or i + 1 >= len(toks) or base(toks[i].norm) not in lex.FUNCTION_WORD_NAMES:
        return False
    t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    return (is_proper(text, t) and text[prev.start].islower()
            and not _NOT_INSIDE_A_SENTENCE.intersection(text[prev.end:t.start])
            and gap_ok(text, t, nxt) and is_proper(text, nxt) and nameish(base(nxt.norm)))


def name_run(text: str, toks: Sequence[Token], i: int, limit: int = 4) -> int:
    """End index (exclusive) of a run of name tokens starting at toks[i], or i."""
    j = i
    n = len(toks)
    if given_name_word(text, toks, i):
        j += 1
    while j < n and j - i < limit:
        t = toks[j]
        nb = base(t.norm)
        if j > i:
            if not gap_ok(text, toks[j - 1], t, " []"):
                break
        if is_cap(text, t) and (nameish(nb) or is_acronym(text, toks, j)):
            j += 1
            if t.norm != nb:  # a possessive ends the name
                break
            continue
        if j > i and is_particle_name(text, t):
            j += 1
            continue
        if j > i and nb in NAME_PARTICLES:
            k = j + 1
            while k < n and k - j < 2 and base(toks[k].norm) in NAME_PARTICLES and gap_ok(text, toks[k - 1], toks[k]):
                k += 1
            if k < n and is_cap(text, toks[k]) and gap_ok(text, toks[k - 1], toks[k]):
                kb = base(toks[k].norm)
                if not nameish(kb) and toks[k].norm.isalpha() and kb not in STOPWORDS and kb not in DAYS_MONTHS:
                    j = k + 1  # 'Pieter de la Court', 'Anna van der Post': after particles any capitalised word is the surname
                    break
                j = k
                continue
        break
    # Do not end on a particle.
    while j > i and base(toks[j - 1].norm) in NAME_PARTICLES:
        j -= 1
    return j


def is_particle_name(text: str, tok: Token) -> bool:
    """'al-Nouri', 'el-Masri', 'bin-Salem': a particle joined to a capitalised name."""
    w = text[tok.start:tok.end]
    head, sep, rest = w.partition("-")
    return bool(sep) and head.lower() in NAME_PARTICLES and rest[:1].isupper()


def is_descriptor(text: str, toks: Sequence[Token], i: int, end: int) -> bool:
    """'Centrist Laura Keane', 'Meteorologist Jonas Falk': a capitalised word
    describing the person before a full name is not part of the name."""
    nb = base(toks[i].norm)
    if end - i >= 2 and "-year-old" in nb:
        return True  # 'Sixteen-year-old Priya Raman': an age is never a word of a name
    if end - i == 2 and nb in lex.ORG_DESCRIPTORS and i + 1 < len(toks) and toks[i + 1].norm == base(toks[i + 1].norm):
        return True  # 'Carmaker Veloce', 'Insurer Brightline': the kind of firm, then its name
    if end - i < 3 and not (end - i == 2 and nb in lex.DESCRIPTORS):
        return False
    if base(toks[end - 1].norm) in ORG_KEYWORDS:
        return False  # 'Forward Motors', 'Green Energy Group': a name ending in an organisation word
    if end - i >= 3 and _participle_compound(text, toks[i]):
        return True  # 'Second-placed Ana Ruiz', 'Paris-based Tom Hale': a description, never a name's word
    if "-of-" in nb and end - i >= 3:
        return True  # 'Dad-of-three Gary Thwaite', 'Mother-of-two Ana Ruiz': a description
    if nb in lex.PERSON_NOUNS and nb not in ("son", "man"):
        return True  # 'Passenger Ruth Adler', 'Witness Jane Doe' (but 'Son' and 'Man' are surnames too)
    return nb in lex.DESCRIPTORS or (len(nb) >= 6 and nb.endswith(AGENT_ENDINGS) and end - i >= 3)


def _participle_compound(text: str, tok: Token) -> bool:
    """'Second-placed', 'Top-seeded', 'Long-serving': a hyphenated word
    ending in a lower-case participle (a name's parts are capitalised:
    'Jean-Alfred')."""
    w = text[tok.start:tok.end]
    _, sep, last = w.rpartition("-")
    return bool(sep) and len(last) >= 5 and last.islower() and last.endswith(("ed", "ing"))


def people_plural(n: str) -> bool:
    """'analysts', 'prosecutors', 'residents': people described in the plural."""
    if n in lex.PEOPLE_PLURALS or n in lex.GROUP_HEADS:
        return True
    if n.endswith("s") and n[:-1] in lex.DESCRIPTORS:
        return True  # 'Republicans', 'Conservatives', 'moderates': people of a side
    if len(n) >= 8 and n.endswith(("ists", "ians")) and n not in lex.DOCUMENT_NOUNS:
        return True  # 'physicists', 'epidemiologists', 'historians'
    if not n.endswith("s") or len(n) < 5:
        return False
    for b in (n[:-1], n[:-2] if n.endswith("es") else None, n[:-3] + "y" if n.endswith("ies") else None):
        if b and (b in TITLE_HEADS or b in lex.PERSON_NOUNS or b in lex.ORG_DESCRIPTORS):
            return True  # 'analysts', 'witnesses', and firms: 'rival manufacturers', 'companies'
    return False


@lru_cache(maxsize=1 << 14)
def nameish(nb: str) -> bool:
    return (
        nb not in PREPOSITIONS
        and
        nb not in TITLE_HEADS
        and nb not in HONORIFICS
        and nb not in DAYS_MONTHS
        and nb not in ORG_KEYWORDS
        and nb not in STOPWORDS
        and nb not in lex.GROUP_QUANTIFIERS  # 'Several told the paper'
        and not nb[:1].isdigit()
        and len(nb) > 1
    )


def _person_word(n: str) -> bool:
    """A noun for a person: a title, a relation, a role ('winner', 'husband')."""
    b = base(n)
    return (b in TITLE_HEADS or n in lex.GENDERED_ROLES or n in lex.PERSON_NOUNS
            or (len(b) >= 6 and b.endswith(AGENT_ENDINGS) and b not in STOPWORDS and b == n)
            or (role_shaped(b) and b == n))  # 'the groundsman, Phil Tate'



def _agent_after_det(toks: Sequence[Token], j: int) -> bool:
    """'the winner', 'her successor': an agent noun right after a determiner."""
    n = toks[j].norm
    return (j > 0 and (toks[j - 1].norm in ("the", "her", "his", "its", "their") or toks[j - 1].norm.endswith("'s"))
            and len(n) >= 5
            and n.endswith(("er", "or")) and n not in STOPWORDS)


def _title_of(toks: Sequence[Token], j: int) -> int | None:
    """'director of rugby', 'head of communications', 'the founder of photo
    app Snapwell': a lower-case title, 'of' and up to four words of its
    field or organisation, ending at toks[j]. The index of the title, or None."""
    k = j
    while k >= 2 and j - k < 4 and toks[k].norm.isalpha() and toks[k].norm not in STOPWORDS:
        if toks[k - 1].norm == "of" and toks[k - 2].norm in TITLE_HEADS:
            return k - 2
        if toks[k - 1].end + 1 != toks[k].start:
            return None
        k -= 1
    return None


def title_before(text: str, toks: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(role_start_index, title_end_index) when toks[i] is right after a title.

    "US Secretary of State Ana Ortiz": the title ends before "Ana"; the
    role phrase extends back over modifiers ("US", "Treasury", "Kenya’s lead").
    """
    j = i - 1
    if j < 0:
        return None
    pn = toks[j].norm
    if (text[toks[j].end:toks[i].start] == " " and pn not in TITLE_COMPLEMENTS and base(pn) not in TITLE_HEADS
            and not (len(pn) >= 6 and pn.endswith(AGENT_ENDINGS))):
        return None  # after a plain word and a space no branch below can hold (the common case, told at once)
    abbreviated = pn in lex.TITLE_ABBREVIATIONS and text[toks[j].end:toks[i].start] == ". " and is_cap(text, toks[j])
    if abbreviated:
        pass  # 'Sgt. Robert Kane', 'the Rev. Martin Osei': an abbreviated title and its full stop
    elif not gap_ok(text, toks[j], toks[i], " ["):
        # apposition after a title: "the union’s general secretary, Mick Lynch"
        two_words = i + 1 < len(toks) and is_cap(text, toks[i + 1]) and gap_ok(text, toks[i], toks[i + 1])
        if not (text[toks[j].end:toks[i].start] == ", " and two_words
                and (not is_cap(text, toks[j]) and (_person_word(toks[j].norm) or _agent_after_det(toks, j))
                     or _title_of(toks, j) is not None)):
            return None
    # "Secretary of State": complements after "of"
    k = j
    while k >= 0 and toks[k].norm in TITLE_COMPLEMENTS and k - 1 >= 0 and k >= j - 3:
        k -= 1
    if (k < j and toks[k].norm == "of" and k - 1 >= 0 and base(toks[k - 1].norm) in TITLE_HEADS
            and any(t.norm != "the" for t in toks[k + 1:j + 1])):
        head = k - 1
    elif base(toks[j].norm) in TITLE_HEADS and toks[j].norm == base(toks[j].norm) or abbreviated:
        head = j
    elif (_person_word(toks[j].norm) or _agent_after_det(toks, j)) and text[toks[j].end:toks[i].start] == ", ":
        head = j  # 'Her husband, Adam Doe', 'The winner, Jane Doe': a person described, then named
    elif _title_of(toks, j) is not None and text[toks[j].end:toks[i].start] == ", ":
        head = _title_of(toks, j)  # "Calder's director of rugby, Owen Jeffreys", "the founder of Snapwell, Erik Vahlberg"
    elif (not is_cap(text, toks[j]) and len(toks[j].norm) >= 6 and toks[j].norm.endswith(AGENT_ENDINGS)
          and toks[j].norm not in STOPWORDS and i + 1 < len(toks) and is_cap(text, toks[i + 1])
          and gap_ok(text, toks[i], toks[i + 1])):
        head = j  # only before a full (two-word) name
    else:
        return None
    start = head
    while start - 1 >= 0 and gap_ok(text, toks[start - 1], toks[start]) and head - start < 5:
        p = toks[start - 1]
        pn = base(p.norm)
        if pn in STOPWORDS and pn not in ("us",):
            break
        if is_cap(text, p) or pn in ROLE_MODIFIERS or pn in TITLE_HEADS or p.norm.endswith("'s"):
            start -= 1
            continue
        break
    return start, j + 1


def collect(registry: Registry, units: dict[str, list]) -> None:
    """Pass 1 over every source: create the anchored entities; then link the
    full names met without an anchor ('Elena Petrova won …') to people first
    met by surname alone ('Petrova said')."""
    unanchored: list[tuple[list[str], str]] = []
    for src in registry.sources:
        collect_source(registry, src, units[src.id], unanchored)
    settle_unanchored(registry, unanchored)


def collect_source(registry: Registry, src: Source, units: list, unanchored: list[tuple[list[str], str]]) -> None:
    """Pass 1 over one source (in story order: it reads and fills the
    registry): its anchored entities, and the full names it meets without
    an anchor appended to `unanchored`."""
    text = src.text
    toks = src.tokens
    recent: list[int] = []
    runs = registry.name_runs(src)
    starts = runs.starts
    for lo, hi in registry.unit_bounds(src, units):
        c = bisect_left(starts, lo)
        while c < len(starts) and starts[c] < hi:
            i = starts[c]
            end = runs[i]
            c += 1
            if end == i:
                continue
            if is_descriptor(text, toks, i, end):
                continue
            ent = _anchor(registry, src, toks, i, end, lo, hi, recent)
            if ent is not None:
                recent.append(ent.key)
                if ent.type == "organisation" and end - i < 4:
                    # an organisation's name may run past the name run ("Western Power
                    # Distribution"): its words are not looked at again as names
                    k = i + len(ent.norm.split())
                    if end < k <= hi and " ".join(base(t.fold) for t in toks[i:k]) == ent.norm:
                        end = k
            elif end - i > 1 and not _title_next(text, toks, end, hi):
                parts = [base(x.fold) for x in toks[i:end]]
                if _paired_full_name(registry, text, toks, runs, i, end, lo, hi):
                    # 'Two astronomers, Peter Hollins and Margaret Ashe, …': one of two
                    # people named side by side, an actor if a pronoun gives it words
                    ent = registry.person(parts, surface(text, toks, i, end), recent, weak=True)
                    recent.append(ent.key)
                else:
                    unanchored.append((parts, surface(text, toks, i, end)))
            if end - i == 1 and end + 3 <= hi and toks[end].norm == "and" and gap_ok(text, toks[i], toks[end]):
                # 'Dave and Linda Rowe': two first names sharing one surname
                e2 = name_run(text, toks, end + 1)
                if e2 - (end + 1) == 2 and gap_ok(text, toks[end], toks[end + 1]) and not toks[i].norm.endswith("s"):
                    last = toks[e2 - 1]
                    first_full = ([base(toks[i].fold), base(last.fold)],
                                  f"{text[toks[i].start:toks[i].end]} {text[last.start:surface_end(text, last)]}")
                    unanchored.append(first_full)
                    if ent is None and _plain_full_name(registry, toks, end + 1, e2) and _plain_full_name(
                            registry, [toks[i], last], 0, 2):
                        # 'Its owners, Grace and Tunde Bakare, …': both are people a
                        # pronoun or 'her husband' may stand for (actors only if they speak)
                        for parts, surf in (first_full, ([base(t.fold) for t in toks[end + 1:e2]],
                                                         surface(text, toks, end + 1, e2))):
                            recent.append(registry.person(parts, surf, recent, weak=True).key)
            c = bisect_left(starts, end, c)


def settle_unanchored(registry: Registry, unanchored: list[tuple[list[str], str]]) -> None:
    """After pass 1 over every source: full names met without an anchor
    join people first met by surname alone, and first names used alone."""
    for parts, surf in unanchored:
        if registry.known_surname(parts[-1]):
            known = [registry.entities[k] for k in registry.persons_named(parts[-1])]
            if any(e.type == "person" and e.first is None for e in known):
                registry.person(parts, surf)
    _first_names_alone(registry, unanchored)
    _first_names_as_aliases(registry)


def _subject_then_firm(reg: Registry, src: Source, parts: Sequence[str]) -> Entity | None:
    """'Norvia Air cancelled 300 flights … A spokeswoman for Norvia Air said
    … the airline said': a name met only as a sentence's subject (a weak
    person, with no title or gender), then given a spokeswoman, in an article
    that speaks of 'the airline' (or another kind of firm) as a speaker, is
    that firm. A person with a spokesman ('Jane Doe won the seat … a
    spokesman for Jane Doe') stays a person: nothing calls her a firm."""
    known = [reg.entities[k] for k in reg.persons_named(parts[-1])]
    match = [e for e in known if e.type == "person" and e.weak and not e.roles and not e.gender
             and any(tuple(parts) == f for f in e.full_names)]
    if len(match) != 1 or len(known) != 1:
        return None
    toks = src.tokens
    for k in range(len(toks) - 2):
        if (toks[k].norm == "the" and toks[k + 1].norm in lex.ORG_DESCRIPTORS
                and toks[k + 1].norm not in lex.GENERAL_FIRM_WORDS and toks[k + 2].norm in REPORTING_VERBS):
            reg.as_organisation(match[0].key)
            return match[0]
    return None


def _age_after(text: str, toks, end: int, hi: int) -> bool:
    """Does an age in commas follow the name ending at toks[end] ('Jane Doe, 63, …')?"""
    if end >= hi:
        return False
    t = toks[end]
    return (t.norm.isdigit() and len(t.norm) <= 3 and text[toks[end - 1].end:t.start] == ", "
            and text[t.end:t.end + 1] == ",")


def _plain_full_name(reg: Registry, toks, i: int, end: int) -> bool:
    """Two or three words none of which the story uses in lower case, as a
    place, after 'the', as a nationality or a descriptor."""
    if not 2 <= end - i <= 3:
        return False
    for t in toks[i:end]:
        b = base(t.norm)
        if (b in reg.lowercase_words or b in reg.placeish_words or b in reg.the_words or lex.nation_of(b)
                or b in lex.DESCRIPTORS or b in ORG_KEYWORDS or t.norm != b and t is not toks[end - 1]):
            return False
    return True


def _paired_full_name(reg: Registry, text: str, toks, runs, i: int, end: int, lo: int, hi: int) -> bool:
    """Is toks[i:end] a full name joined by 'and' to another full name
    ('Peter Hollins and Margaret Ashe')? Both must be plain full names."""
    if not _plain_full_name(reg, toks, i, end):
        return False
    if end + 1 < hi and toks[end].norm == "and" and text[toks[end - 1].end:toks[end + 1].start] == " and ":
        e2 = runs[end + 1] if end + 1 in runs.is_start else end + 1
        return _plain_full_name(reg, toks, end + 1, e2) and (e2 >= hi or base(toks[e2].norm) not in ORG_KEYWORDS)
    if i - 2 >= lo and toks[i - 1].norm == "and" and text[toks[i - 2].end:toks[i].start] == " and ":
        k = i - 2
        while k > lo and i - 1 - k < 3 and is_cap(text, toks[k - 1]) and gap_ok(text, toks[k - 1], toks[k]):
            k -= 1
        return k in runs.is_start and runs[k] == i - 1 and _plain_full_name(reg, toks, k, i - 1)
    return False


def _first_names_alone(reg: Registry, unanchored: list[tuple[list[str], str]]) -> None:
    """'Linda, 56, said' after 'Dave and Linda Rowe': a person met by a
    first name alone is the one person of the story with that first name
    (anchored, or met with it in a full name nowhere else anchored). The
    single name becomes an alias of the full one."""
    alone = {e.last: e for e in reg.entities
             if e.type == "person" and e.names and e.first is None and e.last and not e.full_names
             and reg.persons_named(e.last) == [e.key]}
    if not alone:
        return
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for e in reg.entities:
        if e.type == "person" and e.first is not None and len(e.first) > 1:
            for full in e.full_names or [(e.first, e.last or "")]:
                by_first.setdefault(e.first, set()).add(tuple(full))
    for parts, _surf in unanchored:
        if len(parts) > 1 and parts[0] in alone:
            by_first.setdefault(parts[0], set()).add(tuple(parts))
    surfaces = {tuple(p): sf for p, sf in unanchored}
    for first, single in alone.items():
        fulls = by_first.get(first, set())
        if len(fulls) != 1:
            continue  # nobody, or several people of that first name: unknown
        (full,) = fulls
        if len(full) < 2 or full[-1] == first:
            continue
        target = reg.person(list(full), surfaces.get(full, " ".join(w.title() for w in full)))
        if target.key == single.key:
            continue
        for n in single.names:
            target.add_name(n)
        for r in single.roles:
            target.add_role(r)
        target.learn_gender(single.gender)
        single.names.clear()
        reg.alias_surname(first, target.key)


def _kin_by_first_name(reg: Registry, text: str, toks, i: int, end: int, lo: int, recent) -> Entity | None:
    """'Omar Haddad and his wife Leila': a first name alone after 'his'/'her'
    and a relation is the relation of the person just named, with that
    person's surname and the relation's gender (so 'Mrs Haddad' can later be
    told from 'Mr Haddad'). Only a single word: 'his wife, Leila Haddad' is a
    full name of its own."""
    if end - i != 1 or i - 2 < lo or toks[i - 2].norm not in ("his", "her"):
        return None
    rel = toks[i - 1].norm
    if rel not in lex.RELATION_NOUNS or text[toks[i - 2].end:toks[i - 1].start] != " " \
            or text[toks[i - 1].end:toks[i].start] not in (" ", ", "):
        return None
    first = base(toks[i].fold)
    owner = None
    if i - 3 > lo and toks[i - 3].norm == "and" and text[toks[i - 3].end:toks[i - 2].start] == " ":
        k = i - 3  # 'Omar Haddad and his wife Leila': the full name before 'and'
        while k - 1 >= lo and i - 3 - k < 3 and is_cap(text, toks[k - 1]) and gap_ok(text, toks[k - 1], toks[k]):
            k -= 1
        if k < i - 3 and _plain_full_name(reg, toks, k, i - 3):
            owner = reg.person([base(t.fold) for t in toks[k:i - 3]], surface(text, toks, k, i - 3), recent, weak=True)
    if owner is None:
        owner = next((reg.entities[k] for k in reversed(recent[-6:])
                      if reg.entities[k].type == "person" and reg.entities[k].first and reg.entities[k].last), None)
    if owner is None or owner.first == first or reg.known_surname(first) or first in reg.lowercase_words:
        return None
    new = not reg.persons_named(owner.last) or all(reg.entities[k].first != first for k in reg.persons_named(owner.last))
    words = owner.names[0].split()
    family_name = " ".join(words[1:]) if 2 <= len(words) <= 4 else words[-1]  # ('Siôn ap Gwilym' → 'ap Gwilym')
    ent = reg.person([first, owner.last], f"{text[toks[i].start:toks[i].end]} {family_name}", recent, weak=True)
    if new:
        ent.kin = True
        ent.add_name(text[toks[i].start:toks[i].end])  # the text calls them so
    ent.learn_gender(lex.GENDERED_ROLES.get(rel, ""))
    owner.learn_gender("m" if toks[i - 2].norm == "his" else "f")
    return ent


def _first_names_as_aliases(reg: Registry) -> None:
    """'Rosa started the course …' after 'Rosa Delgado, 52, and her daughter
    Lucia Delgado': a first name alone, with no verb of speech beside it, is
    still a mention of the one person of the story with that first name, so
    a pronoun after it can pick that person. Not when two people share the
    first name, when it is also someone's surname, or when the story uses
    the word in lower case, as a place or as an organisation."""
    by_first: dict[str, set[int]] = {}
    for e in reg.entities:
        if e.type == "person" and e.first and e.last and len(e.first) > 2 and e.names:
            by_first.setdefault(e.first, set()).add(e.key)
    for first, keys in by_first.items():
        if (len(keys) == 1 and not reg.known_surname(first) and first not in reg.lowercase_words
                and not reg.looks_placeish(first) and reg.find_org(first) is None
                and first not in STOPWORDS and not lex.nation_of(first)):
            reg.alias_surname(first, next(iter(keys)))


def name_starts(text: str, toks: Sequence[Token]) -> list[int]:
    """Every token that can start a name (capitalised, name-like or an
    acronym, not completing a title), in order. Pure, so both passes read
    it from one list per source (`Registry.name_runs`)."""
    return [i for i in [k for k, t in enumerate(toks) if text[t[0]].isupper()]
            if ((nameish(base(toks[i].norm)) or is_acronym(text, toks, i)) and not complement_at(toks, i))
            or given_name_word(text, toks, i)]


def _anchor(reg: Registry, src: Source, toks, i: int, end: int, lo: int, hi: int, recent) -> Entity | None:
    text = src.text
    parts = [base(t.fold) for t in toks[i:end]]
    # (the surface form is made only on the paths that create or name an actor)
    nxt = toks[end] if end < hi else None
    prev = toks[i - 1] if i > lo else None
    if _title_next(text, toks, end, hi) or _lower_title_next(text, toks, end, hi):
        return None  # "Interior Minister Jane Doe", "City manager Jane Doe": part of a title
    if end - i == 1 and i - 2 >= lo and toks[i - 1].norm in lex.RELATION_NOUNS:
        kin = _kin_by_first_name(reg, text, toks, i, end, lo, recent)
        if kin is not None:
            return kin
    connected = org_name_end(text, toks, i, end, hi)
    if connected > end:
        # "Citizens for Fair Transit": a name joined by of/for is an organisation
        return reg.org(" ".join(base(t.fold) for t in toks[i:connected]), surface(text, toks, i, connected))
    # Organisation names: a capitalised run ending in an org keyword ("State
    # Department"), or a name beside a media noun ("Nordpress news agency").
    if nxt is not None and gap_ok(text, toks[end - 1], nxt) and base(nxt.norm) in ORG_KEYWORDS and is_cap(text, nxt):
        j = end
        while j < hi and j - end < 3 and is_cap(text, toks[j]) and base(toks[j].norm) in ORG_KEYWORDS:
            j += 1
        after = toks[j] if j < hi else None
        if after is not None and base(after.norm) in TITLE_HEADS and gap_ok(text, toks[j - 1], after):
            return None  # "European Council President …": part of a role
        j = _name_goes_on(text, toks, j, hi)  # "Western Power Distribution"
        norm = " ".join(base(t.fold) for t in toks[i:j])
        return reg.org(norm, surface(text, toks, i, j))
    if _org_described_before(text, toks, i, lo):
        # "the regulator, Ofwat," / "according to the operator, Ferrovie
        # Pedemontane": a name in apposition to a kind of organisation
        known = [reg.entities[k] for k in reg.persons_named(parts[-1])] if len(parts) == 1 else []
        for e in known:
            if e.type == "person" and e.first is None and not e.roles and not e.gender:
                reg.as_organisation(e.key)  # met before only as a subject ("Ofwat said")
        return reg.org(" ".join(parts), surface(text, toks, i, end))
    if i >= 2 and toks[i - 1].norm == "for" and base(toks[i - 2].norm) in SPOKES_HEADS:
        if not reg.known_surname(parts[-1]):
            return reg.org(" ".join(parts), surface(text, toks, i, end))  # "a spokeswoman for Greenfield Events"
        firm = _subject_then_firm(reg, src, parts)
        if firm is not None:
            return firm
    if nxt is not None and nxt.norm in MEDIA_NOUNS or (
        nxt is not None and nxt.norm == "news" and end + 1 < hi and toks[end + 1].norm in MEDIA_NOUNS
    ):
        return reg.org(" ".join(parts), surface(text, toks, i, end), media=True)
    if (prev is not None and prev.norm in lex.ORG_DESCRIPTORS and (not is_cap(text, prev) or i - 1 == lo)
            and gap_ok(text, prev, toks[i])
            and prev.norm not in MEDIA_NOUNS and not reg.known_surname(parts[-1])):
        e2 = end
        while e2 < hi and e2 - i < 6 and is_cap(text, toks[e2]) and gap_ok(text, toks[e2 - 1], toks[e2]):
            e2 += 1  # a name's capitalised small words: "Save Our Shelves"
        return reg.org(" ".join(base(t.fold) for t in toks[i:e2]), surface(text, toks, i, e2))
        # ("campaign group Save Our Shelves", "the carmaker Velto")
    if (prev is not None and prev.norm in ("named", "called") and i - 2 >= lo and gap_ok(text, prev, toks[i])
            and base(toks[i - 2].norm) in TITLE_HEADS and end - i >= 2):
        ent = reg.person(parts, surface(text, toks, i, end), recent)  # 'a retired teacher named Jane Doe'
        ent.add_role(text[toks[i - 2].start:toks[i - 2].end])
        return ent
    if nxt is not None and len(parts) == 1 and i == lo and nxt.norm in ("have", "are", "were") and gap_ok(text, toks[i], nxt) \
            and not reg.known_surname(parts[0]) and parts[0] not in reg.lowercase_words and not toks[i].norm.endswith("s") \
            and not people_plural(toks[i].norm):  # 'Staff were told' is people, not a team
        # 'Rivermouth have signed a striker': a plural verb after one name is a team or a firm
        return reg.org(" ".join(parts), surface(text, toks, i, end), weak=True)
    if prev is not None and prev.norm in MEDIA_NOUNS and gap_ok(text, prev, toks[i]):
        ent = reg.org(" ".join(parts), surface(text, toks, i, end), media=True)
        r = title_before_media(text, toks, i - 1, lo)
        if r:
            ent.add_role(r)
        return ent
    tb = title_before(text, toks, i)
    if tb is not None and not (len(parts) == 1 and base(toks[i].norm) in reg.placeish_words):
        rs, te = tb
        surf = surface(text, toks, i, end)
        ent = reg.person(parts, surf, recent)
        title = text[toks[rs].start:toks[te - 1].end]
        ent.add_role(title)
        head_tok = toks[te - 1]
        if rs == te - 1 and base(head_tok.norm) in TITLE_HEADS and is_cap(text, head_tok):
            dot = "." if text[head_tok.end:head_tok.end + 1] == "." else ""  # 'Sgt. Robert Kane'
            ent.add_name(f"{text[head_tok.start:head_tok.end]}{dot} {surf}")
        return ent
    if prev is not None and base(prev.norm) in HONORIFICS and all(c in ". " for c in text[prev.end:toks[i].start]):
        surf = surface(text, toks, i, end)
        ent = reg.person(parts, surf, recent, gender=lex.HONORIFICS.get(base(prev.norm), ""))
        ent.learn_gender(lex.HONORIFICS.get(base(prev.norm), ""))
        ent.add_name(text[prev.start:prev.end] + ("." if text[prev.end:prev.end + 1] == "." else "") + " " + surf)
        return ent
    # A title in apposition: "Jane Doe, the chief negotiator," / "named Jane Doe as its chief executive"
    role = title_after(text, toks, end, hi)
    if role is not None and not any(p in reg.placeish_words for p in parts) and reg.find_org(" ".join(parts)) is None:
        ent = reg.person(parts, surface(text, toks, i, end), recent)
        ent.add_role(role)
        return ent
    # Beside a reporting verb: "Jane Doe said", "says Jane Doe".
    after_prep = prev is not None and prev.norm in PREPOSITIONS and not is_cap(text, prev) and gap_ok(text, prev, toks[i])
    speaks = (_verb_after(text, toks, end, hi) and not after_prep) or _verb_before(text, toks, i, lo)
    known = reg.known_surname(parts[-1]) or reg.find_org(" ".join(parts)) is not None
    if (not known and speaks and nxt is not None and nxt.norm == "which"
            and text[toks[end - 1].end:nxt.start] == ", "):
        # "SkyBlue, which operates 40 flights a day, said": 'which' is never said of a person
        return reg.org(" ".join(parts), surface(text, toks, i, end))
    if known:
        return _link_known(reg, parts, surface(text, toks, i, end), recent)
    if not speaks:
        if (end + 1 < hi and toks[end].norm == "who" and text[toks[end - 1].end:toks[end].start] == ", "
                and _plain_full_name(reg, toks, i, end)):
            # "the reaction of Rachel Enwright, who chairs …": 'who' is said of
            # people only, so a full name before it is a person's
            return reg.person(parts, surface(text, toks, i, end), recent, weak=True)
        if end < hi and toks[end].norm[:1].isdigit() and _age_after(text, toks, end, hi) \
                and _plain_full_name(reg, toks, i, end):
            # "the words of Dennis Mabry, 63, who …": an age in commas is
            # said of people only (a firm's founding year has four digits)
            return reg.person(parts, surface(text, toks, i, end), recent, weak=True)
        if _subject_name(reg, text, toks, i, end, lo, hi):
            # "Amira Haddad won the title": a full name as a sentence's
            # subject, kept only if the person speaks somewhere
            return reg.person(parts, surface(text, toks, i, end), recent, weak=True)
        return None
    first_word = i == lo or (prev is not None and text[prev.end:toks[i].start].strip(" ") and
                              text[prev.end:toks[i].start].strip(" ")[-1] in ".!?:;\n")
    if len(parts) == 1:
        nb = base(toks[i].norm)
        if nb in lex.DESCRIPTORS or nb.endswith("s") and nb[:-1] in lex.DESCRIPTORS:
            return None  # 'Incumbent concedes', 'Republicans said': a description, not a name
        if first_word and (nb in reg.lowercase_words or people_plural(toks[i].norm) or (
                nb.endswith(("ers", "ors", "ists", "ians", "ants", "ents")) and len(nb) > 5)):
            return None  # "Officials said", "Inspectors said": a common word at a sentence start
        if toks[i].norm.isupper() or text[toks[i].start:toks[i].end].isupper() and len(nb) <= 5:
            return reg.org(" ".join(parts), surface(text, toks, i, end))  # an acronym
        if reg.looks_placeish(toks[i].norm):
            return reg.org(" ".join(parts), surface(text, toks, i, end), placeish=True)
        return reg.person(parts, surface(text, toks, i, end), recent)
    if any(p in reg.placeish_words or p in reg.the_words for p in parts):
        return None
    if base(toks[end - 1].norm) in lex.ADDRESS_WORDS:
        # "Downing Street said": an address standing for who works there
        return reg.org(" ".join(parts), surface(text, toks, i, end), placeish=True)
    if prev is not None and prev.norm == "the" and gap_ok(text, prev, toks[i]):
        # "The Financial Ledger reported": a name after 'the' is an institution's, never a person's
        return reg.org(" ".join(parts), surface(text, toks, i, end))
    return reg.person(parts, surface(text, toks, i, end), recent)


#: Kinds of organisation that a name in apposition after them is the name
#: of ("the regulator, Ofwat,"): organisation descriptors and bodies, not
#: the sides of a trial or a jury, which are people.
_ORG_KINDS = (lex.ORG_DESCRIPTORS | lex.BODY_NOUNS) - lex.SIDE_NOUNS - frozenset("panel jury inquiry tribunal".split())


#: Kinds that name a person as well as a firm ('her publisher', 'the producer').
_PERSON_OR_FIRM = frozenset("publisher producer developer operator supplier provider maker manufacturer owner".split())


def _org_described_before(text: str, toks, i: int, lo: int) -> bool:
    """Is the name at toks[i] in apposition to a kind of organisation ('the
    regulator, Ofwat', 'its insurer, Brightline', 'the operator, Ferrovie
    Pedemontane')? The kind comes after a determiner or possessive and is
    not the object of a preposition ('a spokesperson for the airline, Tom
    Hale' names a person)."""
    j = i - 1
    if j - 1 < lo or text[toks[j].end:toks[i].start] != ", " or is_cap(text, toks[j]):
        return False
    if toks[j].norm not in _ORG_KINDS:
        # 'the operator of the line, Ferrovie Pedemontane': the kind, then what it runs
        j = next((x for x in range(j - 2, max(lo, j - 4) - 1, -1)
                  if toks[x].norm in _ORG_KINDS and toks[x + 1].norm == "of"
                  and all(gap_ok(text, toks[y], toks[y + 1]) and not is_cap(text, toks[y + 1]) for y in range(x, i - 1))), None)
        if j is None or j - 1 < lo:
            return False
    d = j - 1
    while d > lo and j - d < 3 and toks[d].norm not in ("the", "its", "their", "his", "her", "our") \
            and not toks[d].norm.endswith("'s") and gap_ok(text, toks[d], toks[d + 1]) and not is_cap(text, toks[d]):
        d -= 1  # 'the state water regulator'
    if not (toks[d].norm in ("the", "its", "their", "his", "her", "our") or toks[d].norm.endswith("'s")):
        return False
    if not gap_ok(text, toks[d], toks[d + 1]):
        return False
    if toks[d].norm in ("his", "her") and toks[j].norm in _PERSON_OR_FIRM:
        return False  # 'Her publisher, Tobias Wren': a person's publisher is a person as often as a firm
    return not (d - 1 >= lo and toks[d - 1].norm in ("for", "of", "at", "with", "from"))


def _name_goes_on(text: str, toks, j: int, hi: int) -> int:
    """End of an organisation's name that goes on after its organisation
    word ('Western Power Distribution'): one or two more capitalised name
    words, then a lower-case word. Else j."""
    k = j
    while k < hi and k - j < 2 and is_cap(text, toks[k]) and nameish(base(toks[k].norm)) \
            and toks[k].norm == base(toks[k].norm) and gap_ok(text, toks[k - 1], toks[k]):
        k += 1
    if k > j and k < hi and gap_ok(text, toks[k - 1], toks[k]) and not is_cap(text, toks[k]) \
            and base(toks[k].norm) not in TITLE_HEADS:
        return k
    return j


def _lower_title_next(text: str, toks, end: int, hi: int) -> bool:
    """'City manager Ross Mackay': a lower-case title and then a name follow."""
    return (end + 1 < hi and not is_cap(text, toks[end]) and base(toks[end].norm) in TITLE_HEADS
            and gap_ok(text, toks[end - 1], toks[end]) and gap_ok(text, toks[end], toks[end + 1])
            and is_cap(text, toks[end + 1]))


def _title_next(text: str, toks, end: int, hi: int) -> bool:
    """Is the run followed by a capitalised title and a name ('Interior Minister Jane Doe')?"""
    return (end + 1 < hi and is_cap(text, toks[end]) and base(toks[end].norm) in TITLE_HEADS
            and gap_ok(text, toks[end - 1], toks[end]) and gap_ok(text, toks[end], toks[end + 1])
            and is_cap(text, toks[end + 1]))


def org_name_end(text: str, toks, i: int, end: int, hi: int) -> int:
    """End of an organisation name that joins capitalised words with a
    preposition ('Citizens for Fair Transit', 'Doctors Without Borders'):
    a plural noun, the preposition, then a capitalised run. Else `end`."""
    if end - i != 1 or end + 1 >= hi:
        return end
    w = text[toks[i].start:toks[i].end]
    c = toks[end]
    if not (w.endswith("s") and len(w) >= 5 and base(toks[i].norm) not in HONORIFICS and c.norm in ORG_CONNECTORS
            and gap_ok(text, toks[i], c)):
        return end
    k = end + 1
    if k < hi and toks[k].norm == "the" and gap_ok(text, c, toks[k]):
        k += 1
    elif c.norm == "of" and people_plural(toks[i].norm):
        return end  # "Residents of Millbrook": people of a place, not an organisation's name
    j = k
    while j < hi and j - k < 4 and is_cap(text, toks[j]) and gap_ok(text, toks[j - 1], toks[j]) and toks[j].norm == base(toks[j].norm):
        j += 1
    if j == k or base(toks[j - 1].norm) in ORG_KEYWORDS or (j < hi and base(toks[j].norm) in ORG_KEYWORDS):
        return end  # "Shareholders of Castellan Mining": the organisation is the part after "of"
    return j


#: Party labels that head an apposition as a role does (', a Republican from Montana,').
_PARTY_WORDS = frozenset("republican democrat conservative liberal socialist centrist independent".split())


def title_after(text: str, toks, end: int, hi: int) -> str | None:
    """The role in apposition after a name: ', the chief negotiator', ', a
    senior analyst at …', ', chief strategist at …', ' as its chief executive'."""
    if end >= hi or toks[end - 1].norm.endswith("'s"):
        return None
    g = text[toks[end - 1].end:toks[end].start]
    j = end
    if g == " " and toks[j].norm == "as":
        j += 1
    elif g != ", ":
        return None
    elif toks[j].norm.isdigit() and j + 1 < hi and text[toks[j].end:toks[j + 1].start] == ", ":
        j += 1  # 'Jane Doe, 44, a mother of three': the age, then the role
    s = j
    if j < hi and (toks[j].norm in ("the", "a", "an", "its", "his", "her", "their") or toks[j].norm.endswith("'s")):
        j += 1
    k = j
    while k < hi and k - j < 5:
        if k > s and not gap_ok(text, toks[k - 1], toks[k]):
            return None
        n = base(toks[k].norm)
        if ((n in TITLE_HEADS or n in lex.GENDERED_ROLES) and not is_cap(text, toks[k])
                or n in _PARTY_WORDS and k > s) and toks[k].norm == n:
            # the head ends the phrase, or a compound title continues it ('chief executive')
            if k + 1 < hi and base(toks[k + 1].norm) in TITLE_HEADS and gap_ok(text, toks[k], toks[k + 1]):
                k += 1
            nxt = toks[k + 1] if k + 1 < hi else None
            if nxt is None or not gap_ok(text, toks[k], nxt) or nxt.norm in PREPOSITIONS or nxt.norm in (
                    "and", "who", "whose", "since"):
                # ', a midwife who has worked there for years': the role, then what describes it
                return text[toks[s].start:toks[k].end]
            return None
        if n in ROLE_MODIFIERS or n in lex.DESCRIPTORS or is_cap(text, toks[k]) or (
                n.isalpha() and n not in STOPWORDS and not n.endswith(("ed", "ing"))):
            k += 1
            continue
        return None
    return None


def _subject_name(reg: Registry, text: str, toks, i: int, end: int, lo: int, hi: int) -> bool:
    """Two or three capitalised words opening a sentence and followed by a
    finite verb, none of them a word the story uses in lower case, a place,
    a nationality or a descriptor: a person's full name."""
    if not 2 <= end - i <= 3 or end >= hi:
        return False
    if i != lo and not (i == lo + 1 and is_descriptor(text, toks, lo, end)):
        return False  # (after a word describing the person: 'Regular Trevor Holt blasted')
    v_at = skip_apposition(text, toks, end, hi)  # "Olga Petrenko, 82, has lived"
    if v_at is None or (v_at == end and not gap_ok(text, toks[end - 1], toks[end])):
        return False
    end_v = v_at
    v = toks[end_v].norm
    present = (v.endswith("s") and not v.endswith(("ss", "us", "is", "'s")) and len(v) > 3 and v.isalpha()
               and end_v + 1 < hi and gap_ok(text, toks[end_v], toks[end_v + 1])
               and base(toks[end - 1].norm) not in lex.ADDRESS_WORDS)  # 'Jean Arkwright stands behind …', not 'Mill Road runs …'
    if not (v in lex.FINITE or v in lex.IRREGULAR_PAST or (v.endswith("ed") and len(v) > 4) or present) \
            or is_cap(text, toks[end_v]):
        return False
    for t in toks[i:end]:
        b = base(t.norm)
        if (b in reg.lowercase_words or b in reg.placeish_words or b in reg.the_words or lex.nation_of(b)
                or b in lex.DESCRIPTORS or t.norm != b and t is not toks[end - 1] or "-" in b and not _hyphen_name(text, t)):
            return False
    return True


def _hyphen_name(text: str, t: Token) -> bool:
    """'Jean-Luc', 'Mei-Ling', 'Smith-Jones': capitalised halves, neither a
    place or people ('Anglo-French' is not a name)."""
    parts = text[t.start:t.end].split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and len(p) > 1 and not lex.nation_of(p.lower())
                                   for p in parts)


def title_before_media(text: str, toks, j: int, lo: int) -> str | None:
    """'Russian state news agency' before 'RIA'."""
    s = j
    while s - 1 >= lo and gap_ok(text, toks[s - 1], toks[s]) and j - s < 4:
        p = toks[s - 1]
        if base(p.norm) in STOPWORDS:
            break
        if is_cap(text, p) or p.norm in ROLE_MODIFIERS or p.norm == "news":
            s -= 1
            continue
        break
    return text[toks[s].start:toks[j].end]


def _link_known(reg: Registry, parts, surface, recent) -> Entity | None:
    org = reg.find_org(" ".join(parts))
    if org is not None:
        org.add_name(surface)
        return org
    return reg.person(parts, surface, recent)


_CLOSES_APPOSITION = re.compile(r"[.;:!?“”\"()]")
_QUOTE_END = re.compile(r"[,”\"’'»]\s*$")


def skip_apposition(text: str, toks, end: int, hi: int) -> int | None:
    """Index after ', a senior analyst at Northwind Capital,' or ', 82,' when
    one follows the name ending at `end`; `end` when none does; None when a
    comma opens something that does not close before the sentence ends."""
    if not (end - 1 > 0 and end < hi and text[toks[end - 1].end:toks[end].start] == ", "):
        return end
    for k in range(end + 1, min(hi, end + 20)):
        g = text[toks[k - 1].end:toks[k].start]
        if _CLOSES_APPOSITION.search(g):
            return None
        if "," in g:
            return k
    return None


def _verb_after(text: str, toks, end: int, hi: int) -> bool:
    """'Okafor said', 'Novak had previously stated' (no comma in between)."""
    if toks[end - 1].norm.endswith("'s"):
        return False  # "Russia’s claim": a possessive before a noun
    if end < hi and text[toks[end - 1].end:toks[end].start] == ", " and toks[end].norm in REPORTING_VERBS \
            and not is_proper(text, toks[end]):
        return True  # "His barrister, Jane Doe, said": the name closes an apposition
    j = skip_apposition(text, toks, end, hi)
    for _ in range(2):
        # "Jane Doe, 71, who has lived here for 40 years, said": appositions in a row
        if j is None or j == end or j >= hi or text[toks[j - 1].end:toks[j].start] != ", ":
            break
        nxt = skip_apposition(text, toks, j, hi)
        if nxt is None or nxt == j:
            break
        j = nxt
    if j is None:
        return False
    if (j == end and j + 1 < hi and toks[j].norm in ("from", "of") and gap_ok(text, toks[j - 1], toks[j])
            and (end - 1 > 0 and is_proper(text, toks[end - 2]) and gap_ok(text, toks[end - 2], toks[end - 1])
                 or not toks[end - 1].norm.endswith("s"))):
        # 'Sandra Holt from Oakham said', 'Jan Novak of Brno said': where the
        # speaker is from, then the verb (one plural word, 'Residents of
        # Oakham said', is a group, not a name)
        k = j + 1
        while k < hi and k - j <= 3 and is_proper(text, toks[k]) and gap_ok(text, toks[k - 1], toks[k]):
            k += 1
        if k > j + 1:
            j = k
    while j < hi and j - end < 3 and toks[j].norm in VERB_GLUE and gap_ok(text, toks[j - 1], toks[j]):
        j += 1
    if j >= hi or (j == end and not gap_ok(text, toks[j - 1], toks[j])) or is_proper(text, toks[j]):
        return False
    v = toks[j].norm
    # Inflected forms only: a bare 'state'/'claim'/'report' after a
    # capitalised word is a noun ("Russian state news agency").
    return v in REPORTING_VERBS and (v.endswith(("ed", "s")) or v in ("said", "told", "wrote", "thought"))


def _verb_before(text: str, toks, i: int, lo: int) -> bool:
    """Inverted order: '…,” says Jane Doe' / '…,” warned hydrologist Jane Doe'."""
    j = i - 1
    while j >= lo and i - j <= 3 and not is_cap(text, toks[j]) and toks[j].norm not in REPORTING_VERBS \
            and gap_ok(text, toks[j], toks[j + 1]) and toks[j].norm not in STOPWORDS:
        j -= 1  # the role words between verb and name
    if j < lo:
        return False
    i = j + 1
    p = toks[i - 1]
    if not (p.norm in ("continued", "continues") or (
            p.norm in REPORTING_VERBS and p.norm.endswith(("ed", "s")) or p.norm in lex.IRREGULAR_PAST)) \
            or is_proper(text, p):
        return False
    before = text[toks[i - 2].end:p.start] if i - 2 >= lo else text[max(0, p.start - 3):p.start]
    return bool(_QUOTE_END.search(before))
