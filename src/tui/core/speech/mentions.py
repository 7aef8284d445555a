"""Mentions: every reference to an actor in one article, resolved: names,
role phrases ("the Kenyan leader", "a company spokeswoman"), organisations
described rather than named ("the airline", "it said"), groups ("European
leaders") and pronouns (he/she by gender where the text tells it, never an
organisation).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter, methodcaller

from ..lexicon import speech as lex
from ..lexicon.speech import DETS, GROUP_HEADS, GROUP_PRONOUNS, GROUP_QUANTIFIERS, MEDIA_NOUNS, NAME_PARTICLES, ORG_KEYWORDS, PERSON_PRONOUNS, ROLE_MODIFIERS, SPOKES_HEADS, TITLE_COMPLEMENTS, TITLE_HEADS, VERB_GLUE
from ..model import Source, Token
from ..text import STOPWORDS
from .names import _name_goes_on, complement_at, is_descriptor, name_run, nameish, org_name_end, title_before
from .registry import Entity, narrow_by_gender, Registry, same_name, without_postnominals
from .words import base, family, gap_ok, is_acronym, is_cap, is_proper, nation, REPORTING_VERBS, role_heads_of, surface_end, role_shaped


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: int | None
    kind: str  # name | org | role | pronoun | group


def mentions(reg: Registry, src: Source, units: Sequence[tuple[int, int, int]],
             quoted: Sequence[tuple[int, int]]) -> list[Mention]:
    """All mentions in the body of `src` (outside quotes), in order, resolved.

    `units` are quote-aware sentences (start, end, paragraph); `quoted` the
    content ranges of quotes, whose words are the speaker's, not the writer's.
    """
    toks = src.tokens
    text = src.text
    norms = list(map(itemgetter(2), toks))
    # tokens a role phrase needs one of (see _role_or_group), and where each
    # run of name tokens ends (shared with pass 1)
    head_at = list(compress(range(len(toks)), map(_HEADISH.__contains__, norms)))
    if "-year-old" in "\n".join(norms):  # ("the 14-year-old said"): rare, so looked for only then
        head_at = sorted(set(head_at).union(k for k, nm in enumerate(norms) if "-year-old" in nm))
    # roles by their shape ('the harbourmaster said'): each distinct word looked at once
    shaped = {nm for nm in filter(_SHAPED_END, set(norms)) if role_shaped(base(nm)) and nm not in _HEADISH}
    if shaped:
        head_at = sorted(set(head_at).union(compress(range(len(toks)), map(shaped.__contains__, norms))))
    run_end = reg.name_runs(src)
    cands = _candidates(text, toks, norms, quoted, head_at, run_end.starts)
    out: list[Mention] = []
    recent: list[int] = []  # entity keys in order of mention (trimmed as it grows)
    last_unit: dict[int, int] = {}  # entity key → the sentence that last mentioned it
    unit_of: list[int] = []  # for each mention, its sentence's number
    unnamed: set[int] = set()  # sentences opening with an unnamed person ('A neighbour, who …, said')
    qstarts = [q[0] for q in quoted]
    ncand = len(cands)
    ui = -1
    for (us, ue, _p), (lo, hi) in zip(units, reg.unit_bounds(src, units)):
        # Sentences are counted for pronoun distance; a paragraph that is all
        # quotation (a long quote running over paragraphs) names nobody and
        # does not push its speaker out of reach.
        k = bisect.bisect_right(qstarts, toks[lo].start) - 1 if lo < hi else -1
        if not (k >= 0 and quoted[k][0] <= toks[lo].start and quoted[k][1] >= toks[hi - 1].end):
            ui += 1
            if text[us:us + 1] in _UNNAMED_FIRST and _unnamed_opening(text, us, ue):
                unnamed.add(ui)
        # only tokens that can start a mention are tried (see _candidates):
        # every other token would give no mention and change nothing
        c = bisect.bisect_left(cands, lo)
        while c < ncand:
            i = cands[c]
            if i >= hi:
                break
            m, nxt = _mention_at(reg, src, toks, i, lo, hi, out, unit_of, units, ui, recent, head_at, run_end,
                                 last_unit, unnamed)
            if m is not None:
                out.append(m)
                unit_of.append(ui)
                if m.entity is not None:
                    recent.append(m.entity)
                    last_unit[m.entity] = ui
                    if len(recent) > 400:
                        del recent[:200]
            nxt = max(nxt, i + 1)
            c += 1
            if c < ncand and cands[c] < nxt:
                c = bisect.bisect_left(cands, nxt, c)
    return out


_TITLES_BEFORE_NAMES = TITLE_HEADS | frozenset(lex.HONORIFICS)
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | {"it", "his", "her"}  # his/her: a possessive tells a gender
_DETQ = DETS | GROUP_QUANTIFIERS
_ONES = b"\x01" * 8
#: Every word the first rules of `_mention_at` start from
_PRONOUNS_OR_THE = PERSON_PRONOUNS | GROUP_PRONOUNS | {"it", "his", "her", "the"}


def _candidates(text: str, toks: Sequence[Token], norms: Sequence[str], quoted: Sequence[tuple[int, int]],
                head_at: Sequence[int], run_starts: Sequence[int]) -> list[int]:
    """Indices of the tokens `_mention_at` can find a mention at, outside
    quotes, listed once per source (the scan skips the rest): pronouns,
    tokens that start a name, and determiners, quantifiers, possessives and
    capitalised words with a role phrase's head in reach. Any other token
    gives no mention and changes nothing.

    A token is inside a quote when the last quote starting at or before it
    has not ended (the quotes are in order of start)."""
    n = len(toks)
    near = bytearray(n)  # a head within the next seven tokens
    for h in head_at:
        a = h - 6 if h >= 6 else 0
        near[a:h + 1] = _ONES[:h + 1 - a]
    cand = set(run_starts)
    cand.update(compress(range(n), map(_PRONOUNS.__contains__, norms)))
    for i in compress(range(n), near):
        nm = norms[i]
        if nm in _DETQ or nm.endswith("'s") or text[toks[i][0]].isupper():
            cand.add(i)
    cand = sorted(cand)
    if not quoted or not cand:
        return cand
    starts = list(map(itemgetter(0), toks))
    inside = bytearray(n)
    for k, (qs, qe) in enumerate(quoted):
        # quote k decides for the offsets from its start to the next quote's start
        e = min(qe, quoted[k + 1][0]) if k + 1 < len(quoted) else qe
        if e > qs:
            a, b = bisect.bisect_left(starts, qs), bisect.bisect_left(starts, e)
            inside[a:b] = b"\x01" * (b - a)
    return [i for i in cand if not inside[i]]


def _mention_at(reg: Registry, src: Source, toks, i, lo, hi, out, unit_of, units, ui, recent, head_at=None,
                run_end=None, last_unit=None, unnamed=frozenset()):
    text = src.text
    t = toks[i]
    # Pronouns, possessives and 'the 52-year-old' (one look-up passes over
    # the other tokens, most of them: names and role phrases)
    if t.norm in _PRONOUNS_OR_THE:
        if t.norm in PERSON_PRONOUNS:
            gender = "f" if t.norm.startswith("she") else "m"
            ent = _resolve_pronoun(reg, out, unit_of, ui, units, person=True, gender=gender, text=text, unnamed=unnamed)
            if ent is not None:
                reg.entities[ent].learn_gender(gender)
            return Mention(t.start, t.end, ent, "pronoun"), i + 1
        if t.norm == "it" and _speaks_next(text, toks, i + 1, hi):
            # "It said that …": the organisation last named, never a person
            return Mention(t.start, t.end, recent_org(reg, recent), "pronoun"), i + 1
        if t.norm in GROUP_PRONOUNS:
            ent = _resolve_pronoun(reg, out, unit_of, ui, units, person=False)
            return Mention(t.start, t.end, ent, "pronoun"), i + 1
        if t.norm in ("his", "her") and i + 1 < hi and toks[i + 1].norm in _RELATIONS:
            kin = _kin_of_same_surname(reg, text, toks, i, hi, out, unit_of, ui, units)
            if kin is not None:
                return Mention(t.start, toks[i + 1].end, kin, "role"), i + 2
        if t.norm in ("his", "her") and i + 1 < hi and toks[i + 1].norm in lex.STANCE_NOUNS and _colon_soon(text, toks, i + 1, hi):
            # 'Her verdict: …', 'His message was clear: …': the owner of what is
            # said after the colon speaks, found as for 'she'
            gender = "f" if t.norm == "her" else "m"
            ent = _resolve_pronoun(reg, out, unit_of, ui, units, person=True, gender=gender, text=text)
            return Mention(t.start, t.end, ent, "pronoun"), i + 1
        if t.norm in ("his", "her") and i + 1 < hi and text[t.end:toks[i + 1].start] == " " \
                and toks[i + 1].norm not in STOPWORDS and toks[i + 1].norm.isalpha():
            # A possessive ties its owner to a gender ('Maria Castell has run her
            # shop'); it makes no mention of its own ('Her deputy, Tom Farrow' is Farrow).
            # After an object pronoun of that gender ('Judge Ann Rowe told him that
            # his crimes …') the possessive is that object's, not the subject's.
            obj = "him" if t.norm == "his" else "her"
            ent = None if any(toks[k].norm == obj for k in range(max(lo, i - 12), i)) else _sole_person(reg, out, unit_of, ui)
            if ent is not None:
                reg.entities[ent].learn_gender("f" if t.norm == "her" else "m")
        if t.norm == "the" and i + 1 < hi and _YEAR_OLD.fullmatch(toks[i + 1].norm):
            # "said the 52-year-old": the person the text is about, like a pronoun
            ent = _resolve_pronoun(reg, out, unit_of, ui, units, person=True)
            return Mention(t.start, toks[i + 1].end, ent, "role"), i + 2
    # Role phrases and groups begin with a determiner or a possessive.
    if t.norm in ("the", "a", "an") or t.norm.endswith("'s") or is_cap(text, t) or t.norm in GROUP_QUANTIFIERS:
        r = _role_or_group(reg, src, toks, i, lo, hi, out, recent, head_at, last_unit)
        if r is not None:
            return r
    if run_end is not None:  # name starts and their runs, listed once per source
        end = run_end[i] if i in run_end.is_start else None
    elif is_cap(text, t) and (nameish(base(t.norm)) or is_acronym(text, toks, i)) and not complement_at(toks, i):
        end = name_run(text, toks, i)
    else:
        end = None
    if end is not None:
        if end > i and is_descriptor(text, toks, i, end):
            return None, i + 1
        connected = org_name_end(text, toks, i, end, hi) if end > i else end
        if connected > end:
            org = reg.find_org(" ".join(base(x.fold) for x in toks[i:connected]))
            if org is not None:
                return Mention(toks[i].start, toks[connected - 1].end, org.key, "org"), connected
        if end > i:
            parts = [base(x.fold) for x in toks[i:end]]
            surface_e = surface_end(text, toks[end - 1])
            org = reg.find_org(" ".join(parts))
            if org is None:
                # org names that run on: "State Department"
                j = end
                while j < hi and j - end < 3 and is_cap(text, toks[j]) and base(toks[j].norm) in ORG_KEYWORDS:
                    j += 1
                if j == end:
                    # or that keep capitalised small words: "Save Our Shelves"
                    while j < hi and j - i < 6 and is_cap(text, toks[j]) and gap_ok(text, toks[j - 1], toks[j]):
                        j += 1
                if j > end:
                    org = None
                    on = _name_goes_on(text, toks, j, hi)  # 'Western Power Distribution'
                    if on > j:
                        org = reg.find_org(" ".join(base(x.fold) for x in toks[i:on]))
                        if org is not None:
                            j = on
                    if org is None:
                        org = reg.find_org(" ".join(base(x.fold) for x in toks[i:j]))
                    if org is not None:
                        end, surface_e = j, surface_end(text, toks[j - 1])
            if org is not None:
                return _maybe_office(reg, src, toks, i, end, hi, org, Mention(toks[i].start, surface_e, org.key, "org"))
            cands = _person_candidates(reg, parts)
            if len(cands) > 1 and len(parts) == 1:
                # 'Mrs Haddad' / a bare 'Rayner' among several of one surname
                g = lex.HONORIFICS.get(base(toks[i - 1].norm), "") if i > lo else ""
                cands = [e.key for e in narrow_by_gender([reg.entities[k] for k in cands], g)]
            if cands:
                ent = _pick_recent(cands, recent)
                m = Mention(toks[i].start, surface_e, ent, "name")
                return _maybe_office(reg, src, toks, i, end, hi, reg.entities[ent], m)
            return None, end
    return None, i + 1


def _colon_soon(text: str, toks, j: int, hi: int) -> bool:
    """Does a colon follow the noun at j within three words ('message was clear:')?"""
    for k in range(j, min(hi - 1, j + 4)):
        if ":" in text[toks[k].end:toks[k + 1].start]:
            return True
    return False


def _kin_of_same_surname(reg: Registry, text: str, toks, i: int, hi: int, out, unit_of, ui, units) -> int | None:
    """'Her husband said', 'His father said' with no name after it: the one
    other person of the story sharing the surname of the person 'her'/'his'
    stands for ('Stanisław and Irena Kowalczyk … Mrs Kowalczyk said … Her
    husband said'). None when the relation is named in apposition ('His son,
    Liam Haworth,') or when nobody, or several, share the surname."""
    if text[toks[i].end:toks[i + 1].start] != " " or (
            i + 2 < hi and text[toks[i + 1].end:toks[i + 2].start] == ", " and is_cap(text, toks[i + 2])):
        return None
    owner = _resolve_pronoun(reg, out, unit_of, ui, units, person=True, gender="f" if toks[i].norm == "her" else "m",
                             text=text)
    if owner is None or not reg.entities[owner].last:
        return None
    rel = toks[i + 1].norm
    kin = [k for k in reg.persons_named(reg.entities[owner].last)
           if k != owner and reg.entities[k].type == "person" and reg.entities[k].first is not None
           and not _named_as_other_relation(text, reg.entities[k], rel)]
    if len(kin) != 1:
        return None
    reg.entities[kin[0]].learn_gender(lex.GENDERED_ROLES.get(toks[i + 1].norm, ""))
    return kin[0]


def _named_as_other_relation(text: str, ent: Entity, rel: str) -> bool:
    """Was this person introduced as another relation ('her son, Kevin
    Doyle'), so that 'her husband' is someone else?"""
    for name in ent.names:
        for m in re.finditer(r"\b(?:his|her|their)\s+([a-z\-]+),?\s+" + re.escape(name) + r"\b", text, re.IGNORECASE):
            if m.group(1).lower() in _RELATIONS and m.group(1).lower() != rel:
                return True
    return False


def _speaks_next(text: str, toks, j: int, hi: int) -> bool:
    """Is toks[j] (after adverbs like 'also', 'later') a reporting verb?"""
    k = j
    while k < hi and k - j < 3 and toks[k].norm in VERB_GLUE:
        k += 1
    return k < hi and toks[k].norm in REPORTING_VERBS and not is_proper(text, toks[k])


def recent_org(reg: Registry, recent: Sequence[int], head: str | None = None, kind: str | None = None) -> int | None:
    """The organisation most recently mentioned in this article (one whose
    name ends with `head` when given: 'the union' → 'Rail Workers Union'),
    not a news organisation, a place or a person's office. `kind`, the word
    the text used ('the manufacturer'), rules out public bodies for a firm."""
    for k in reversed(recent[-200:]):
        e = reg.entities[k]
        if e.type != "organisation" or e.media or e.placeish or e.principal is not None:
            continue
        if e.weak and head in lex.ORG_DESCRIPTORS and e.norm == head:
            continue  # "the board" met earlier as a bare description
        if head is None and not any(n[:1].isupper() for n in e.names):
            continue  # "got to the office": a common noun, not the firm "the operator" stands for
        words = e.norm.split()
        if (kind or head) in lex.ORG_DESCRIPTORS and words and (
                words[0] if len(words) > 2 and words[1] == "of" else words[-1]) in lex.PUBLIC_BODY_WORDS:
            continue  # 'the manufacturer' is not the university named before it
        if head is None or (words and (words[-1] == head or (len(words) > 2 and words[0] == head and words[1] == "of"))):
            return k
    if head is None or head in lex.ORG_DESCRIPTORS:
        # "Harton Rovers have sacked their manager … the club said": a name
        # met only as a sentence's subject, never as a person, is that club
        for k in reversed(recent[-20:]):
            e = reg.entities[k]
            if e.type == "person" and e.weak and e.gender == "" and not e.roles:
                reg.as_organisation(k)
                return k
    return None


def story_org(reg: Registry, head: str) -> int | None:
    """The one organisation of the whole story that 'the company' (a kind
    of firm: not a public body) or 'the union' (a name ending in that word)
    can stand for; None when there are none or several."""
    found = None
    for k in reg.named_orgs():
        words = reg.entities[k].norm.split()
        if not words:
            continue
        if head in lex.ORG_DESCRIPTORS:
            # 'the operator' in a source that never names it is not any firm
            # of the story (the weather service another source quotes): only
            # one whose name says it is of that kind
            ok = ((words[0] if len(words) > 2 and words[1] == "of" else words[-1]) not in lex.PUBLIC_BODY_WORDS
                  and (head in lex.GENERAL_FIRM_WORDS
                       or any(base(w) in (head, head + "s", head + "es") for w in words)))
        else:
            ok = words[-1] == head
        if ok:
            if found is not None:
                return None
            found = k
    return found


def _maybe_office(reg, src, toks, i, end, hi, ent: Entity, m: Mention):
    """'Prime Minister Elena Duarte’s office' / 'Novak’s spokesperson'."""
    text = src.text
    last = toks[end - 1]
    if last.norm.endswith("'s") and end < hi and toks[end].norm in SPOKES_HEADS and ent.type == "person":
        office = reg.office_of(ent.key, "")
        tb = title_before(text, toks, i)
        s = toks[tb[0]].start if tb else toks[i].start
        office.add_name(text[s:toks[end].end])
        return Mention(m.start, toks[end].end, office.key, "org"), end + 1
    return m, end


def _person_candidates(reg: Registry, parts: Sequence[str]) -> list[int]:
    if parts[-1] in lex.POSTNOMINALS:
        parts, _ = without_postnominals(parts, "")
    last = parts[-1]
    keys = reg.persons_named(last)
    if len(parts) > 1 and parts[0] not in NAME_PARTICLES:
        keys = [k for k in keys if reg.entities[k].first is None or same_name(reg.entities[k].first, parts[0])]
        if not keys:
            # "Anna Novak" where only "Novak" is known, or a first name alone.
            keys = reg.persons_named(parts[0]) if len(parts) == 1 else []
    return keys


def _pick_recent(cands: Sequence[int], recent: Sequence[int]) -> int:
    if len(cands) == 1:
        return cands[0]  # (the one candidate, recent or not: no scan)
    for k in reversed(recent):
        if k in cands:
            return k
    return cands[0]


# Words one of which a role phrase or group needs within its first seven
# tokens (its head, or the organisation word after "the"), in every form
# `base` reduces to them.
_HEADS = TITLE_HEADS | GROUP_HEADS | ORG_KEYWORDS | lex.ORG_DESCRIPTORS | lex.RELATION_NOUNS | {"group"}
_HEADISH = frozenset(_HEADS | {h + "'s" for h in _HEADS} | {h + "'" for h in _HEADS if h.endswith("s")})
_YEAR_OLD = re.compile(r"\d+-year-old")
_SHAPED_END = methodcaller("endswith", lex.ROLE_NOUN_ENDINGS + tuple(e + "'s" for e in lex.ROLE_NOUN_ENDINGS))
_RELATIONS = lex.RELATION_NOUNS


def _role_or_group(reg: Registry, src: Source, toks, i, lo, hi, out, recent, head_at=None, last_unit=None):
    """A role phrase ('the Kenyan leader', 'Brazil’s top diplomat', 'a
    spokesperson for the UK Prime Minister') or a speaking group ('European
    leaders', 'a bipartisan group of US senators') starting at token i.

    Returns (Mention, next index) or None. `head_at` (sorted indices of the
    tokens in _HEADISH or naming an age) lets a phrase with none of them in
    reach be refused at once: every way to a mention needs one within
    toks[i:i + 7], and refusing changes nothing (no entity is made).
    """
    if head_at is not None:
        h = bisect.bisect_left(head_at, i)
        if h == len(head_at) or head_at[h] >= min(hi, i + 7):
            return None
    text = src.text
    first = toks[i].norm
    # "the company said", "the airline added", "the union says": the
    # organisation this article named, not a new actor called "company"
    if first == "the" and i + 1 < hi and gap_ok(text, toks[i], toks[i + 1]):
        hd = toks[i + 1].norm
        if (hd in lex.ORG_DESCRIPTORS or hd in ORG_KEYWORDS) and _speaks_next(text, toks, i + 2, hi) \
                and not is_cap(text, toks[i + 1]):
            k = recent_org(reg, recent, hd)
            if k is None and hd in lex.ORG_DESCRIPTORS:
                k = recent_org(reg, recent, kind=hd)
            if k is None:
                k = story_org(reg, hd)  # named only in another source: the story's one such organisation
            if k is None and hd in lex.ORG_DESCRIPTORS:
                return Mention(toks[i].start, toks[i + 1].end, None, "role"), i + 2
            if k is not None:
                return Mention(toks[i].start, toks[i + 1].end, k, "org"), i + 2
    # "Police said", "the police said": an institution named by its kind
    k0 = i + 1 if first == "the" else i
    if (k0 + 1 < hi and base(toks[k0].norm) in ORG_KEYWORDS and toks[k0].norm not in MEDIA_NOUNS
            and toks[k0 + 1].norm in REPORTING_VERBS and gap_ok(text, toks[k0], toks[k0 + 1])
            and (k0 == i or gap_ok(text, toks[i], toks[k0]))):
        w = toks[k0].norm
        ent = reg.find_org(w) or reg.org(w, text[toks[k0].start:toks[k0].end].lower()
                                          if k0 == i else text[toks[k0].start:toks[k0].end], weak=True)
        return Mention(toks[i].start, toks[k0].end, ent.key, "org"), k0 + 1
    det = first in DETS or first in GROUP_QUANTIFIERS
    j = i + 1 if det else i
    mods_start = j
    # Modifiers: capitalised words, possessives, role adjectives; after a
    # determiner also one or two plain adjectives ("a bipartisan group").
    while j < hi and j - mods_start < 5:
        if j > i and not gap_ok(text, toks[j - 1], toks[j]):
            return None
        w = toks[j]
        wb = base(w.norm)
        if (j > i and (wb in ORG_KEYWORDS or w.norm in GROUP_HEADS) and wb not in TITLE_HEADS and w.norm == wb
                and j + 1 < hi and base(toks[j + 1].norm) in TITLE_HEADS and not is_cap(text, toks[j + 1])
                and toks[j + 1].norm == base(toks[j + 1].norm) and gap_ok(text, w, toks[j + 1])):
            j += 1  # 'the police chief', 'the council leader': a title, the organisation its modifier
            continue
        if (wb in TITLE_HEADS and w.norm != wb and is_cap(text, w) and j + 1 < hi and is_cap(text, toks[j + 1])
                and base(toks[j + 1].norm) in ORG_KEYWORDS and gap_ok(text, w, toks[j + 1])):
            j += 1  # "the Information Commissioner's Office": a title inside the organisation's name
            continue
        if w.norm in _RELATIONS and _relation_head(text, toks, j, mods_start):
            break  # 'the victim's daughter'
        if j + 1 < hi and toks[j + 1].norm in _RELATIONS and _relation_head(text, toks, j + 1, mods_start):
            j += 1  # "the driver's brother": the title is whose relation it is
            continue
        if wb in TITLE_HEADS or w.norm in GROUP_HEADS or w.norm == "group" or (role_shaped(wb) and not is_cap(text, w)):
            if wb in TITLE_HEADS or not (is_cap(text, w) and j + 1 < hi and is_cap(text, toks[j + 1])
                                         and gap_ok(text, w, toks[j + 1])):
                break  # else part of a name: "the Rail Workers Union"
        if wb in ORG_KEYWORDS and (first == "the" or first.endswith("'s")) and w.norm == wb and j > i:
            if (j + 1 < hi and toks[j + 1].norm in ORG_KEYWORDS and not is_cap(text, toks[j + 1])
                    and gap_ok(text, w, toks[j + 1])):
                j += 1  # 'the hospital trust', 'the police service': the last word heads it
                continue
            break
        plain_adj = ((det or first.endswith("'s")) and j - mods_start < 3 and (wb.isalpha() or _YEAR_OLD.fullmatch(wb))
                     and wb not in STOPWORDS and wb not in REPORTING_VERBS
                     and not wb.endswith("ly") and not wb.endswith("ing"))
        if is_cap(text, w) or wb in ROLE_MODIFIERS or w.norm.endswith("'s") or plain_adj:
            j += 1
            continue
        return None
    if j >= hi or (j > i and not gap_ok(text, toks[j - 1], toks[j])):
        return None
    # compound titles: "general secretary", "chief executive"
    while (j + 1 < hi and base(toks[j].norm) in TITLE_HEADS and base(toks[j + 1].norm) in TITLE_HEADS
           and toks[j].norm == base(toks[j].norm) and gap_ok(text, toks[j], toks[j + 1])):
        j += 1
    head = toks[j]
    hb = base(head.norm)
    mods = toks[mods_start:j]
    surf_start = toks[mods_start].start if (det and mods) else toks[i].start

    # "the mayor's office said", "the governor's spokesman said": the office
    # of a role nobody is named in, as "Novak's spokesperson" is Novak's
    if (head.norm != hb and hb in TITLE_HEADS and j + 1 < hi and toks[j + 1].norm in SPOKES_HEADS
            and gap_ok(text, head, toks[j + 1]) and _speaks_next(text, toks, j + 2, hi)):
        office = toks[j + 1]
        surface_text = text[toks[i].start:office.end]
        if surface_text.startswith("The "):
            surface_text = "the " + surface_text[4:]
        ent = reg.org(" ".join(base(t.fold) for t in toks[mods_start:j + 2]), surface_text, weak=True)
        return Mention(toks[i].start, office.end, ent.key, "org"), j + 2

    # "a bipartisan group of US senators"
    if head.norm == "group" and j + 1 < hi and toks[j + 1].norm == "of":
        for k in range(j + 2, min(hi, j + 7)):
            if toks[k].norm in GROUP_HEADS:
                ent = reg.org(_group_norm(toks, i, k + 1), text[surf_start:toks[k].end], type_="group")
                return Mention(toks[i].start, toks[k].end, ent.key, "group"), k + 1
            if not gap_ok(text, toks[k - 1], toks[k]):
                break
        return None
    # "European leaders", "the countries"
    if head.norm in GROUP_HEADS:
        if not mods and first != "the":
            return None
        if not mods and head.norm not in lex.BARE_GROUP_HEADS:
            return None
        if mods and all(not is_cap(text, m) and not m.norm.endswith("'s") for m in mods):
            return None  # "the negotiating teams": a description, not a named group
        s = text[surf_start:head.end]
        if s.startswith("The "):
            s = "the " + s[4:]
        ent = reg.org(_group_norm(toks, i, j + 1), s, type_="group")
        return Mention(toks[i].start, head.end, ent.key, "group"), j + 1
    # "the city council", "the Finance Ministry": an organisation
    if hb in ORG_KEYWORDS and head.norm == hb and hb not in MEDIA_NOUNS and (
            first == "the" or (first.endswith("'s") and is_cap(text, toks[i]))) and not (
            hb in lex.NAME_END_ONLY and not is_cap(text, head)):  # 'the gas main' names no organisation
        # also "Brazil's foreign ministry", "Kenya's central bank"
        of_the = j + 3 < hi and toks[j + 2].norm == "the" and toks[j + 1].norm == "of"  # 'the Office of the Data Commissioner'
        if is_cap(text, head) and j + 2 < hi and toks[j + 1].norm == "of" and is_cap(text, toks[j + 3 if of_the else j + 2]):
            # "the Ministry of Agriculture", "the Bank of England"
            e2 = j + 3 if of_the else j + 2
            while e2 < hi and e2 - j < 6 and is_cap(text, toks[e2]) and gap_ok(text, toks[e2 - 1], toks[e2]):
                e2 += 1
            words = [base(t.fold) for t in toks[mods_start:e2]]
            ent = reg.org(" ".join(words), text[toks[mods_start].start:toks[e2 - 1].end])
            return Mention(toks[i].start, toks[e2 - 1].end, ent.key, "org"), e2
        if not mods and hb in lex.ORG_DESCRIPTORS and j + 2 < hi and toks[j + 1].norm == "of" and is_cap(text, toks[j + 2]):
            # "the board of Lindholm Shipping": the company it governs
            e2 = j + 2
            while e2 < hi and e2 - j < 6 and is_cap(text, toks[e2]) and gap_ok(text, toks[e2 - 1], toks[e2]):
                e2 += 1
            named = reg.find_org(" ".join(base(t.fold) for t in toks[j + 2:e2]))
            if named is not None:
                return Mention(toks[i].start, toks[e2 - 1].end, named.key, "org"), e2
        words = [base(t.fold) for t in toks[mods_start:j + 1]]
        known = reg.find_org(" ".join(words))
        if known is None and not mods:
            # "the council" after "the city council": the one already met
            k = recent_org(reg, recent, words[-1])
            known = reg.entities[k] if k is not None else None
        ent = known or reg.org(" ".join(words), text[toks[mods_start].start:head.end], weak=True)
        return Mention(toks[i].start, head.end, ent.key, "org"), j + 1
    relation = head.norm in _RELATIONS and _relation_head(text, toks, j, mods_start)
    if (hb not in TITLE_HEADS and not relation and not (role_shaped(hb) and not is_cap(text, head))) or (head.norm != hb and not head.norm.endswith("'s")):
        return None
    if not (first in DETS or first.endswith("'s") or mods):
        return None
    # "secretary of state"
    k = j + 1
    if k + 1 < hi and toks[k].norm == "of" and toks[k + 1].norm in TITLE_COMPLEMENTS:
        k += 2
        while k < hi and toks[k].norm in TITLE_COMPLEMENTS and toks[k - 1].norm == "the":
            k += 1
    # A title followed by a name is that name's title, not a reference.
    if k < hi and is_cap(text, toks[k]) and nameish(base(toks[k].norm)) and gap_ok(text, toks[k - 1], toks[k], " ["):
        return None
    # "the union’s general secretary, Mick Lynch": the role and its holder in
    # apposition (also after a title: "The council leader, Cllr Amara Osei")
    if k < hi and text[toks[k - 1].end:toks[k].start] == ", " and is_cap(text, toks[k]):
        n0 = k
        while (n0 < hi and n0 - k < 2 and is_cap(text, toks[n0]) and base(toks[n0].norm) in _TITLES_BEFORE_NAMES
               and n0 + 1 < hi and re.fullmatch(r"\.? ", text[toks[n0].end:toks[n0 + 1].start])):
            n0 += 1
        e2 = name_run(text, toks, n0) if nameish(base(toks[n0].norm)) else n0
        c = _person_candidates(reg, [base(x.fold) for x in toks[n0:e2]]) if e2 > n0 else []
        if c:
            return Mention(toks[i].start, surface_end(text, toks[e2 - 1]), _pick_recent(c, recent), "name"), e2
    mod_words = [base(m.norm) for m in mods]
    heads = {hb}
    tail = [t.norm for t in toks[j + 1:k]]
    if "prime" in mod_words and hb == "minister":
        heads.add("prime-minister")
    if "foreign" in mod_words and hb in ("minister", "secretary"):
        heads.add("foreign-" + hb)
    if hb == "secretary" and tail[-1:] == ["state"]:
        heads.add("secretary-of-state")
    phrase_start = toks[i].start
    # "a spokesperson for the UK Prime Minister": that person's office.
    if hb in SPOKES_HEADS and k + 1 < hi and toks[k].norm == "for":
        target, inner_end = None, k + 1
        inner = _role_or_group(reg, src, toks, k + 1, lo, hi, out, recent, head_at, last_unit)
        if inner is not None:
            target, inner_end = inner[0].entity, inner[1]
        else:
            # "for Prime Minister Elena Duarte": skip the title, find the name
            for p in range(k + 1, min(hi, k + 7)):
                if p > k + 1 and not gap_ok(text, toks[p - 1], toks[p]):
                    break
                if not is_cap(text, toks[p]) or not nameish(base(toks[p].norm)) or complement_at(toks, p):
                    continue
                e2 = name_run(text, toks, p)
                e3 = e2
                while e3 < hi and e3 - e2 < 3 and is_cap(text, toks[e3]) and base(toks[e3].norm) in ORG_KEYWORDS:
                    e3 += 1
                org = reg.find_org(" ".join(base(x.fold) for x in toks[p:e3])) if e3 > p else None
                if org is not None:
                    target, inner_end = org.key, e3
                    break
                c = _person_candidates(reg, [base(x.fold) for x in toks[p:e2]]) if e2 > p else []
                if c:
                    target, inner_end = _pick_recent(c, recent), e2
                    break
        if target is not None:
            tent = reg.entities[target]
            office = tent if tent.type != "person" else reg.office_of(target, "")
            s = text[toks[i + 1].start if first in DETS else phrase_start:toks[inner_end - 1].end]
            office.add_name(s)
            return Mention(phrase_start, toks[inner_end - 1].end, office.key, "role"), inner_end
    if hb in SPOKES_HEADS and mods and mods[-1].norm.endswith("'s") and is_cap(text, mods[-1]):
        # "Prime Minister Jane Doe's spokesman": that person's office
        a = len(mods) - 1
        while a > 0 and is_cap(text, mods[a - 1]) and nameish(base(mods[a - 1].norm)):
            a -= 1
        c = _person_candidates(reg, [base(m.fold) for m in mods[a:]])
        if c:
            office = reg.office_of(_pick_recent(c, recent), "")
            office.add_name(text[mods[a].start:head.end])
            return Mention(phrase_start, head.end, office.key, "role"), j + 1
        # "the Food Standards Agency's spokeswoman": the organisation speaks through her
        a = len(mods) - 1
        while a > 0 and is_cap(text, mods[a - 1]):
            a -= 1
        words = [base(m.fold) for m in mods[a:]]
        org = reg.find_org(" ".join(words))
        if org is None and len(words) > 1 and words[-1] in ORG_KEYWORDS and (
                words[-1] not in MEDIA_NOUNS or words[-1] == "agency" and words[-2] not in ("news", "press", "wire")):
            org = reg.org(" ".join(words), text[mods[a].start:surface_end(text, mods[-1])])
        if org is not None and org.type == "organisation":
            return Mention(phrase_start, head.end, org.key, "org"), j + 1
    ent, ambiguous = _resolve_role(reg, mods, heads, recent, src, last_unit)
    if ent is None and not ambiguous and (first == "the" or first.endswith("'s") and is_cap(text, toks[i])):
        v = _of_phrase_end(text, toks, j + 1, hi)  # (from the head: 'of the' is no title's complement here)
        if v == j + 1:
            v = k
        if _speaks_next(text, toks, v, hi) and not _met_unnamed(text, head.norm, phrase_start):
            ent = _role_actor(reg, text, toks, mods_start, v)
    return Mention(phrase_start, toks[k - 1].end, ent, "role"), k


def _met_unnamed(text: str, head: str, before: int) -> bool:
    """Did the article meet this role before as an unnamed source, speaking
    ('a senior official said … The official added')? Then 'the official' is
    that source again, not a role of its own ('A judge jailed him. … the
    judge said' is the role: the judge did not speak unnamed)."""
    head = head.removesuffix("'s")
    pat = r"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){0,3}" + re.escape(head) + r"\b((?:[\s,]+[\w'’-]+){1,3})"
    for m in re.finditer(pat, text[max(0, before - 3000):before], re.IGNORECASE):
        if any(w.lower() in REPORTING_VERBS for w in re.findall(r"[\w'’-]+", m.group(1))):
            return True
    return False


def _relation_head(text: str, toks, j: int, mods_start: int) -> bool:
    """'the victim's daughter', 'the driver's brother': a relation right
    after a common noun's possessive (after a name's, 'Rowe's wife', or a
    pronoun's, 'his wife', the relation is told by the name or the
    pronoun's person)."""
    return (j > mods_start and toks[j].norm in lex.RELATION_NOUNS and toks[j - 1].norm.endswith("'s")
            and not is_cap(text, toks[j - 1]) and gap_ok(text, toks[j - 1], toks[j]))


def _of_phrase_end(text: str, toks, k: int, hi: int) -> int:
    """After a role's head, the end of an 'of' phrase saying what the role
    is of ('the skipper [of the fishing boat] said'): up to five plain
    words, no comma. `k` when there is none."""
    if not (k + 1 < hi and toks[k].norm in ("of", "on", "aboard") and gap_ok(text, toks[k - 1], toks[k])):
        return k  # ('the ferryman on the evening crossing said')
    for j in range(k + 1, min(hi, k + 7)):
        if not gap_ok(text, toks[j - 1], toks[j]):
            return k
        if toks[j].norm in REPORTING_VERBS and not is_proper(text, toks[j]):
            return j if j > k + 1 else k
    return k


def _role_actor(reg: Registry, text: str, toks, a: int, k: int) -> int | None:
    """'The prosecutor said', 'the club's captain told …', 'the skipper of
    the fishing boat said' where the story names no holder of the title:
    the role itself speaks, as an actor named by it ("the prosecutor"), one
    per role phrase in the story. Only after 'the' and as the subject of a
    reporting verb: 'a senior official said' is an unnamed source, and a
    role nobody speaks as makes no actor."""
    words = [base(t.fold) for t in toks[a:k]]
    if any(w in SPOKES_HEADS for w in words):
        return None  # a spokesperson speaks for someone: never an actor of its own
    the = "the " if a > 0 and toks[a - 1].norm == "the" else ""  # ("Brayton's coach said": no 'the')
    ent = reg.org("role: " + " ".join(words), the + text[toks[a].start:toks[k - 1].end], type_="person", weak=True)
    for w in words:
        ent.learn_gender(lex.GENDERED_ROLES.get(w, ""))
    return ent.key


def _group_norm(toks, i, j) -> str:
    words = [base(t.fold) for t in toks[i:j] if t.norm not in GROUP_QUANTIFIERS]
    return "group: " + " ".join(words)


def _nations_of_words(words: Iterable[str]) -> set[str]:
    out = set()
    for w in words:
        b = base(w)
        if b in TITLE_HEADS or b in ROLE_MODIFIERS or b in TITLE_COMPLEMENTS or b in ORG_KEYWORDS:
            continue
        if b in STOPWORDS and b != "us":
            continue
        n = nation(b)
        if n:
            out.add(n)
    return out


def _owner_words(words: Iterable[str]) -> frozenset[str]:
    """The capitalised words of a role that say whose it is ('Ashfield' in
    'Ashfield coach', 'Brayton' in 'Brayton's coach'): not titles, title
    words, organisation words or nationalities (those are compared apart)."""
    out = set()
    for w in words:
        b = base(w.lower().replace("’", "'").replace(".", ""))
        if (not b.isalpha() or b in TITLE_HEADS or b in ROLE_MODIFIERS or b in TITLE_COMPLEMENTS or b in ORG_KEYWORDS
                or b in STOPWORDS or nation(b)):
            continue
        out.add(b)
    return frozenset(out)


@lru_cache(maxsize=1 << 12)
def _role_owners(role: str) -> frozenset[str]:
    """`_owner_words` of a holder's role."""
    return _owner_words(w for w in re.findall(r"[\w.'’\-]+", role) if w[:1].isupper())


@lru_cache(maxsize=1 << 12)
def _role_nations(role: str) -> frozenset[str]:
    """Nationality-like words of a role ('US Secretary of State' → {'us'})."""
    words = [w for w in re.findall(r"[\w.'’\-]+", role.replace("’", "'")) if w[:1].isupper()]
    return frozenset(_nations_of_words(w.lower().replace(".", "") for w in words))


def resolve_role(reg: Registry, mods: Sequence[Token], heads: set[str], recent: Sequence[int],
                 src: Source, last_unit: dict[int, int] | None = None) -> int | None:
    """The entity a role phrase refers to: someone holding a compatible
    title (same family of heads; same nationality when both say one), the
    most recently mentioned in this article first; else the one holder in
    the whole story. A role that fits nobody stays unresolved."""
    return _resolve_role(reg, mods, heads, recent, src, last_unit)[0]


def _resolve_role(reg: Registry, mods: Sequence[Token], heads: set[str], recent: Sequence[int],
                  src: Source, last_unit: dict[int, int] | None = None) -> tuple[int | None, bool]:
    """`resolve_role`, and whether an unresolved role fits several holders
    (True) rather than nobody (False)."""
    text = src.text
    fam: set[str] = set()
    for h in heads:
        fam |= family(h)
    nations = _nations_of_words(m.norm for m in mods if is_cap(text, m) or m.norm.endswith("'s"))
    owners = _owner_words(text[m.start:m.end] for m in mods if is_cap(text, m))
    spokes = bool(heads & SPOKES_HEADS)
    office = _office_words(m.norm for m in mods)
    # "a State Department spokesperson" speaks for the State Department.
    cap_mods = [base(m.fold) for m in mods if is_cap(text, m)]
    if spokes and cap_mods:
        for a in range(len(cap_mods)):
            org = reg.find_org(" ".join(cap_mods[a:]))
            if org is not None and org.type != "person":
                return org.key, False
        # "a Westlink spokeswoman" for Westlink Power: the one organisation
        # this article named whose name starts with those words
        named = [k for k in dict.fromkeys(reversed(recent[-200:]))
                 if reg.entities[k].type == "organisation" and reg.entities[k].norm.split()[:len(cap_mods)] == cap_mods]
        if len(named) == 1:
            return named[0], False

    if spokes:
        org_words = [base(m.fold) for m in mods if not is_cap(text, m) and (base(m.norm) in ORG_KEYWORDS or base(m.norm) in lex.ORG_DESCRIPTORS)]
        if org_words:
            k = recent_org(reg, recent, org_words[-1])
            if k is None and org_words[-1] in lex.ORG_DESCRIPTORS:
                k = recent_org(reg, recent, kind=org_words[-1])
            if k is not None:
                return k, False
            if org_words[-1] not in ORG_KEYWORDS:
                return None, False
            known = reg.find_org(" ".join(org_words))
            return (known or reg.org(" ".join(org_words), " ".join(org_words), weak=True)).key, False

    def score(ent: Entity) -> int:
        # a nationality both say and share counts most, then the same title
        # ("the chancellor" for a chancellor), then a title of the family
        # ("the leader" for a president)
        if spokes and ent.type == "organisation" and ent.spokes:
            return 0 if nations else 6
        best = 0
        for role in ent.roles:
            rh = role_heads_of(role)
            if not (rh & fam):
                continue
            if _office_words(role.lower().replace("-", " ").split()) != office:
                continue  # 'the deputy mayor' is not Mayor Jane Doe, nor 'the mayor' Deputy Mayor Tom Hale
            rn = _role_nations(role)
            if nations and rn and not (nations & rn):
                continue
            ro = _role_owners(role)
            if owners and ro and not (owners & ro):
                continue  # "Brayton's coach" is not Ashfield coach Mirko Sandoval
            best = max(best, (4 if nations and rn else 0) + (2 if rh & heads else 1))
        return best

    seen: list[int] = []
    for k in reversed(recent[-200:]):  # recent mentions only: keeps long texts linear
        if k not in seen:
            seen.append(k)
    scored = [(score(reg.entities[k]), -n, k) for n, k in enumerate(seen)]
    scored = [x for x in scored if x[0] > 0]
    if scored:
        best = max(scored)
        if last_unit is not None and best[2] in last_unit:
            # two holders as good, last named in one sentence ('Agriculture
            # Minister A and Environment Minister B attended. The minister
            # said'): which one is meant is unknown
            u = last_unit[best[2]]
            if any(x[0] == best[0] and x[2] != best[2] and last_unit.get(x[2]) == u for x in scored):
                return None, True
        return best[2], False
    if spokes:
        return None, False
    # The one holder in the whole story: of the title with the same
    # nationality, else of the title itself ('the commissioner' for EU
    # Commissioner Anna Lind, named in another source or only later in this
    # one), else of an organisation's top post for 'the head'/'the chief'.
    # Two holders: unknown.
    same_nation: list[int] = []
    same_title: list[int] = []
    top_post: list[int] = []
    heads_top = bool(heads & lex.TOP_POSTS)
    # Words that narrow the title ('the deputy mayor', 'the state
    # prosecutor'): a holder named elsewhere in the story, perhaps in another
    # source about another side of it, is that holder only if their title
    # says them too (a story may name its mayor and never its deputy mayor).
    narrow = {base(m.norm) for m in mods if not is_cap(text, m) and not m.norm.endswith("'s")
              and m.norm.isalpha() and m.norm not in STOPWORDS} - heads
    for e in reg.entities:
        if not e.names or e.type != "person" or not e.roles:
            continue
        if narrow and not any(narrow <= {base(w) for w in r.lower().split()} for r in e.roles):
            continue
        sc = score(e)
        if sc >= 4:
            same_nation.append(e.key)
        if sc >= 2:
            same_title.append(e.key)
        elif heads_top and any(_last_head(r) in lex.TOP_POSTS or (role_heads_of(r) - _MODIFYING_HEADS) & lex.TOP_POSTS
                               for r in e.roles):
            # (not by a head that only modifies: a 'head coach' is a coach, a
            # 'chief operating officer' an officer, a 'chief executive' the top post)
            top_post.append(e.key)
    for holders in (same_nation, same_title):
        if holders:
            return (holders[0], False) if len(holders) == 1 else (None, True)
    if heads_top and top_post:
        return (top_post[0], False) if len(top_post) == 1 else (None, True)
    return None, False


_MODIFYING_HEADS = frozenset(("head", "chief"))


def _office_words(words: Iterable[str]) -> frozenset[str]:
    """The words among `words` that make a title another office ('deputy', 'former')."""
    return frozenset(base(w) for w in words) & lex.OTHER_OFFICE_WORDS


@lru_cache(maxsize=1 << 12)
def _last_head(role: str) -> str:
    """The last word of a role, without a possessive ('Head coach' -> 'coach')."""
    words = role.lower().replace("’", "'").split()
    return base(words[-1]) if words else ""


def _resolve_pronoun(reg: Registry, out: Sequence[Mention], unit_of: Sequence[int], ui: int,
                     units, person: bool, gender: str = "", text: str = "", unnamed=frozenset()) -> int | None:
    """he/she: the first person mentioned in this sentence before the
    pronoun, else the first person of the nearest earlier sentence that
    names one (the subject usually comes first), within three sentences.
    they: the most recent group."""
    def ok(m: Mention) -> bool:
        if m.entity is None:
            return False
        e = reg.entities[m.entity]
        if not person:
            return e.type == "group"
        return e.type == "person" and not (gender and e.gender and e.gender != gender)

    if not person:
        for m, u in zip(reversed(out), reversed(unit_of)):
            if ui - u > 2:
                break
            if ok(m):
                return m.entity
        return None
    # sentence by sentence, this one first: the first compatible person of each
    k = len(out) - 1
    while k >= 0:
        u = unit_of[k]
        if ui - u > 3:
            break
        if unnamed and any(x in unnamed for x in range(u + 1, ui)):
            return None  # a later sentence opened with an unnamed person ('A neighbour, who …, said'): theirs
        first = None
        later: list[Mention] = []  # the sentence's other compatible people, after its first
        while k >= 0 and unit_of[k] == u:
            if ok(out[k]):
                if first is not None:
                    later.append(first_m)
                first, first_m = out[k].entity, out[k]
            k -= 1
        if first is not None and gender and later:
            pair = _coordinated(text, first_m, later[-1]) and later[-1].entity != first
            if pair:
                # 'Marek Dudek, 34, and Sofia Lindqvist, 29, … “…,” she said':
                # two people joined by 'and'; the one whose gender the text told
                # is meant, and if it told neither's, nobody can say which
                told = [x for x in (first, later[-1].entity) if reg.entities[x].gender == gender]
                return told[0] if len(told) == 1 else None
        if first is not None:
            if gender and not reg.entities[first].gender and _relation_of(text, first_m, gender):
                # 'Her deputy, Tom Farrow, … she said': named as someone's
                # relation, he is not the 'she'; its owner, tied to the gender, is
                tied = _tied_before(reg, out, unit_of, k, ui, gender)
                if tied is not None:
                    return tied
            return first
    return None


#: A sentence opening with an unnamed person as its subject: 'A neighbour,
#: who did not want to be named, said …', 'One resident told …'.
_UNNAMED_OPENING = re.compile(r"[\"“‘']?(?:A|An|One|Another)\s+((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
                              r"(?:,|\s+(?:who|said|says|told|added|recalled|explained|insisted))")


_UNNAMED_FIRST = frozenset("AO\"“‘'")


def _unnamed_opening(text: str, us: int, ue: int) -> bool:
    m = _UNNAMED_OPENING.match(text, us, ue)
    if m is None:
        return False
    head = base(m.group(1).split()[-1])
    return head in lex.PERSON_NOUNS or head in TITLE_HEADS or role_shaped(head)


_AND_BETWEEN = re.compile(r"(?:,\s*\d{1,3},)?\s+and\s+(?:[\w'’\-]+\.?\s+){0,4}$")


def _coordinated(text: str, a: Mention, b: Mention) -> bool:
    """Are two mentions joined by 'and' ('Marek Dudek, 34, and Sofia
    Lindqvist', 'Librarian Hannah Greaves and council leader Simon Kell')?"""
    return b.start - a.end < 60 and _AND_BETWEEN.fullmatch(text, a.end, b.start) is not None


_RELATION_BEFORE = re.compile(r"\b(her|his)(?:\s+[\w'’\-]+){1,3},\s*$", re.IGNORECASE)


def _relation_of(text: str, m: Mention, gender: str) -> bool:
    """Is the mention a person named as someone's relation, by the possessive
    of `gender` ('Her deputy, Tom Farrow')?"""
    poss = "her" if gender == "f" else "his"
    if text[m.start:m.start + 4].lower() == poss + " ":
        return True
    r = _RELATION_BEFORE.search(text, max(0, m.start - 40), m.start)
    return r is not None and r.group(1).lower() == poss


def _sole_person(reg: Registry, out: Sequence[Mention], unit_of: Sequence[int], ui: int) -> int | None:
    """The one person this sentence has named so far, or, if it has named
    none, the one person of the sentence before; None when there are several."""
    found: set[int] = set()
    k = len(out) - 1
    unit = None
    while k >= 0 and ui - unit_of[k] <= 1:
        if unit is not None and unit_of[k] != unit:
            break
        e = out[k].entity
        if e is not None and reg.entities[e].type == "person":
            found.add(e)
            unit = unit_of[k]
        k -= 1
    return next(iter(found)) if len(found) == 1 else None


def _tied_before(reg: Registry, out: Sequence[Mention], unit_of: Sequence[int], k: int, ui: int,
                 gender: str) -> int | None:
    """The most recent person of `gender` mentioned up to index k within three sentences."""
    while k >= 0 and ui - unit_of[k] <= 3:
        e = out[k].entity
        if e is not None and reg.entities[e].type == "person" and reg.entities[e].gender == gender:
            return e
        k -= 1
    return None
