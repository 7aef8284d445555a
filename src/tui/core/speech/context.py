"""Reading one source: quote-aware sentences ("units"), statement drafts, and
the grammar every attribution rule shares (the subject of a verb, the
speaker named after a quotation or clause, the cue phrase).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
import operator
from itertools import accumulate, compress, repeat
from operator import itemgetter

from ..lexicon import speech as lex
from ..lexicon.speech import AGENT_ENDINGS, CLAUSE_STARTERS, CONJUNCTIONS, DAYS_MONTHS, DETERMINERS, GROUP_HEADS, GROUP_PRONOUNS, GROUP_QUANTIFIERS, PASSIVE_AUX, PREPOSITIONS, ROLE_MODIFIERS, SUBJECT_PRONOUNS, SUBORDINATE_STARTS, TITLE_HEADS, VERB_GLUE
from ..model import Source
from ..segment import paragraphs as find_paragraphs, sentences as find_sentences
from ..text import STOPWORDS
from .clauses import clause_start
from .described import described_body, described_firm, firm_named_before, group_subject
from .mentions import Mention
from .names import people_plural
from .quotes import Quote
from .registry import Registry
from .words import WINDOW, base, HONORIFICS, CLAUSE_VERBS, CUE_VERBS, FINITE, IRREGULAR_PAST, is_cap, is_proper, QUOTE_VERBS, TELL_VERBS, THAT_VERBS




def body_paragraphs(src: Source) -> list[tuple[int, int, int]]:
    """(start, end, index) of paragraphs outside boilerplate."""
    paras = src.paragraphs or tuple(find_paragraphs(src.text))
    return [(p.start, p.end, i) for i, p in enumerate(paras) if not src.is_boilerplate(p.start)]


def units_of(src: Source, quotes: Sequence[Quote]) -> list[tuple[int, int, int]]:
    """Quote-aware sentences (start, end, paragraph) of the body, in order."""
    sents = src.sentences
    if not sents:
        paras = src.paragraphs or tuple(find_paragraphs(src.text))
        sents = tuple(find_sentences(src.text, list(paras)))
    body = [s for s in sents if not src.is_boilerplate(s.start)]
    out: list[list[int]] = []
    qi = 0
    for s in body:
        # Is the boundary before s inside a quotation?
        while qi < len(quotes) and quotes[qi].close < s.start:
            qi += 1
        inside = out and qi < len(quotes) and quotes[qi].open < s.start <= quotes[qi].close and quotes[qi].open >= out[-1][0]
        if inside:
            out[-1][1] = s.end
        else:
            start = s.start
            if not out or out[-1][2] != s.paragraph:
                m = _DATELINE.match(src.text, start, min(s.end, start + 90))
                if m is not None and s.end - m.end() >= 20:
                    start = m.end()  # 'STOCKHOLM, Feb 8 (Meridian) — ': the sentence starts after it
            out.append([start, s.end, s.paragraph])
    return [tuple(u) for u in out]  # type: ignore[misc]


_DATELINE = re.compile(lex.DATELINE_PATTERN)


#: 'One of them', 'two of those': one or some of the people the text just
#: spoke of, unnamed.
_PART_OF = frozenset("one two three another some none several many most".split())


def one_of_them(toks, j: int, lo: int) -> bool:
    """Is toks[j] the end of 'one of them' / 'two of those' opening the sentence at lo?"""
    return (toks[j].norm in ("them", "those") and j - 2 == lo and toks[j - 1].norm == "of"
            and toks[j - 2].norm in _PART_OF)


@dataclass
class Draft:
    source: str
    start: int
    end: int
    kind: str
    cue: str | None
    entity: int | None
    unit: int
    quote: bool
    speaker: tuple[int, int] | None = None  # the mention naming the speaker
    vague: bool = False  # the speaker is a group described by a common noun ('officials')


class Reading:
    """One source being read: tokens, mentions, quotes and units."""

    def __init__(self, reg: Registry, src: Source, quotes: list[Quote], units, mentions):
        self.reg = reg
        self.src = src
        self.text = src.text
        self.toks = src.tokens
        self.quotes = quotes
        self.qstarts = [q.start for q in quotes]
        self.units = units
        self.mentions: list[Mention] = mentions
        self.mstarts = [m.start for m in mentions]
        self.drafts: list[Draft] = []
        toks = self.toks
        self._norms = list(map(itemgetter(2), toks))
        self._starts = list(map(itemgetter(0), toks))  # (for `tok_at`: a bisection without a key)
        # The rules scan every sentence word by word for a few kinds of token
        # (a cue verb, 'according', a comma before a word); each kind's
        # indices are listed once per source, and a scan visits only those
        # in its range (`among`), in the same order.
        self._positions: dict[frozenset[str], list[int]] = {}
        self._unspaced: dict[tuple[int, int], list[int]] = {}  # (see `unspaced`, `comma_gaps`)
        self._comma_gaps: dict[tuple[int, int], list[int]] = {}
        self._counts: dict[frozenset[str], list[int]] = {}

    def has_any(self, words: frozenset[str], a: int, b: int) -> bool:
        """Is any token in a..b-1 one of `words`? (Counts before each token,
        made once per set: two look-ups answer it.)"""
        c = self._counts.get(words)
        if c is None:
            c = self._counts[words] = list(accumulate(map(words.__contains__, self._norms), initial=0))
        return b > a and c[b] > c[a]

    def has_quote_verb(self, a: int, b: int) -> bool:
        """Is any token in a..b-1 a reporting verb? (asked at every comma of
        every sentence: a difference of two counts answers it)"""
        return self.has_any(QUOTE_VERBS, a, b)

    def unspaced(self, lo: int, hi: int) -> list[int]:
        """The tokens of the unit lo..hi-1 not after a single space, in order.

        Made once per unit, and only for the units whose rules ask (the
        few sentences with a cue), told at C speed: a gap is a single space
        when the token starts one character after the one before ends and
        that character is a space, without making every gap's string."""
        got = self._unspaced.get((lo, hi))
        if got is None:
            toks = self.toks
            a, b = max(lo, 1), min(hi, len(toks))
            ends = list(map(itemgetter(1), toks[a - 1:b - 1])) if b > a else []
            single = map(operator.eq, map(operator.sub, map(itemgetter(0), toks[a:b]), ends), repeat(1))
            space = map(" ".__eq__, map(self.text.__getitem__, ends))
            got = self._unspaced[(lo, hi)] = list(compress(range(a, b), map(operator.not_, map(operator.and_, single, space))))
        return got

    def comma_gaps(self, lo: int, hi: int) -> list[int]:
        """The tokens of the unit lo..hi-1 after a comma with more than the
        comma between ('a, b', not 'a,b'), in order: unspaced ones."""
        got = self._comma_gaps.get((lo, hi))
        if got is None:
            got = self._comma_gaps[(lo, hi)] = [k for k in self.unspaced(lo, hi)
                                                if len(g := self.gap(k - 1, k)) > 1 and "," in g]
        return got

    def positions(self, words: frozenset[str]) -> list[int]:
        """Indices of the tokens whose norm is one of `words`, in order (listed once per set)."""
        got = self._positions.get(words)
        if got is None:
            got = self._positions[words] = list(compress(range(len(self._norms)), map(words.__contains__, self._norms)))
        return got

    @staticmethod
    def among(positions: list[int], a: int, b: int) -> list[int]:
        """The indices of `positions` (sorted) from a to b-1."""
        return positions[bisect.bisect_left(positions, a):bisect.bisect_left(positions, b)]

    # tokens ------------------------------------------------------------------
    def tok_range(self, s: int, e: int) -> tuple[int, int]:
        return self.tok_at(s), self.tok_at(e)

    def tok_at(self, off: int) -> int:
        """The first token starting at or after `off` (`words.tok_index`,
        bisecting the plain list of starts this context keeps)."""
        return bisect.bisect_left(self._starts, off)

    def in_quote(self, off: int) -> bool:
        k = bisect.bisect_right(self.qstarts, off) - 1
        return k >= 0 and self.quotes[k].start <= off < self.quotes[k].end

    def gap(self, a: int, b: int) -> str:
        """Characters between token a and token b."""
        return self.text[self.toks[a].end:self.toks[b].start]

    def mention_at(self, ti: int) -> Mention | None:
        """The mention covering token ti (by its start offset)."""
        off = self.toks[ti].start
        k = bisect.bisect_right(self.mstarts, off) - 1
        if k >= 0 and self.mentions[k].start <= off < self.mentions[k].end:
            return self.mentions[k]
        return None

    def mention_starting(self, ti: int) -> Mention | None:
        off = self.toks[ti].start
        k = bisect.bisect_left(self.mstarts, off)
        if k < len(self.mentions) and self.mentions[k].start == off:
            return self.mentions[k]
        return None

    def verbish(self, ti: int) -> bool:
        n = self.toks[ti].norm
        if is_proper(self.text, self.toks[ti]) and n not in FINITE:
            return False
        if n in QUOTE_VERBS and n.endswith("s") and n not in FINITE and ti > 0:
            # 'remarks', 'reports', 'claims' are nouns too: a verb only after its subject
            b = ti - 1
            while b > 0 and self.toks[b].norm in VERB_GLUE:
                b -= 1  # 'the draft also suggests'
            p = self.toks[b]
            after_np = b > 0 and self.toks[b - 1].norm in DETERMINERS and p.norm not in DETERMINERS
            if not (p.norm in SUBJECT_PRONOUNS or self.mention_at(b) or after_np):
                return False
        return n in FINITE or n in QUOTE_VERBS or n in IRREGULAR_PAST or (n.endswith("ed") and len(n) > 4)

    # subjects ------------------------------------------------------------------
    def subject_of(self, vi: int, lo: int) -> tuple[bool, int | None]:
        """(found, entity) for the subject of the verb at token vi.

        found is False when the verb has no subject of its own in this unit
        (a participle, an elided subject after 'and'/'but'); then callers
        look elsewhere. found with entity None: the subject is not an actor
        ("The document says"), and nobody else must be guessed.
        """
        toks = self.toks
        j = vi - 1
        while j >= lo and (toks[j].norm in VERB_GLUE or toks[j].norm in FINITE) and "," not in self.gap(j, j + 1):
            j -= 1
        if j < lo or self.in_quote(toks[j].start):
            return False, None
        if toks[j].norm in CONJUNCTIONS:
            return False, None
        if toks[j].norm in ("which", "who") and j - 1 >= lo and self.gap(j - 1, j) == ", ":
            ante = self.mention_at(j - 1)
            if ante is not None and ante.entity is not None:
                return True, ante.entity  # '…by the regulator, which said': what 'which' stands for
        rounds = 0
        while rounds < 3 and ("," in self.gap(j, j + 1) or "–" in self.gap(j, j + 1) or "—" in self.gap(j, j + 1)):
            # several appositions in a row: "Mr. Osei, 67, who has farmed here for years, said"
            if rounds and self.mention_at(j) is not None:
                break  # "…, the minister, who …, said": the minister
            rounds += 1
            # "Novak, after speaking with Silva, described" / "X, close Y confidant Z, called"
            k = j
            while k > lo and k > j - 25 and not re.search(r"[,–—(]", self.gap(k - 1, k)):
                k -= 1
            seg_first = toks[k].norm
            if k <= lo:
                if rounds > 1:
                    break
                return False, None
            before = self.mention_at(k - 1)
            named = self.mention_starting(k)
            if named is None and before is not None and before.kind == "role":
                # "The spokesperson for the fire department, Lt. Joe Bloggs, said": a title, then the name
                x = next((x for x in range(k + 1, min(j + 1, k + 4)) if self.mention_starting(x) is not None), None)
                if x is not None and _title_words(self, k, x):
                    named = self.mention_starting(x)
            if (before is not None and named is not None and named.entity is not None and named.kind in ("name", "org")
                    and (before.entity is None or before.kind == "role" or self.reg.entities[before.entity].weak)
                    and _apposition_ends_at(self, self.tok_at(named.end), j + 1)):
                # "The winner, Jane Doe, said" / "The ambulance company, Desert
                # Medical, said": the name in apposition to a description
                if before.entity is not None and self.reg.entities[before.entity].type == "organisation" \
                        and self.reg.entities[named.entity].type == "person" and self.reg.entities[named.entity].first is None:
                    self.reg.as_organisation(named.entity)  # a company's name, not a person's
                return True, named.entity
            if before is not None and before.entity is not None:
                # "Ingrid Olsen, a longtime Keller ally, warned": the subject
                # is the name before the commas, not a name inside them.
                return True, self.first_conjunct(before)
            if seg_first not in SUBORDINATE_STARTS and not seg_first.endswith("ing") and (
                    seg_first in ROLE_MODIFIERS or not self.verbish(k)):  # ('retired farmer Owen Pritchard')
                # "The head of the delegation, close Novak confidant Pavel Sokolov, called"
                ms = [m for m in self.mentions_in(toks[k].start, toks[j].end) if m.entity is not None]
                if ms:
                    return True, self.first_conjunct(ms[-1])
            j = k - 1
            while j >= lo and toks[j].norm in VERB_GLUE and "," not in self.gap(j, j + 1):
                j -= 1
            if j < lo:
                return False, None
        subj_end = j
        if self.mention_at(j) is None:
            j = self.np_head(j, lo)  # 'Health authorities in Lagos said'
        m = self.mention_at(j)
        if m is not None and m.entity is None and m.kind == "role" and base(toks[j].norm) in lex.ORG_DESCRIPTORS:
            # 'the airline said' where no organisation was recognised: the
            # firm that opened a sentence before ('Skyway cancelled …')
            firm = firm_named_before(self, lo)
            if firm is None and (m.start == toks[lo].start or self.tok_at(m.start) - 1 >= lo
                                 and toks[self.tok_at(m.start) - 1].norm not in PREPOSITIONS):
                firm = described_firm(self, m, toks[j])
            if firm is not None:
                return True, firm
        if m is not None:
            p = self.pp_head(m, lo)
            if p is not None:
                # "Doctors at the city hospital warned": the hospital is in a
                # prepositional phrase; the subject is what it qualifies
                pm = self.mention_at(p)
                if pm is None:
                    return True, group_subject(self, p, lo, subj_end)
                return True, self.first_conjunct(pm)
            if m.entity is None and m.kind == "pronoun" and toks[j].norm in GROUP_PRONOUNS:
                # 'The researchers trained 400 bees. They said …': the people
                # the sentence before opened with, a group now that it speaks
                return True, self.plural_subject_before(lo)
            return True, self.first_conjunct(m)
        n = toks[j].norm
        if n in PREPOSITIONS or n in SUBORDINATE_STARTS or n in ("that", "which", "who") or self.verbish(j):
            g = group_subject(self, j, lo, subj_end, qualified=True)
            return (True, g) if g is not None else (False, None)
        if n in ("some", "many", "most", "few", "others", "both") and j == lo:
            return True, None  # 'Some told the meeting …': people, unnamed
        if one_of_them(toks, j, lo):
            return True, None  # 'One of them said …': one of the unnamed sources before
        if n in STOPWORDS and n not in ("it", "this"):
            return False, None
        g = group_subject(self, j, lo, subj_end)
        if g is None:
            g = group_subject(self, j, lo, subj_end, qualified=True)
        return True, g if g is not None else described_body(self, j, lo)

    def plural_subject_before(self, lo: int) -> int | None:
        """People described in the plural opening the sentence before token
        lo in its paragraph ('The researchers, from …, trained'), as a group."""
        toks = self.toks
        u = next((k for k, (us, ue, _) in enumerate(self.units) if us <= toks[lo].start < ue), None)
        if not u or self.units[u - 1][2] != self.units[u][2]:
            return None
        a, b = self.tok_range(*self.units[u - 1][:2])
        for x in range(a, min(b, a + 3)):
            n = toks[x].norm
            if people_plural(n) and (x + 1 >= b or "," in self.gap(x, x + 1) or self.verbish(x + 1)):
                return group_subject(self, x, a, x)
            if n not in GROUP_QUANTIFIERS and not (x > a and n.isalpha() and not is_cap(self.text, toks[x])):
                return None
        return None

    def add_mention(self, start: int, end: int, key: int, kind: str) -> None:
        """A mention found while reading (a group or a described
        organisation that speaks), kept in order with the others."""
        at = bisect.bisect_left(self.mstarts, start)
        self.mentions.insert(at, Mention(start, end, key, kind))
        self.mstarts.insert(at, start)

    def np_head(self, j: int, lo: int) -> int:
        """When word j ends a prepositional phrase after a noun ('officials in
        Lagos'), the index of that noun; else j."""
        obj = j
        # 'the head of the aviation agency', 'the chief executive of Southmoor
        # Hospitals': the words of the object before its last
        m = obj
        while m - 1 > lo and obj - m < 3 and self.gap(m - 1, m) == " " \
                and (self.toks[m - 1].norm.isalpha() or self.toks[m - 1].norm.endswith("'s")) \
                and self.toks[m - 1].norm not in STOPWORDS and self.toks[m - 1].norm not in PREPOSITIONS \
                and (obj - m < 2 or is_cap(self.text, self.toks[m - 1])):
            m -= 1
        if m < obj and (self.toks[m - 1].norm in ("the", "a", "an") or self.toks[m - 1].norm in PREPOSITIONS):
            obj = m
        if obj - 1 >= lo and self.toks[obj - 1].norm in ("the", "a", "an"):
            obj -= 1
        if obj - 2 < lo:
            return j
        prep = self.toks[obj - 1]
        if obj - 3 >= lo and prep.norm in ("to", "with", "on", "in", "about", "of") \
                and self.toks[obj - 2].norm in lex.QUALIFYING_ADJECTIVES and self.gap(obj - 3, obj - 2) == " ":
            return obj - 3  # 'a source close to the talks', 'people familiar with the matter'
        if (prep.norm not in ("at", "in", "from", "of", "with", "inside", "for", "on", "aboard") or is_cap(self.text, prep)
                or self.gap(obj - 2, obj - 1) != " " or self.gap(obj - 1, obj) != " "):
            return j  # ('on', 'aboard': 'the ferryman on the evening crossing said')
        return obj - 2

    def pp_head(self, m: Mention, lo: int) -> int | None:
        """When mention m is the object of a preposition ('officials at the
        ministry'), the index of the word the phrase qualifies, else None."""
        ti = self.tok_at(m.start)
        if ti - 3 >= lo and self.toks[ti - 1].norm == "the" and self.toks[ti].norm.endswith("'s"):
            ti -= 1  # 'the head of the county's ambulance service'
        if ti - 2 < lo:
            return None
        prep = self.toks[ti - 1]
        if prep.norm not in ("at", "in", "from", "of", "with", "inside", "for") or is_cap(self.text, prep):
            return None
        if not re.fullmatch(r" ", self.gap(ti - 2, ti - 1)):
            return None
        head = self.toks[ti - 2]
        if prep.norm == "for" and not (people_plural(head.norm) and self.mention_at(ti - 2) is None):
            return None  # 'Lawyers for Open Streets argued': the lawyers speak, on its behalf
        if head.norm in GROUP_HEADS or base(head.norm) in TITLE_HEADS or self.mention_at(ti - 2) is not None \
                or people_plural(head.norm):  # 'Forecasters at the weather service'
            return ti - 2
        return None

    def first_mention_after(self, j: int, hi: int, span: int) -> Mention | None:
        """The first mention starting within `span` tokens of j, in the same
        clause ('according to Trade Commissioner Hugo Baptiste')."""
        for k in range(j, min(hi, j + span)):
            if k > j and re.search(r"[,.;:!?“”\"]", self.gap(k - 1, k)) and not (
                    self.gap(k - 1, k) == ". " and base(self.toks[k - 1].norm) in HONORIFICS):
                return None  # (but 'according to Dr. Abena Mensah')
            m = self.mention_at(k)
            if m is not None:
                return m
        return None

    def named_in_apposition(self, j: int, hi: int) -> Mention | None:
        """The name in apposition after the short description at token j
        ('the operator, Ferrovie Pedemontane, which …', 'the regulator,
        Ofwat.'): a name or organisation mention right after the first comma,
        itself closed by a comma or the sentence's end. None when there is none."""
        for k in range(j + 1, min(hi, j + 6)):
            g = self.gap(k - 1, k)
            if re.search(r"[.;:!?“”\"()]", g):
                return None
            if "," not in g:
                continue
            m = self.mention_starting(k)
            if m is None or m.entity is None or m.kind not in ("name", "org"):
                return None
            after = self.tok_at(m.end)
            if after >= hi or "," in self.gap(after - 1, after):
                return m
            return None
        return None

    def first_conjunct(self, m: Mention) -> int | None:
        """'Ortiz and the State Department insisted': the first one named."""
        ti = self.tok_at(m.start)
        j = ti - 1
        while j >= 0 and self.toks[j].norm in ("the", "a", "an", "many", "some"):
            j -= 1
        if j >= 1 and self.toks[j].norm == "and":
            prev = self.mention_at(j - 1)
            if prev is not None and prev.entity is not None:
                return prev.entity
        return m.entity

    def mentions_in(self, s: int, e: int) -> list[Mention]:
        a = bisect.bisect_left(self.mstarts, s)
        b = bisect.bisect_left(self.mstarts, e)
        return self.mentions[a:b]

    def first_actor(self, lo: int, hi: int, before: int | None = None) -> int | None:
        """The first actor named in tokens lo..hi (outside quotes), not as the
        object of a preposition: usually the subject of the main clause."""
        s = self.toks[lo].start if lo < len(self.toks) else len(self.text)
        e = self.toks[hi - 1].end if hi > lo else s
        if before is not None:
            e = min(e, before)
        for m in self.mentions_in(s, e):
            if m.entity is None or self.reg.entities[m.entity].media:
                continue
            ti = self.tok_at(m.start)
            if ti > lo and self.toks[ti - 1].norm in PREPOSITIONS and not is_cap(self.text, self.toks[ti - 1]):
                continue
            return self.first_conjunct(m)
        return None

    def participle_speaker(self, vi: int, lo: int, hi: int, unit: int) -> int | None:
        """Who is 'adding'/'insisting'/'noting': the actor right before it
        ('European leaders insisting'), else the speaker of the sentence's
        earlier statement, else the subject of the nearest finite verb."""
        m = self.mention_at(vi - 1) if vi - 1 >= lo and "," not in self.gap(vi - 1, vi) else None
        if m is not None and m.entity is not None:
            return self.first_conjunct(m)
        off = self.toks[vi].start
        for d in reversed(self.drafts):
            if d.unit != unit:
                break
            if d.start < off and d.entity is not None:
                return d.entity
        for j in range(vi - 1, max(lo, vi - WINDOW) - 1, -1):
            if self.in_quote(self.toks[j].start):
                continue
            n = self.toks[j].norm
            if self.verbish(j) and not n.endswith("ing") and n not in ("being",):
                found, ent = self.subject_of(j, lo)
                if found and ent is not None:
                    return ent
                if found:
                    break
        return self.first_actor(max(lo, vi - WINDOW), min(hi, vi + WINDOW))

    def is_passive(self, vi: int, lo: int) -> bool:
        """'described as' after 'was'/'being' or right after a comma with no subject."""
        j = vi - 1
        while j >= lo and self.toks[j].norm.endswith("ly"):
            j -= 1
        if j < lo:
            return self.toks[vi].norm.endswith("ed")
        if self.toks[j].norm in PASSIVE_AUX:
            return True
        if self.in_quote(self.toks[j].start) or re.search(r"[”\"’'»]", self.gap(j, vi)):
            return False  # '“…,” admitted Jane Doe': the cue of the quotation before it
        if self.toks[vi].norm.endswith("ed") and "," in self.gap(j, vi):
            return not self.subject_of(vi, lo)[0]
        return False


def cue_text(ctx: Reading, vi: int, hi: int, stop: int | None = None, subject: Mention | None = None) -> str:
    """The reporting phrase: the verb and what completes it ('told
    Radio Nord', 'said in a post on X', 'described as'), up to
    'that', punctuation, the quotation or the start of the reported clause."""
    toks = ctx.toks
    j = vi + 1
    obj = 2 if toks[vi].norm in TELL_VERBS else 0  # the person told
    in_pp = False
    while j < hi and j - vi <= 6 and toks[j].norm != "that" and not ctx.in_quote(toks[j].start):
        if (stop is not None and toks[j].start >= stop) or re.search(r"[,.:;!?“”\"—–]", ctx.gap(j - 1, j)):
            break
        n = toks[j].norm
        if n in SUBJECT_PRONOUNS or n in FINITE:
            break
        if n in PREPOSITIONS or n in ("as", "out"):
            in_pp, obj = True, 0
        elif in_pp and (n not in CLAUSE_STARTERS or toks[j - 1].norm in PREPOSITIONS):
            pass
        elif obj > 0 and n not in CLAUSE_STARTERS:
            obj -= 1
        elif base(n) in DAYS_MONTHS:
            pass
        else:
            break
        j += 1
    s = subject.start if subject is not None else toks[vi].start
    e = toks[j - 1].end
    return " ".join(ctx.text[s:e].split())


def tail_cue(ctx: Reading, lo: int, hi: int, uq: Sequence[Quote],
             pronoun_ok: bool = False) -> tuple[int | None, str] | None:
    """'…, the countries announced on Sunday.' closing a sentence: the
    speaker of everything before it. The verb may only be followed by a short
    adverbial ('on Sunday'), and its subject must start right after a comma.
    With `pronoun_ok`, '…, she added.' whose 'she' stands for nobody named
    (an unnamed spokeswoman) still closes a statement, its speaker None."""
    if not ctx.has_any(CUE_VERBS, max(lo, hi - 5), hi):
        return None  # no cue verb among the last five words (the common case, answered from the list)
    toks = ctx.toks
    last_q_end = uq[-1].close if uq else -1
    for vi in range(hi - 1, max(lo, hi - 5) - 1, -1):
        if toks[vi].start <= last_q_end:
            return None
        n = toks[vi].norm
        if n not in CLAUSE_VERBS and n not in THAT_VERBS or is_proper(ctx.text, toks[vi]):
            continue
        rest = range(vi + 1, hi)
        if any(toks[k].norm in FINITE or toks[k].norm == "that" for k in rest) or clause_start(ctx, vi, hi) is not None:
            return None
        j = vi - 1
        while j > lo and vi - j <= 6 and "," not in ctx.gap(j - 1, j):
            j -= 1
        if j <= lo or "," not in ctx.gap(j - 1, j):
            return None
        found, ent = ctx.subject_of(vi, j)
        subj = ctx.mention_at(j) or (ctx.mention_at(j + 1) if j + 1 < vi else None)
        if found and subj is not None and (ent is not None or pronoun_ok and subj.kind == "pronoun"
                                           and vi == j + 1 and ctx.mention_at(j) is subj):
            return ent, cue_text(ctx, vi, hi, subject=subj)
        return None
    return None


def _apposition_ends_at(ctx: Reading, after: int, end: int) -> bool:
    """Does a name in apposition end the apposition at token `end`, alone or
    with where it is from ('The company, Kestrel Toys of Leeds, said')?"""
    if after == end:
        return True
    return (after < end - 1 and ctx.toks[after].norm == "of" and end - after <= 4
            and all(is_cap(ctx.text, ctx.toks[x]) and ctx.gap(x - 1, x) == " " for x in range(after + 1, end)))


def _title_words(ctx: Reading, a: int, b: int) -> bool:
    """Are tokens a..b a title before a name ('US Secretary of State',
    'head coach', 'Rep.')? Capitalised words, role words and 'of'/'the' only."""
    toks = ctx.toks
    dets = 0
    for j in range(a, b):
        if j > a and not re.fullmatch(r"\.? ", ctx.gap(j - 1, j)):
            return False
        n = base(toks[j].norm)
        if is_cap(ctx.text, toks[j]) or n in TITLE_HEADS or n.endswith(AGENT_ENDINGS):
            continue
        if n in ("the", "a", "an", "its", "his", "her", "their", "our") or toks[j].norm.endswith("'s"):
            dets += 1
            if dets > 1 and not toks[j].norm.endswith("'s"):
                return False  # 'described the moment the gas …': two noun phrases, not one title
            continue  # 'its general secretary', 'the company's founder'
        if j < b - 1 and (n in ROLE_MODIFIERS or n == "of" or n in lex.DESCRIPTORS or (
                n.isalpha() and n not in STOPWORDS and n not in QUOTE_VERBS and not n.endswith(("ed", "ing", "ly")))):
            continue  # 'club chairman', 'defence lawyer'
        return False
    return True


def _skip_apposition(ctx: Reading, j: int, hi: int) -> int:
    """Index after ', an economist at the Lakeview Institute,' starting at j
    (the first token after the name), or j when no apposition follows."""
    if j >= hi or "," not in ctx.gap(j - 1, j):
        return j
    for k in range(j + 1, min(hi, j + 20)):
        g = ctx.gap(k - 1, k)
        if re.search(r"[.;!?:“”\"«»]", g) or ctx.in_quote(ctx.toks[k].start):
            return j
        if "," in g:
            return k
    return j


def _lower_words_before_name(ctx: Reading, a: int, b: int, hi: int) -> bool:
    """Are tokens a..b one or two lower-case words, single-spaced, right
    before the capitalised word at b?"""
    toks = ctx.toks
    if not 0 < b - a <= 2 or b >= hi or not is_cap(ctx.text, toks[b]):
        return False
    if any(ctx.gap(j - 1, j) != " " for j in range(a + 1, b + 1)):
        return False
    return all(not is_cap(ctx.text, toks[j]) and toks[j].norm.isalpha() and toks[j].norm not in STOPWORDS
               for j in range(a, b))


def _person_noun_before_name(ctx: Reading, a: int, b: int, hi: int) -> bool:
    """Are tokens a..b one or two lower-case words ending in a noun for a
    person ('neighbor', 'fellow passenger') right before a name?"""
    last = ctx.toks[b - 1].norm if b > a else ""
    return _lower_words_before_name(ctx, a, b, hi) and (last in lex.PERSON_NOUNS or last in lex.DESCRIPTORS)


def _described_person_ends_clause(ctx: Reading, a: int, b: int, m: Mention, hi: int) -> bool:
    """'…,” said regular Trevor Holt.': one or two lower-case words describing
    a person (any words: 'regular', 'longtime fan') between the verb and a
    person's name that ends the clause."""
    if ctx.reg.entities[m.entity].type != "person" or not _lower_words_before_name(ctx, a, b, hi) \
            or any(ctx.toks[j].norm.endswith("ly") for j in range(a, b)):
        return False
    after = ctx.tok_at(m.end)
    rest = ctx.text[m.end:ctx.toks[after].start if after < hi else m.end + 2]
    return after >= hi or rest.strip()[:1] in (".", ",", "!", "?", ";")


def speaker_after(ctx: Reading, k: int, hi: int) -> tuple[Mention, int] | None:
    """The speaker named right after a quotation or clause starting at token
    k, and the index of its reporting verb: 'he said', 'says Jane Doe',
    'US Secretary of State Jane Doe said', 'Jane Doe, chief strategist at X,
    said in a note'. None when the words there are not a speaker and a verb."""
    toks = ctx.toks
    if k >= hi:
        return None
    # inverted: 'said Jane Doe' / 'warned hydrologist Jane Doe'
    if toks[k].norm in QUOTE_VERBS and not is_proper(ctx.text, toks[k]) and k + 1 < hi:
        for j in range(k + 1, min(hi, k + 8)):
            m = ctx.mention_starting(j)
            if m is not None and m.kind == "org":
                # 'said Met Office meteorologist Aled Price': the organisation, a title, then the speaker
                a = ctx.tok_at(m.end)
                nxt = next((ctx.mention_starting(x) for x in range(a + 1, min(hi, a + 4))
                            if ctx.mention_starting(x) is not None), None)
                if nxt is not None and nxt.kind == "name" and nxt.entity is not None \
                        and _title_words(ctx, a, ctx.tok_at(nxt.start)) \
                        and not is_cap(ctx.text, ctx.toks[a]) and ctx.gap(a - 1, a) == " ":
                    return nxt, k
            if m is not None:
                after = ctx.tok_at(m.end)
                if m.kind == "pronoun" and after < hi and ctx.gap(after - 1, after) == " ":
                    return None  # ', said she had …': the pronoun starts the reported clause
                if m.entity is None and m.kind == "role" and _person_noun_before_name(ctx, k + 1, after, hi):
                    continue  # 'said neighbor Darnell Hughes': who they are, then the name
                if m.entity is not None and (_title_words(ctx, k + 1, j + 1 if toks[j].norm in DETERMINERS else j)
                                             or _person_noun_before_name(ctx, k + 1, j, hi)
                                             or _described_person_ends_clause(ctx, k + 1, j, m, hi)) \
                        and (j == k + 1 or "," not in ctx.gap(k, j - 1 if j - 1 > k else k)):
                    return m, k
                return None
        return None
    # 'Jane Doe said', after an optional title
    for j in range(k, min(hi, k + 8)):
        m = ctx.mention_starting(j)
        if m is None:
            continue
        if m.entity is None and m.kind == "role" and _title_words(ctx, j, ctx.tok_at(m.end)):
            continue  # "Paylink's chief operating officer, Jane Doe, said": the title before the name
        if m.entity is None or (j > k and not _title_words(ctx, k, j)):
            return None
        after = ctx.tok_at(m.end)
        v = _skip_apposition(ctx, after, hi)
        while v < hi and v - after < 4 and toks[v].norm in VERB_GLUE:
            v += 1
        if v < hi and toks[v].norm in QUOTE_VERBS and not is_proper(ctx.text, toks[v]):
            return m, v
        if m.kind == "role" and _title_words(ctx, j, after):
            continue  # "Paylink's chief operating officer, Dana Whitlow, said": the name after the title
        return None
    return None
