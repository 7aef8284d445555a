"""The registry of actors: the people, organisations and groups of one story,
merged across its sources (surname and first-name variants, transliterations,
titles), frozen into `Actor` values at the end.

The registry is the only mutable object of the analysis: it is filled while
the sources are read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, not_

from rapidfuzz.distance import Levenshtein

from ..lexicon import speech as lex
from ..lexicon.speech import LOCATIVES, NAME_PARTICLES, PREPOSITIONS, TITLE_HEADS
from ..model import Actor, Source, Token
from ..text import STOPWORDS
from .words import base, gap_ok, HONORIFICS, REPORTING_VERBS, role_heads_of, unit_bounds


def narrow_by_gender(cands: list[Entity], gender: str) -> list[Entity]:
    """Among people of one surname: the one an honorific's gender fits
    ('Mrs Haddad'), else those not met only as someone's relation by first
    name (a bare 'Rayner' is Sir Edmund, not 'his wife, Margaret')."""
    if gender:
        told = [c for c in cands if c.gender == gender]
        if len(told) == 1:
            return told
        fits = [c for c in cands if not (c.gender and c.gender != gender)]
        if len(fits) == 1:
            return fits
    return [c for c in cands if not c.kin] or cands


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
    kin: bool = False  # met as someone's relation by first name ('his wife Leila'): not who a bare surname means

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


class NameRuns(dict):
    """Token index → end of the run of name tokens starting there
    (`names.name_run`), computed when first asked for, for the tokens that can
    start a name (`starts`, in order; `is_start`). Both passes over a source
    read it: the words of a name are looked at once."""

    def __init__(self, src: Source, starts: list[int], run) -> None:
        super().__init__()
        self.src = src
        self.starts = starts
        self.is_start = frozenset(starts)
        self._run = run

    def __missing__(self, i: int) -> int:
        end = self[i] = self._run(self.src.text, self.src.tokens, i)
        return end


class Registry:
    """Entities of one story, merged across sources."""

    def __init__(self, sources: Sequence[Source], words: Sequence[tuple] | None = None):
        """`words`, when given: `source_words(src)` of each source (watch
        mode keeps them from one analysis to the next)."""
        self.entities: list[Entity] = []
        self._by_last: dict[str, list[int]] = {}
        # surnames of 6+ letters by their first three, in order of creation
        # (the transliteration look-up compares only these)
        self._by_prefix: dict[str, list[str]] = {}
        self._by_norm: dict[str, int] = {}
        self._offices: dict[int, int] = {}
        self.sources = sources
        self.lowercase_words, self.placeish_words, self.the_words = word_evidence(
            words if words is not None else map(source_words, sources))
        self._name_runs: dict[int, tuple[Source, NameRuns]] = {}
        self._named_orgs: tuple[int, list[int]] = (-1, [])
        self._unit_bounds: dict[int, tuple[Source, list, list[tuple[int, int]]]] = {}

    def adopt_name_runs(self, runs: Sequence[NameRuns]) -> None:
        """Name runs computed before (a function of their source alone: watch
        mode keeps them from one analysis to the next)."""
        for r in runs:
            self._name_runs[id(r.src)] = (r.src, r)

    def name_runs(self, src: Source) -> NameRuns:
        """Where names start in a source and where they end, for both passes."""
        memo = self._name_runs.get(id(src))
        if memo is None or memo[0] is not src:
            from .names import name_run, name_starts  # names builds on the registry

            memo = self._name_runs[id(src)] = (src, NameRuns(src, name_starts(src.text, src.tokens), name_run))
        return memo[1]

    def unit_bounds(self, src: Source, units: list) -> list[tuple[int, int]]:
        """The token range of each of `src`'s units (`words.unit_bounds`),
        made once for the passes of this analysis that read them."""
        memo = self._unit_bounds.get(id(src))
        if memo is None or memo[0] is not src or memo[1] is not units:
            memo = self._unit_bounds[id(src)] = (src, units, unit_bounds(src, units))
        return memo[2]

    # -- creation -----------------------------------------------------------------
    def _new(self, type_: str, **kw) -> Entity:
        e = Entity(len(self.entities), type_, **kw)
        self.entities.append(e)
        return e

    def person(self, parts: Sequence[str], surface: str, recent: Sequence[int] = (), weak: bool = False,
               gender: str = "") -> Entity:
        """The person named by `parts` (folded name tokens), created if new.

        Same surname and compatible first names merge; a surname alone joins
        the most recent person of that surname in the article, else the only
        one; with `gender` (an honorific's: 'Mrs Haddad'), among several the
        one person known to be of that gender first.
        """
        if parts[-1] in lex.POSTNOMINALS:
            parts, surface = without_postnominals(parts, surface)
        last = parts[-1]
        first = parts[0] if len(parts) > 1 and parts[0] not in NAME_PARTICLES else None
        cands = [self.entities[k] for k in self._surname_candidates(last)]
        if first is not None:
            cands = [e for e in cands if e.first is None or same_name(e.first, first)]
        ent = None
        if len(cands) == 1:
            ent = cands[0]
        elif cands:
            cands = narrow_by_gender(cands, gender)
            by_recent = [k for k in reversed(recent) if any(c.key == k for c in cands)]
            ent = self.entities[by_recent[0]] if by_recent else cands[0]
        if ent is None:
            ent = self._new("person", first=first, last=last, weak=weak)
            if last not in self._by_last:
                self._by_last[last] = []
                if len(last) >= 6:
                    self._by_prefix.setdefault(last[:3], []).append(last)
            self._by_last[last].append(ent.key)
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
            for other in self._by_prefix.get(last[:3], ()):
                if Levenshtein.distance(other, last) <= 1:
                    out.extend(self._by_last[other])
        return out

    def alias_surname(self, word: str, key: int) -> None:
        """Look `word` up as the person `key` from now on (a first name used
        alone for someone named in full elsewhere: 'Linda' for Linda Rowe)."""
        self._by_last[word] = [key]

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

    def as_organisation(self, key: int) -> None:
        """Retype a name met only as a subject once the text calls it an
        organisation ('the club', 'the firm')."""
        ent = self.entities[key]
        ent.type = "organisation"
        ent.norm = " ".join(ent.names[0].lower().split()) if ent.names else ent.norm
        self._by_norm.setdefault(ent.norm, key)
        if ent.last is not None and key in self._by_last.get(ent.last, []):
            self._by_last[ent.last].remove(key)
        ent.first = ent.last = None

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

    def named_orgs(self) -> list[int]:
        """Keys of the organisations the story names (not news outlets,
        places, offices or descriptions), remade only when entities were added."""
        n = len(self.entities)
        if self._named_orgs[0] != n:
            self._named_orgs = (n, [e.key for e in self.entities
                                    if e.type == "organisation" and not (e.media or e.placeish or e.weak)
                                    and e.principal is None and any(s[:1].isupper() for s in e.names)])
        return self._named_orgs[1]

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


def without_postnominals(parts: Sequence[str], surface: str) -> tuple[Sequence[str], str]:
    """'Eleanor Whitcombe KC' is Eleanor Whitcombe: the letters of an honour
    or a rank at the bar after a name stay in its mention (the name run goes
    on over them) but are no part of the person's name or surname."""
    n = len(parts)
    while n > 1 and parts[n - 1] in lex.POSTNOMINALS:
        n -= 1
    if n == len(parts):
        return parts, surface
    return parts[:n], " ".join(surface.split()[:n - len(parts)])


def _has_title(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".")
    return first in HONORIFICS or first in TITLE_HEADS


def same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return len(a) >= 5 and len(b) >= 5 and Levenshtein.distance(a, b) <= 1


def source_words(src: Source) -> tuple[set[str], set[str], set[str], set[str]]:
    """One source's clues about words (see `word_evidence`): seen in lower
    case, capitalised, after a locative, after 'the' as a head."""
    lower: set[str] = set()
    caps: set[str] = set()
    place: set[str] = set()
    the: set[str] = set()
    text = src.text
    toks = src.tokens
    norms = list(map(itemgetter(2), toks))
    # capitalised or not, told for every token at C speed
    upper = list(map(str.isupper, map(text.__getitem__, map(itemgetter(0), toks))))
    lower.update(compress(norms, map(not_, upper)))
    for i in compress(range(len(toks)), upper):
        t = toks[i]
        n = base(t.norm)
        caps.add(n)
        if i and text[t.start - 1] == " ":
            prev = norms[i - 1]
            if prev in LOCATIVES:
                place.add(n)
            elif prev == "the" and _is_head(text, toks, i):
                the.add(n)
    return lower, caps, place, the


def word_evidence(per_source: Iterable[tuple[set[str], set[str], set[str], set[str]]]
                  ) -> tuple[set[str], set[str], set[str]]:
    """Story-wide clues about words, from each source's (`source_words`):
    seen in lower case; used as a place (after 'in', 'from' …) or as the
    base of a demonym (Europe/European); seen after 'the' (the Vatican):
    such words are not people."""
    lower: set[str] = set()
    caps: set[str] = set()
    place: set[str] = set()
    the: set[str] = set()
    for lo, ca, pl, th in per_source:  # (sets, or tuples as watch mode keeps them)
        lower.update(lo)
        caps.update(ca)
        place.update(pl)
        the.update(th)
    # A place and its demonym (Europe/Europeans, Russia/Russian): both are
    # places or peoples, never a person's name. A word w of four letters or
    # more has the stems w and (ending in e, a, y or o) w minus that letter;
    # a demonym is a stem plus a suffix. Looked for from the demonym's side:
    # only the few words ending like one are split, instead of every word
    # being joined to every suffix.
    for v in caps:
        if not v.endswith(_DEMONYM_SUFFIXES):
            continue
        for suffix in _DEMONYM_SUFFIXES:
            if not v.endswith(suffix):
                continue
            st = v[:-len(suffix)]
            for w in (st, st + "e", st + "a", st + "y", st + "o"):  # the words of which st is a stem
                if len(w) >= 4 and w != v and w in caps:
                    place.add(w)
                    place.add(v)
    return lower, place, the


_DEMONYM_SUFFIXES = ("an", "n", "ian", "ean", "ese", "ish", "i", "ans", "ns", "ians", "eans")


def _is_head(text: str, toks: Sequence[Token], i: int) -> bool:
    """'the Pentagon.' / 'the Pentagon said': the word heads its noun phrase
    (unlike 'the Okafor administration', where it is a modifier)."""
    if i + 1 >= len(toks) or not gap_ok(text, toks[i], toks[i + 1]):
        return True
    nxt = toks[i + 1].norm
    return nxt in STOPWORDS or nxt in PREPOSITIONS or nxt in REPORTING_VERBS
