"""Actors: the people, organisations and groups who speak in a story.

No name lists and no external model. A capitalised sequence becomes a person
only in a name-like context (a title or honorific before it, a reporting verb
beside it); everything later found of that name (surname alone, title +
surname, spelling variants) is merged into the same actor across all
sources. Role phrases ("the Kenyan leader", "Brazil's top diplomat") and
pronouns are resolved to the actor they refer to in their article.

The registry is the only mutable object in the core: it is filled while the
sources are read and frozen into `Actor` values at the end.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from .model import Actor, Source, Token
from .lexicon import speech as lex
from .text import STOPWORDS, token_index

# --------------------------------------------------------------------------
# General linguistic knowledge (English news prose), never story names.

HONORIFICS = frozenset(lex.HONORIFICS)
TITLE_HEADS = lex.TITLE_HEADS
_AGENT_ENDINGS = lex.AGENT_ENDINGS
SPOKES_HEADS = lex.SPOKES_HEADS
TITLE_COMPLEMENTS = lex.TITLE_COMPLEMENTS
ROLE_MODIFIERS = lex.ROLE_MODIFIERS
ROLE_FAMILIES = lex.ROLE_FAMILIES
ORG_KEYWORDS = lex.ORG_KEYWORDS
MEDIA_NOUNS = lex.MEDIA_NOUNS
GROUP_HEADS = lex.GROUP_HEADS
GROUP_QUANTIFIERS = lex.GROUP_QUANTIFIERS
PERSON_PRONOUNS = frozenset("he she he's she's he'd she'd".split())
GROUP_PRONOUNS = frozenset("they they've they're".split())
DAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december today yesterday tomorrow""".split()
)
NAME_PARTICLES = frozenset("de da di du van von der den bin ibn al el la le del dos das".split())
LOCATIVES = frozenset("in at from into across throughout near outside inside towards toward".split())
PREPOSITIONS = frozenset(
    """of to in on at by with from for about against into onto over under after before during
    between among via without within toward towards upon like than despite amid including""".split()
)
# Reporting verbs (all forms). Used here to spot names next to them.
REPORTING_VERBS = lex.SPEECH_FORMS


# --------------------------------------------------------------------------
# Small helpers on tokens.


@lru_cache(maxsize=1 << 14)
def base(norm: str) -> str:
    """A token's norm without a possessive ending."""
    if norm.endswith("'s"):
        return norm[:-2]
    if norm.endswith("s'"):
        return norm[:-1]
    return norm


def surface_end(text: str, tok: Token) -> int:
    """End of a token without a possessive 's (Okafor’s → Okafor)."""
    e = tok.end
    if e - tok.start > 2 and text[e - 2] in "’'" and text[e - 1] in "sS":
        return e - 2
    return e


def is_cap(text: str, tok: Token) -> bool:
    return text[tok.start].isupper()


def is_proper(text: str, tok: Token) -> bool:
    """Title-case ('Said'), as opposed to lower case or SHOUTED TEXT, where a
    capital tells nothing: used to keep capitalised words from being verbs."""
    w = text[tok.start:tok.end]
    return w[:1].isupper() and not (w.isupper() and len(w) > 1)


def nation(word_norm: str) -> str | None:
    """The country a place name or demonym stands for (Kenya/Kenyan → 'kenya')."""
    return lex.nation_of(base(word_norm))


def _family(head: str) -> frozenset[str]:
    for fam in ROLE_FAMILIES:
        if head in fam:
            return fam
    return frozenset((head,))


def gap_ok(text: str, a: Token, b: Token, allow: str = " ") -> bool:
    """True when only the characters in `allow` separate two tokens."""
    return a.end <= b.start and all(c in allow for c in text[a.end:b.start]) and b.start - a.end <= 3


# --------------------------------------------------------------------------
# The registry of entities.


@dataclass
class Entity:
    key: int
    type: str  # person | organisation | group
    first: str | None = None  # folded first name (persons)
    last: str | None = None  # folded surname (persons)
    norm: str = ""  # normalised name (organisations, groups)
    names: list[str] = field(default_factory=list)  # surface forms, first seen first
    roles: list[str] = field(default_factory=list)
    principal: int | None = None  # for an office/spokesperson of a person
    spokes: bool = False  # a spokesperson's office, or a person whose role is spokesperson
    placeish: bool = False  # a place standing for its government ("Europe stressed")
    media: bool = False  # a news organisation: it reports, rarely speaks
    weak: bool = False  # found only as a description ("the city council"): an actor only if it speaks
    full_names: list[tuple[str, ...]] = field(default_factory=list)
    gender: str = ""  # "m" / "f" when an honorific, a gendered role or a pronoun told it

    def learn_gender(self, g: str) -> None:
        if g and not self.gender:
            self.gender = g

    def add_name(self, s: str) -> None:
        s = " ".join(s.split())
        if s and s not in self.names:
            self.names.append(s)

    def add_role(self, s: str) -> None:
        s = " ".join(s.split()).strip(" ,")
        if s and s.lower() not in (r.lower() for r in self.roles):
            self.roles.append(s)
        if any(h in role_heads_of(s) for h in ("spokesman", "spokeswoman", "spokesperson")):
            self.spokes = True
        for w in s.lower().split():
            self.learn_gender(lex.GENDERED_ROLES.get(w, ""))


def role_heads_of(role: str) -> set[str]:
    """The head nouns a role phrase can be referred back to by."""
    words = [base(w) for w in re.findall(r"[\w'’\-]+", role.lower().replace("’", "'"))]
    heads = {w for w in words if w in TITLE_HEADS}
    joined = " ".join(words)
    heads.update(head for title, head in COMPOUND_TITLES.items() if title in joined)
    return heads


COMPOUND_TITLES = lex.COMPOUND_TITLES


class Registry:
    """Entities of one story, merged across sources."""

    def __init__(self, sources: Sequence[Source]):
        self.entities: list[Entity] = []
        self._by_last: dict[str, list[int]] = {}
        self._by_norm: dict[str, int] = {}
        self._offices: dict[int, int] = {}
        self.sources = sources
        self.lowercase_words, self.placeish_words, self.the_words = _word_evidence(sources)

    # -- creation -----------------------------------------------------------------
    def _new(self, type_: str, **kw) -> Entity:
        e = Entity(len(self.entities), type_, **kw)
        self.entities.append(e)
        return e

    def person(self, parts: Sequence[str], surface: str, recent: Sequence[int] = (), weak: bool = False) -> Entity:
        """The person named by `parts` (folded name tokens), created if new.

        Same surname and compatible first names merge; a surname alone joins
        the most recent person of that surname in the article, else the only one.
        """
        last = parts[-1]
        first = parts[0] if len(parts) > 1 and parts[0] not in NAME_PARTICLES else None
        cands = [self.entities[k] for k in self._surname_candidates(last)]
        if first is not None:
            cands = [e for e in cands if e.first is None or _same_name(e.first, first)]
        ent = None
        if len(cands) == 1:
            ent = cands[0]
        elif cands:
            by_recent = [k for k in reversed(recent) if any(c.key == k for c in cands)]
            ent = self.entities[by_recent[0]] if by_recent else cands[0]
        if ent is None:
            ent = self._new("person", first=first, last=last, weak=weak)
            self._by_last.setdefault(last, []).append(ent.key)
        elif not weak:
            ent.weak = False
        if ent.type != "person" and (first is not None or ent.placeish is False):
            ent.type = "person"
        if ent.first is None and first is not None:
            ent.first = first
        if len(parts) > 1 and tuple(parts) not in ent.full_names:
            ent.full_names.append(tuple(parts))
        ent.add_name(surface)
        return ent

    def _surname_candidates(self, last: str) -> list[int]:
        out = list(self._by_last.get(last, ()))
        if not out and len(last) >= 6:
            # Transliteration variants beyond what fold_word covers (Sokolov/Sokolow).
            for other, keys in self._by_last.items():
                if other[:3] == last[:3] and len(other) >= 6 and Levenshtein.distance(other, last) <= 1:
                    out.extend(keys)
        return out

    def known_surname(self, last: str) -> bool:
        return bool(self._surname_candidates(last))

    def org(self, norm: str, surface: str, type_: str = "organisation", **flags) -> Entity:
        norm = " ".join(norm.split())
        k = self._by_norm.get(norm)
        if k is None:
            ent = self._new(type_, norm=norm, **flags)
            self._by_norm[norm] = ent.key
        else:
            ent = self.entities[k]
            for f, v in flags.items():
                if v:
                    setattr(ent, f, v)
        ent.add_name(surface)
        return ent

    def find_org(self, norm: str) -> Entity | None:
        k = self._by_norm.get(" ".join(norm.split()))
        return None if k is None else self.entities[k]

    def office_of(self, principal: int, surface: str) -> Entity:
        """The spokesperson/office speaking for a person (one per person)."""
        k = self._offices.get(principal)
        if k is None:
            ent = self._new("organisation", principal=principal, spokes=True,
                            norm=f"office of #{principal}")
            self._offices[principal] = ent.key
        else:
            ent = self.entities[k]
        ent.add_name(surface)
        return ent

    # -- lookups ------------------------------------------------------------------
    def persons_named(self, last: str) -> list[int]:
        return self._surname_candidates(last)

    def looks_placeish(self, norm: str) -> bool:
        """A capitalised word used as a place or institution, not a person."""
        n = base(norm)
        return n in self.placeish_words or n in self.the_words

    # -- output -------------------------------------------------------------------
    def display_name(self, ent: Entity) -> str:
        if ent.principal is not None:
            p = self.entities[ent.principal]
            return f"{self.display_name(p)}'s office"
        if ent.type == "person" and ent.names:
            # The longest plain name (no title), else the first surface.
            plain = [n for n in ent.names if not _has_title(n)]
            pool = plain or ent.names
            return max(pool, key=lambda n: (len(n.split()), -pool.index(n)))
        return ent.names[0] if ent.names else ent.norm

    def freeze(self, counts: dict[int, int], order: dict[int, int]) -> tuple[tuple[Actor, ...], dict[int, str]]:
        """Actors ordered by number of statements (desc), then first appearance."""
        keys = [e.key for e in self.entities if e.names]
        keys.sort(key=lambda k: (-counts.get(k, 0), order.get(k, 1 << 60), k))
        ids: dict[int, str] = {}
        actors = []
        for i, k in enumerate(keys, 1):
            ent = self.entities[k]
            ids[k] = f"a{i}"
            name = self.display_name(ent)
            names = list(ent.names)
            # The surname alone names the person too, unless someone else shares it.
            if ent.type == "person" and len(name.split()) > 1 and len(self._by_last.get(ent.last or "", ())) == 1:
                last = name.split()[-1]
                if last not in names:
                    names.append(last)
            aliases = tuple(n for n in names if n != name)
            roles = tuple(r for r in ent.roles
                          if len(r.split()) > 1 or not any(r.lower() in o.lower().split() for o in ent.roles if o != r))
            if ent.principal is not None:
                roles = tuple(dict.fromkeys(roles + ("spokesperson",)))
            actors.append(Actor(ids[k], name, aliases, roles, ent.type))  # type: ignore[arg-type]
        return tuple(actors), ids


def _has_title(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".")
    return first in HONORIFICS or first in TITLE_HEADS


def _same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return len(a) >= 5 and len(b) >= 5 and Levenshtein.distance(a, b) <= 1


def _word_evidence(sources: Sequence[Source]) -> tuple[set[str], set[str], set[str]]:
    """Story-wide clues about words: seen in lower case; used as a place
    (after 'in', 'from' …) or as the base of a demonym (Europe/European);
    seen after 'the' (the Vatican): such words are not people."""
    lower: set[str] = set()
    caps: set[str] = set()
    place: set[str] = set()
    the: set[str] = set()
    for src in sources:
        text = src.text
        toks = src.tokens
        for i, t in enumerate(toks):
            if not text[t.start].isupper():
                lower.add(t.norm)
                continue
            n = base(t.norm)
            caps.add(n)
            if i and text[t.start - 1] == " ":
                prev = toks[i - 1].norm
                if prev in LOCATIVES:
                    place.add(n)
                elif prev == "the" and _is_head(text, toks, i):
                    the.add(n)
    # A place and its demonym (Europe/Europeans, Russia/Russian): both are
    # places or peoples, never a person's name.
    for w in caps:
        if len(w) < 4:
            continue
        stems = {w, w[:-1]} if w.endswith(("e", "a", "y", "o")) else {w}
        for st in stems:
            for suffix in ("an", "n", "ian", "ean", "ese", "ish", "i", "ans", "ns", "ians", "eans"):
                if st + suffix in caps and st + suffix != w:
                    place.add(w)
                    place.add(st + suffix)
    return lower, place, the


# --------------------------------------------------------------------------
# Pass 1: anchored names (a title, an honorific or a reporting verb beside them).


def _is_head(text: str, toks: Sequence[Token], i: int) -> bool:
    """'the Pentagon.' / 'the Pentagon said': the word heads its noun phrase
    (unlike 'the Okafor administration', where it is a modifier)."""
    if i + 1 >= len(toks) or not gap_ok(text, toks[i], toks[i + 1]):
        return True
    nxt = toks[i + 1].norm
    return nxt in STOPWORDS or nxt in PREPOSITIONS or nxt in REPORTING_VERBS


def _complement_at(toks: Sequence[Token], i: int) -> bool:
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


def name_run(text: str, toks: Sequence[Token], i: int, limit: int = 4) -> int:
    """End index (exclusive) of a run of name tokens starting at toks[i], or i."""
    j = i
    n = len(toks)
    while j < n and j - i < limit:
        t = toks[j]
        nb = base(t.norm)
        if j > i:
            if not gap_ok(text, toks[j - 1], t, " []"):
                break
        if is_cap(text, t) and _nameish(nb):
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
    if end - i < 3 and not (end - i == 2 and nb in lex.DESCRIPTORS):
        return False
    return nb in lex.DESCRIPTORS or (len(nb) >= 6 and nb.endswith(_AGENT_ENDINGS) and end - i >= 3)


def _nameish(nb: str) -> bool:
    return (
        nb not in PREPOSITIONS
        and
        nb not in TITLE_HEADS
        and nb not in HONORIFICS
        and nb not in DAYS_MONTHS
        and nb not in ORG_KEYWORDS
        and nb not in STOPWORDS
        and not nb[:1].isdigit()
        and len(nb) > 1
    )


def title_before(text: str, toks: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(role_start_index, title_end_index) when toks[i] is right after a title.

    "US Secretary of State Ana Ortiz": the title ends before "Ana"; the
    role phrase extends back over modifiers ("US", "Treasury", "Kenya’s lead").
    """
    j = i - 1
    if j < 0:
        return None
    if not gap_ok(text, toks[j], toks[i], " ["):
        # apposition after a title: "the union’s general secretary, Mick Lynch"
        two_words = i + 1 < len(toks) and is_cap(text, toks[i + 1]) and gap_ok(text, toks[i], toks[i + 1])
        if not (text[toks[j].end:toks[i].start] == ", " and two_words and base(toks[j].norm) in TITLE_HEADS
                and not is_cap(text, toks[j])):
            return None
    # "Secretary of State": complements after "of"
    k = j
    while k >= 0 and toks[k].norm in TITLE_COMPLEMENTS and k - 1 >= 0 and k >= j - 3:
        k -= 1
    if (k < j and toks[k].norm == "of" and k - 1 >= 0 and base(toks[k - 1].norm) in TITLE_HEADS
            and any(t.norm != "the" for t in toks[k + 1:j + 1])):
        head = k - 1
    elif base(toks[j].norm) in TITLE_HEADS and toks[j].norm == base(toks[j].norm):
        head = j
    elif (not is_cap(text, toks[j]) and len(toks[j].norm) >= 6 and toks[j].norm.endswith(_AGENT_ENDINGS)
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
    """Pass 1 over every source: create the anchored entities; then a second
    look links full names ('Elena Petrova') to people first met by surname."""
    for link_only in (False, True):
        _collect(registry, units, link_only)


def _collect(registry: Registry, units: dict[str, list], link_only: bool) -> None:
    for src in registry.sources:
        text = src.text
        toks = src.tokens
        recent: list[int] = []
        for u in units[src.id]:
            lo, hi = _tok_index(src, u[0]), _tok_index(src, u[1])
            i = lo
            while i < hi:
                t = toks[i]
                if not is_cap(text, t) or not _nameish(base(t.norm)) or _complement_at(toks, i):
                    i += 1
                    continue
                end = name_run(text, toks, i)
                if end == i:
                    i += 1
                    continue
                if is_descriptor(text, toks, i, end):
                    i += 1
                    continue
                if link_only:
                    parts = [base(x.fold) for x in toks[i:end]]
                    if len(parts) > 1 and registry.known_surname(parts[-1]) and not _title_next(text, toks, end, hi):
                        known = [registry.entities[k] for k in registry.persons_named(parts[-1])]
                        if any(e.type == "person" and e.first is None for e in known):
                            registry.person(parts, surface(text, toks, i, end), recent)
                    i = end
                    continue
                ent = _anchor(registry, src, toks, i, end, lo, hi, recent)
                if ent is not None:
                    recent.append(ent.key)
                i = end


def _tok_index(src: Source, offset: int) -> int:
    """Index of the first token of `src` starting at or after `offset`."""
    return token_index(src.tokens, offset)


def _anchor(reg: Registry, src: Source, toks, i: int, end: int, lo: int, hi: int, recent) -> Entity | None:
    text = src.text
    parts = [base(t.fold) for t in toks[i:end]]
    surf = surface(text, toks, i, end)
    nxt = toks[end] if end < hi else None
    prev = toks[i - 1] if i > lo else None
    if _title_next(text, toks, end, hi):
        return None  # "Interior Minister Jane Doe": part of a title
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
        norm = " ".join(base(t.fold) for t in toks[i:j])
        return reg.org(norm, surface(text, toks, i, j))
    if i >= 2 and toks[i - 1].norm == "for" and base(toks[i - 2].norm) in SPOKES_HEADS and not reg.known_surname(parts[-1]):
        return reg.org(" ".join(parts), surf)  # "a spokeswoman for Greenfield Events"
    if nxt is not None and nxt.norm in MEDIA_NOUNS or (
        nxt is not None and nxt.norm == "news" and end + 1 < hi and toks[end + 1].norm in MEDIA_NOUNS
    ):
        return reg.org(" ".join(parts), surf, media=True)
    if prev is not None and prev.norm in MEDIA_NOUNS and gap_ok(text, prev, toks[i]):
        ent = reg.org(" ".join(parts), surf, media=True)
        r = title_before_media(text, toks, i - 1, lo)
        if r:
            ent.add_role(r)
        return ent
    tb = title_before(text, toks, i)
    if tb is not None and not (len(parts) == 1 and base(toks[i].norm) in reg.placeish_words):
        rs, te = tb
        ent = reg.person(parts, surf, recent)
        title = text[toks[rs].start:toks[te - 1].end]
        ent.add_role(title)
        head_tok = toks[te - 1]
        if rs == te - 1 and base(head_tok.norm) in TITLE_HEADS and is_cap(text, head_tok):
            ent.add_name(f"{text[head_tok.start:head_tok.end]} {surf}")
        return ent
    if prev is not None and base(prev.norm) in HONORIFICS and all(c in ". " for c in text[prev.end:toks[i].start]):
        ent = reg.person(parts, surf, recent)
        ent.learn_gender(lex.HONORIFICS.get(base(prev.norm), ""))
        ent.add_name(text[prev.start:prev.end] + ("." if text[prev.end:prev.end + 1] == "." else "") + " " + surf)
        return ent
    # A title in apposition: "Jane Doe, the chief negotiator," / "named Jane Doe as its chief executive"
    role = title_after(text, toks, end, hi)
    if role is not None and not any(p in reg.placeish_words for p in parts) and reg.find_org(" ".join(parts)) is None:
        ent = reg.person(parts, surf, recent)
        ent.add_role(role)
        return ent
    # Beside a reporting verb: "Jane Doe said", "says Jane Doe".
    after_prep = prev is not None and prev.norm in PREPOSITIONS and not is_cap(text, prev)
    speaks = (_verb_after(text, toks, end, hi) and not after_prep) or _verb_before(text, toks, i, lo)
    known = reg.known_surname(parts[-1]) or reg.find_org(" ".join(parts)) is not None
    if known:
        return _link_known(reg, parts, surf, recent)
    if not speaks:
        if _subject_name(reg, text, toks, i, end, lo, hi):
            # "Amira Haddad won the title": a full name as a sentence's
            # subject, kept only if the person speaks somewhere
            return reg.person(parts, surf, recent, weak=True)
        return None
    first_word = i == lo or (prev is not None and text[prev.end:toks[i].start].strip(" ") and
                              text[prev.end:toks[i].start].strip(" ")[-1] in ".!?:;\n")
    if len(parts) == 1:
        nb = base(toks[i].norm)
        if first_word and nb in reg.lowercase_words:
            return None  # "Officials said": a common word at a sentence start
        if toks[i].norm.isupper() or text[toks[i].start:toks[i].end].isupper() and len(nb) <= 5:
            return reg.org(" ".join(parts), surf)  # an acronym
        if reg.looks_placeish(toks[i].norm):
            return reg.org(" ".join(parts), surf, placeish=True)
        return reg.person(parts, surf, recent)
    if any(p in reg.placeish_words or p in reg.the_words for p in parts):
        return None
    return reg.person(parts, surf, recent)


def _title_next(text: str, toks, end: int, hi: int) -> bool:
    """Is the run followed by a capitalised title and a name ('Interior Minister Jane Doe')?"""
    return (end + 1 < hi and is_cap(text, toks[end]) and base(toks[end].norm) in TITLE_HEADS
            and gap_ok(text, toks[end - 1], toks[end]) and gap_ok(text, toks[end], toks[end + 1])
            and is_cap(text, toks[end + 1]))


ORG_CONNECTORS = frozenset("for of against without".split())


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
    j = k
    while j < hi and j - k < 4 and is_cap(text, toks[j]) and gap_ok(text, toks[j - 1], toks[j]) and toks[j].norm == base(toks[j].norm):
        j += 1
    if j == k or base(toks[j - 1].norm) in ORG_KEYWORDS or (j < hi and base(toks[j].norm) in ORG_KEYWORDS):
        return end  # "Shareholders of Castellan Mining": the organisation is the part after "of"
    return j


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
    s = j
    if j < hi and (toks[j].norm in ("the", "a", "an", "its", "his", "her", "their") or toks[j].norm.endswith("'s")):
        j += 1
    k = j
    while k < hi and k - j < 5:
        if k > s and not gap_ok(text, toks[k - 1], toks[k]):
            return None
        n = base(toks[k].norm)
        if n in TITLE_HEADS and toks[k].norm == n and not is_cap(text, toks[k]):
            # the head ends the phrase, or a compound title continues it ('chief executive')
            if k + 1 < hi and base(toks[k + 1].norm) in TITLE_HEADS and gap_ok(text, toks[k], toks[k + 1]):
                k += 1
            nxt = toks[k + 1] if k + 1 < hi else None
            if nxt is None or not gap_ok(text, toks[k], nxt) or nxt.norm in PREPOSITIONS or nxt.norm == "and":
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
    if i != lo or not 2 <= end - i <= 3 or end >= hi or not gap_ok(text, toks[end - 1], toks[end]):
        return False
    v = toks[end].norm
    if not (v in lex.FINITE or v in lex.IRREGULAR_PAST or (v.endswith("ed") and len(v) > 4)) or is_cap(text, toks[end]):
        return False
    for t in toks[i:end]:
        b = base(t.norm)
        if (b in reg.lowercase_words or b in reg.placeish_words or b in reg.the_words or lex.nation_of(b)
                or b in lex.DESCRIPTORS or t.norm != b and t is not toks[end - 1] or "-" in b):
            return False
    return True


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


_VERB_GLUE = frozenset("also then later previously repeatedly again has have had 's reportedly publicly "
                       "privately initially earlier recently subsequently further likewise similarly "
                       "immediately simply once still only even long just already never in turn".split())


def _verb_after(text: str, toks, end: int, hi: int) -> bool:
    """'Okafor said', 'Novak had previously stated' (no comma in between)."""
    if toks[end - 1].norm.endswith("'s"):
        return False  # "Russia’s claim": a possessive before a noun
    j = end
    if end - 1 > 0 and end < hi and text[toks[end - 1].end:toks[end].start] == ", ":
        # "Jane Doe, a senior analyst at Northwind Capital, said"
        for k in range(end + 1, min(hi, end + 20)):
            g = text[toks[k - 1].end:toks[k].start]
            if re.search(r"[.;:!?“”\"()]", g):
                return False
            if "," in g:
                j = k
                break
        else:
            return False
    while j < hi and j - end < 3 and toks[j].norm in _VERB_GLUE and gap_ok(text, toks[j - 1], toks[j]):
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
    if p.norm not in ("said", "says", "say", "added", "adds", "wrote", "writes", "asked", "asks",
                      "told", "tells", "continued", "explained", "replied", "warned", "insisted"):
        return False
    before = text[toks[i - 2].end:p.start] if i - 2 >= lo else text[max(0, p.start - 3):p.start]
    return bool(re.search(r"[,”\"’'»]\s*$", before))


# --------------------------------------------------------------------------
# Pass 2: every mention of an entity in one source, with pronouns and role
# phrases resolved.


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
    qstarts = [q[0] for q in quoted]

    def in_quote(off: int) -> bool:
        k = bisect.bisect_right(qstarts, off) - 1
        return k >= 0 and quoted[k][0] <= off < quoted[k][1]

    out: list[Mention] = []
    recent: list[int] = []  # entity keys in order of mention (trimmed as it grows)
    unit_of: list[int] = []  # for each mention, its unit index
    for ui, (us, ue, _p) in enumerate(units):
        lo, hi = _tok_index(src, us), _tok_index(src, ue)
        i = lo
        while i < hi:
            t = toks[i]
            if in_quote(t.start):
                i += 1
                continue
            m, nxt = _mention_at(reg, src, toks, i, lo, hi, out, unit_of, units, ui, recent)
            if m is not None:
                out.append(m)
                unit_of.append(ui)
                if m.entity is not None:
                    recent.append(m.entity)
                    if len(recent) > 400:
                        del recent[:200]
            i = max(nxt, i + 1)
    return out


def _mention_at(reg: Registry, src: Source, toks, i, lo, hi, out, unit_of, units, ui, recent):
    text = src.text
    t = toks[i]
    nb = base(t.norm)
    # Pronouns.
    if t.norm in PERSON_PRONOUNS:
        gender = "f" if t.norm.startswith("she") else "m"
        ent = _resolve_pronoun(reg, out, unit_of, ui, units, person=True, gender=gender)
        if ent is not None:
            reg.entities[ent].learn_gender(gender)
        return Mention(t.start, t.end, ent, "pronoun"), i + 1
    if t.norm == "it" and _speaks_next(text, toks, i + 1, hi):
        # "It said that …": the organisation last named, never a person
        return Mention(t.start, t.end, recent_org(reg, recent), "pronoun"), i + 1
    if t.norm in GROUP_PRONOUNS:
        ent = _resolve_pronoun(reg, out, unit_of, ui, units, person=False)
        return Mention(t.start, t.end, ent, "pronoun"), i + 1
    # Role phrases and groups begin with a determiner or a possessive.
    if t.norm in ("the", "a", "an") or t.norm.endswith("'s") or is_cap(text, t) or t.norm in GROUP_QUANTIFIERS:
        r = _role_or_group(reg, src, toks, i, lo, hi, out, recent)
        if r is not None:
            return r
    if is_cap(text, t) and _nameish(nb) and not _complement_at(toks, i):
        end = name_run(text, toks, i)
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
                if j > end:
                    org = reg.find_org(" ".join(base(x.fold) for x in toks[i:j]))
                    if org is not None:
                        end, surface_e = j, surface_end(text, toks[j - 1])
            if org is not None:
                return _maybe_office(reg, src, toks, i, end, hi, org, Mention(toks[i].start, surface_e, org.key, "org"))
            cands = _person_candidates(reg, parts)
            if cands:
                ent = _pick_recent(cands, recent)
                m = Mention(toks[i].start, surface_e, ent, "name")
                return _maybe_office(reg, src, toks, i, end, hi, reg.entities[ent], m)
            return None, end
    return None, i + 1


def _speaks_next(text: str, toks, j: int, hi: int) -> bool:
    """Is toks[j] (after adverbs like 'also', 'later') a reporting verb?"""
    k = j
    while k < hi and k - j < 3 and toks[k].norm in _VERB_GLUE:
        k += 1
    return k < hi and toks[k].norm in REPORTING_VERBS and not is_proper(text, toks[k])


def recent_org(reg: Registry, recent: Sequence[int], head: str | None = None) -> int | None:
    """The organisation most recently mentioned in this article (one whose
    name ends with `head` when given: 'the union' → 'Rail Workers Union'),
    not a news organisation, a place or a person's office."""
    for k in reversed(recent[-200:]):
        e = reg.entities[k]
        if e.type != "organisation" or e.media or e.placeish or e.principal is not None:
            continue
        words = e.norm.split()
        if head is None or (words and (words[-1] == head or (len(words) > 2 and words[0] == head and words[1] == "of"))):
            return k
    return None


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
    last = parts[-1]
    keys = reg.persons_named(last)
    if len(parts) > 1 and parts[0] not in NAME_PARTICLES:
        keys = [k for k in keys if reg.entities[k].first is None or _same_name(reg.entities[k].first, parts[0])]
        if not keys:
            # "Anna Novak" where only "Novak" is known, or a first name alone.
            keys = reg.persons_named(parts[0]) if len(parts) == 1 else []
    return keys


def _pick_recent(cands: Sequence[int], recent: Sequence[int]) -> int:
    for k in reversed(recent):
        if k in cands:
            return k
    return cands[0]


_DETS = frozenset(("the", "a", "an"))


def _role_or_group(reg: Registry, src: Source, toks, i, lo, hi, out, recent):
    """A role phrase ('the Kenyan leader', 'Brazil’s top diplomat', 'a
    spokesperson for the UK Prime Minister') or a speaking group ('European
    leaders', 'a bipartisan group of US senators') starting at token i.

    Returns (Mention, next index) or None.
    """
    text = src.text
    first = toks[i].norm
    # "the company said", "the airline added", "the union says": the
    # organisation this article named, not a new actor called "company"
    if first == "the" and i + 1 < hi and gap_ok(text, toks[i], toks[i + 1]):
        hd = toks[i + 1].norm
        nxt = toks[i + 2] if i + 2 < hi else None
        if (hd in lex.ORG_DESCRIPTORS or hd in ORG_KEYWORDS) and _speaks_next(text, toks, i + 2, hi) \
                and not is_cap(text, toks[i + 1]):
            k = recent_org(reg, recent, hd)
            if k is None and hd in lex.ORG_DESCRIPTORS:
                k = recent_org(reg, recent)
                if k is None:
                    return Mention(toks[i].start, toks[i + 1].end, None, "role"), i + 2
            if k is not None:
                return Mention(toks[i].start, toks[i + 1].end, k, "org"), i + 2
    # "the 14-year-old said": the person last named
    if first == "the" and i + 1 < hi and re.fullmatch(r"\d+-year-old", toks[i + 1].norm):
        k = next((k for k in reversed(recent[-50:]) if reg.entities[k].type == "person"), None)
        return Mention(toks[i].start, toks[i + 1].end, k, "role"), i + 2
    # "Police said", "the police said": an institution named by its kind
    k0 = i + 1 if first == "the" else i
    if (k0 + 1 < hi and base(toks[k0].norm) in ORG_KEYWORDS and toks[k0].norm not in MEDIA_NOUNS
            and toks[k0 + 1].norm in REPORTING_VERBS and gap_ok(text, toks[k0], toks[k0 + 1])
            and (k0 == i or gap_ok(text, toks[i], toks[k0]))):
        w = toks[k0].norm
        ent = reg.find_org(w) or reg.org(w, text[toks[k0].start:toks[k0].end].lower()
                                          if k0 == i else text[toks[k0].start:toks[k0].end], weak=True)
        return Mention(toks[i].start, toks[k0].end, ent.key, "org"), k0 + 1
    det = first in _DETS or first in GROUP_QUANTIFIERS
    j = i + 1 if det else i
    mods_start = j
    # Modifiers: capitalised words, possessives, role adjectives; after a
    # determiner also one or two plain adjectives ("a bipartisan group").
    while j < hi and j - mods_start < 5:
        if j > i and not gap_ok(text, toks[j - 1], toks[j]):
            return None
        w = toks[j]
        wb = base(w.norm)
        if wb in TITLE_HEADS or w.norm in GROUP_HEADS or w.norm == "group":
            if wb in TITLE_HEADS or not (is_cap(text, w) and j + 1 < hi and is_cap(text, toks[j + 1])
                                         and gap_ok(text, w, toks[j + 1])):
                break  # else part of a name: "the Rail Workers Union"
        if wb in ORG_KEYWORDS and first == "the" and w.norm == wb:
            break
        plain_adj = (det and j - mods_start < 2 and wb.isalpha() and wb not in STOPWORDS
                     and wb not in REPORTING_VERBS and not wb.endswith("ly") and not wb.endswith("ing"))
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
    if hb in ORG_KEYWORDS and head.norm == hb and first == "the" and hb not in MEDIA_NOUNS:
        if is_cap(text, head) and j + 2 < hi and toks[j + 1].norm == "of" and is_cap(text, toks[j + 2]):
            # "the Ministry of Agriculture", "the Bank of England"
            e2 = j + 2
            while e2 < hi and e2 - j < 6 and is_cap(text, toks[e2]) and gap_ok(text, toks[e2 - 1], toks[e2]):
                e2 += 1
            words = [base(t.fold) for t in toks[mods_start:e2]]
            ent = reg.org(" ".join(words), text[toks[mods_start].start:toks[e2 - 1].end])
            return Mention(toks[i].start, toks[e2 - 1].end, ent.key, "org"), e2
        words = [base(t.fold) for t in toks[mods_start:j + 1]]
        known = reg.find_org(" ".join(words))
        if known is None and not mods:
            # "the council" after "the city council": the one already met
            k = recent_org(reg, recent, words[-1])
            known = reg.entities[k] if k is not None else None
        ent = known or reg.org(" ".join(words), text[toks[mods_start].start:head.end], weak=True)
        return Mention(toks[i].start, head.end, ent.key, "org"), j + 1
    if hb not in TITLE_HEADS or (head.norm != hb and not head.norm.endswith("'s")):
        return None
    if not (first in _DETS or first.endswith("'s") or mods):
        return None
    # "secretary of state"
    k = j + 1
    if k + 1 < hi and toks[k].norm == "of" and toks[k + 1].norm in TITLE_COMPLEMENTS:
        k += 2
        while k < hi and toks[k].norm in TITLE_COMPLEMENTS and toks[k - 1].norm == "the":
            k += 1
    # A title followed by a name is that name's title, not a reference.
    if k < hi and is_cap(text, toks[k]) and _nameish(base(toks[k].norm)) and gap_ok(text, toks[k - 1], toks[k], " ["):
        return None
    # "the union’s general secretary, Mick Lynch": the role and its holder in apposition
    if k < hi and text[toks[k - 1].end:toks[k].start] == ", " and is_cap(text, toks[k]) and _nameish(base(toks[k].norm)):
        e2 = name_run(text, toks, k)
        c = _person_candidates(reg, [base(x.fold) for x in toks[k:e2]]) if e2 > k else []
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
        inner = _role_or_group(reg, src, toks, k + 1, lo, hi, out, recent)
        if inner is not None:
            target, inner_end = inner[0].entity, inner[1]
        else:
            # "for Prime Minister Elena Duarte": skip the title, find the name
            for p in range(k + 1, min(hi, k + 7)):
                if p > k + 1 and not gap_ok(text, toks[p - 1], toks[p]):
                    break
                if not is_cap(text, toks[p]) or not _nameish(base(toks[p].norm)) or _complement_at(toks, p):
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
            s = text[toks[i + 1].start if first in _DETS else phrase_start:toks[inner_end - 1].end]
            office.add_name(s)
            return Mention(phrase_start, toks[inner_end - 1].end, office.key, "role"), inner_end
    if hb in SPOKES_HEADS and mods and mods[-1].norm.endswith("'s") and is_cap(text, mods[-1]):
        # "Prime Minister Jane Doe's spokesman": that person's office
        a = len(mods) - 1
        while a > 0 and is_cap(text, mods[a - 1]) and _nameish(base(mods[a - 1].norm)):
            a -= 1
        c = _person_candidates(reg, [base(m.fold) for m in mods[a:]])
        if c:
            office = reg.office_of(_pick_recent(c, recent), "")
            office.add_name(text[mods[a].start:head.end])
            return Mention(phrase_start, head.end, office.key, "role"), j + 1
    ent = resolve_role(reg, mods, heads, recent, src)
    return Mention(phrase_start, toks[k - 1].end, ent, "role"), k


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


def _role_nations(role: str) -> set[str]:
    """Nationality-like words of a role ('US Secretary of State' → {'us'})."""
    words = [w for w in re.findall(r"[\w.'’\-]+", role.replace("’", "'")) if w[:1].isupper()]
    return _nations_of_words(w.lower().replace(".", "") for w in words)


def resolve_role(reg: Registry, mods: Sequence[Token], heads: set[str], recent: Sequence[int],
                 src: Source) -> int | None:
    """The entity a role phrase refers to: someone holding a compatible
    title (same family of heads; same nationality when both say one), the
    most recently mentioned in this article first; else the one holder in
    the whole story. A role that fits nobody stays unresolved."""
    text = src.text
    fam: set[str] = set()
    for h in heads:
        fam |= _family(h)
    nations = _nations_of_words(m.norm for m in mods if is_cap(text, m) or m.norm.endswith("'s"))
    spokes = bool(heads & SPOKES_HEADS)
    # "a State Department spokesperson" speaks for the State Department.
    cap_mods = [base(m.fold) for m in mods if is_cap(text, m)]
    if spokes and cap_mods:
        for a in range(len(cap_mods)):
            org = reg.find_org(" ".join(cap_mods[a:]))
            if org is not None and org.type != "person":
                return org.key

    if spokes:
        org_words = [base(m.fold) for m in mods if not is_cap(text, m) and base(m.norm) in ORG_KEYWORDS | lex.ORG_DESCRIPTORS]
        if org_words:
            k = recent_org(reg, recent, org_words[-1]) or (recent_org(reg, recent) if org_words[-1] in lex.ORG_DESCRIPTORS else None)
            if k is not None:
                return k
            if org_words[-1] not in ORG_KEYWORDS:
                return None
            known = reg.find_org(" ".join(org_words))
            return (known or reg.org(" ".join(org_words), " ".join(org_words), weak=True)).key

    def score(ent: Entity) -> int:
        if spokes and ent.type == "organisation" and ent.spokes:
            return 0 if nations else 2
        best = 0
        for role in ent.roles:
            if not (role_heads_of(role) & fam):
                continue
            rn = _role_nations(role)
            if nations and rn:
                if nations & rn:
                    best = max(best, 2)
            else:
                best = max(best, 1)
        return best

    seen: list[int] = []
    for k in reversed(recent[-200:]):  # recent mentions only: keeps long texts linear
        if k not in seen:
            seen.append(k)
    scored = [(score(reg.entities[k]), -n, k) for n, k in enumerate(seen)]
    scored = [x for x in scored if x[0] > 0]
    if scored:
        return max(scored)[2]
    holders = [e.key for e in reg.entities if e.names and score(e) == 2]
    if len(holders) == 1 and not spokes:
        return holders[0]
    return None


def _resolve_pronoun(reg: Registry, out: Sequence[Mention], unit_of: Sequence[int], ui: int,
                     units, person: bool, gender: str = "") -> int | None:
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
    k = len(out) - 1
    # same sentence
    first_here = None
    while k >= 0 and unit_of[k] == ui:
        if ok(out[k]):
            first_here = out[k].entity
        k -= 1
    if first_here is not None:
        return first_here
    while k >= 0:
        u = unit_of[k]
        if ui - u > 3:
            break
        first = None
        while k >= 0 and unit_of[k] == u:
            if ok(out[k]):
                first = out[k].entity
            k -= 1
        if first is not None:
            return first
    return None
