"""Statements: what each actor said, in every source.

Three kinds are found (all spans are the content, never the cue):
- direct: a quotation standing as speech ("“…,” he said", "posted on X: “…”");
- partial: a quoted fragment inside a reporting sentence (labeled it a “critical moment”);
- indirect: a reported clause with no quotation marks (X said / told reporters /
  insisted that …, "…, according to X").

Attribution works on quote-aware sentences ("units"): the speaker named
beside the cue, else the subject of the reporting verb (a name, a pronoun or
a role phrase resolved by `actors`), else the speaker of the quote the
paragraph continues. Nothing found: the actor stays None.

Statements that render one utterance in several sources share a group; see
`group_statements`. Quote fidelity is computed in `fidelity`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from . import actors as ac
from .fidelity import compare_groups
from .model import Actor, Passage, QuoteFidelity, Source, Span, Statement, Token
from .lexicon import speech as lex
from .quotes import Quote, find_quotes
from .segment import paragraphs as find_paragraphs
from .segment import sentences as find_sentences
from .text import STOPWORDS, fold_word, stem, token_index

# --------------------------------------------------------------------------
# Lexicon (general English reporting grammar).

CLAUSE_VERBS = lex.all_forms(lex.CLAUSE_VERBS)
THAT_VERBS = lex.all_forms(lex.THAT_VERBS) - CLAUSE_VERBS
GLOSS_PARTICIPLES = lex.GLOSS_PARTICIPLES
TELL_VERBS = lex.all_forms(lex.TELL_VERBS)
# Verbs that take an object before a quotation ("called it a “…”").
QUOTE_VERBS = lex.SPEECH_FORMS
PASSIVE_AUX = frozenset("is are was were be been being".split())
FINITE = lex.FINITE
CLAUSE_STARTERS = frozenset(
    """the a an this these those there it he she they we i you his her their its our my your
    some any all no more most many much such each every both another one two three four five
    several few nothing everything everyone nobody someone anyone""".split()
)
DETERMINERS = frozenset("the a an this that these those his her its their our my your some any no every each".split())
NEGATIONS = frozenset("not never n't no".split())
SUBJECT_PRONOUNS = frozenset("he she they we i it there he's she's they're we're it's i'm".split())
CONJUNCTIONS = frozenset("and but though although or yet while".split())
CUT_AFTER_COMMA = frozenset(
    """according despite while whereas although though without amid after before when because""".split()
)
SUBORDINATE_STARTS = frozenset(
    """after before while when as since because although though who which whom whose where in on
    at for with without by from during despite amid following having being""".split()
)
IRREGULAR_PAST = lex.IRREGULAR_PAST

# How far (in tokens) attribution looks from a cue or a quotation. Keeps
# every scan bounded, so run-on text without sentence ends stays linear.
WINDOW = 60

# --------------------------------------------------------------------------
# Units: sentences that never split a quotation.


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
            out.append([s.start, s.end, s.paragraph])
    return [tuple(u) for u in out]  # type: ignore[misc]


# --------------------------------------------------------------------------
# Drafts: statements before ids are given.


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



class _Ctx:
    """One source being read: tokens, mentions, quotes and units."""

    def __init__(self, reg: ac.Registry, src: Source, quotes: list[Quote], units, mentions):
        self.reg = reg
        self.src = src
        self.text = src.text
        self.toks = src.tokens
        self.quotes = quotes
        self.qstarts = [q.start for q in quotes]
        self.units = units
        self.mentions: list[ac.Mention] = mentions
        self.mstarts = [m.start for m in mentions]
        self.drafts: list[Draft] = []

    # tokens ------------------------------------------------------------------
    def tok_range(self, s: int, e: int) -> tuple[int, int]:
        return ac._tok_index(self.src, s), ac._tok_index(self.src, e)

    def in_quote(self, off: int) -> bool:
        k = bisect.bisect_right(self.qstarts, off) - 1
        return k >= 0 and self.quotes[k].start <= off < self.quotes[k].end

    def gap(self, a: int, b: int) -> str:
        """Characters between token a and token b."""
        return self.text[self.toks[a].end:self.toks[b].start]

    def mention_at(self, ti: int) -> ac.Mention | None:
        """The mention covering token ti (by its start offset)."""
        off = self.toks[ti].start
        k = bisect.bisect_right(self.mstarts, off) - 1
        if k >= 0 and self.mentions[k].start <= off < self.mentions[k].end:
            return self.mentions[k]
        return None

    def mention_starting(self, ti: int) -> ac.Mention | None:
        off = self.toks[ti].start
        k = bisect.bisect_left(self.mstarts, off)
        if k < len(self.mentions) and self.mentions[k].start == off:
            return self.mentions[k]
        return None

    def verbish(self, ti: int) -> bool:
        n = self.toks[ti].norm
        if ac.is_proper(self.text, self.toks[ti]) and n not in FINITE:
            return False
        if n in QUOTE_VERBS and n.endswith("s") and n not in FINITE and ti > 0:
            # 'remarks', 'reports', 'claims' are nouns too: a verb only after its subject
            b = ti - 1
            while b > 0 and self.toks[b].norm in ac._VERB_GLUE:
                b -= 1  # 'the draft also suggests'
            p = self.toks[b]
            after_np = b > 0 and self.toks[b - 1].norm in DETERMINERS and p.norm not in DETERMINERS
            if not (ac.is_cap(self.text, p) or p.norm in SUBJECT_PRONOUNS or self.mention_at(b) or after_np):
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
        while j >= lo and toks[j].norm in ac._VERB_GLUE | FINITE and "," not in self.gap(j, j + 1):
            j -= 1
        if j < lo or self.in_quote(toks[j].start):
            return False, None
        if toks[j].norm in CONJUNCTIONS:
            return False, None
        if "," in self.gap(j, j + 1) or "–" in self.gap(j, j + 1) or "—" in self.gap(j, j + 1):
            # "Novak, after speaking with Silva, described" / "X, close Y confidant Z, called"
            k = j
            while k > lo and k > j - 25 and not re.search(r"[,–—(]", self.gap(k - 1, k)):
                k -= 1
            seg_first = toks[k].norm
            if k <= lo:
                return False, None
            before = self.mention_at(k - 1)
            if before is not None and before.entity is not None:
                # "Ingrid Olsen, a longtime Keller ally, warned": the subject
                # is the name before the commas, not a name inside them.
                return True, self._first_conjunct(before)
            if seg_first not in SUBORDINATE_STARTS and not seg_first.endswith("ing") and not self.verbish(k):
                # "The head of the delegation, close Novak confidant Pavel Sokolov, called"
                ms = [m for m in self._mentions_in(toks[k].start, toks[j].end) if m.entity is not None]
                if ms:
                    return True, self._first_conjunct(ms[-1])
            j = k - 1
            while j >= lo and toks[j].norm in ac._VERB_GLUE and "," not in self.gap(j, j + 1):
                j -= 1
            if j < lo:
                return False, None
        m = self.mention_at(j)
        if m is not None:
            p = self._pp_head(m, lo)
            if p is not None:
                # "Doctors at the city hospital warned": the hospital is in a
                # prepositional phrase; the subject is what it qualifies
                pm = self.mention_at(p)
                return True, (self._first_conjunct(pm) if pm is not None else None)
            return True, self._first_conjunct(m)
        n = toks[j].norm
        if n in ac.PREPOSITIONS or n in SUBORDINATE_STARTS or n in ("that", "which", "who") or self.verbish(j):
            return False, None
        if n in STOPWORDS and n not in ("it", "this"):
            return False, None
        return True, None

    def _pp_head(self, m: ac.Mention, lo: int) -> int | None:
        """When mention m is the object of a preposition ('officials at the
        ministry'), the index of the word the phrase qualifies, else None."""
        ti = ac._tok_index(self.src, m.start)
        if ti - 2 < lo:
            return None
        prep = self.toks[ti - 1]
        if prep.norm not in ("at", "in", "from", "of", "with", "inside") or ac.is_cap(self.text, prep):
            return None
        if not re.fullmatch(r" ", self.gap(ti - 2, ti - 1)):
            return None
        head = self.toks[ti - 2]
        if head.norm in ac.GROUP_HEADS or ac.base(head.norm) in ac.TITLE_HEADS or self.mention_at(ti - 2) is not None:
            return ti - 2
        return None

    def first_mention_after(self, j: int, hi: int, span: int) -> ac.Mention | None:
        """The first mention starting within `span` tokens of j, in the same
        clause ('according to Trade Commissioner Hugo Baptiste')."""
        for k in range(j, min(hi, j + span)):
            if k > j and re.search(r"[,.;:!?“”\"]", self.gap(k - 1, k)):
                return None
            m = self.mention_at(k)
            if m is not None:
                return m
        return None

    def _first_conjunct(self, m: ac.Mention) -> int | None:
        """'Ortiz and the State Department insisted': the first one named."""
        ti = ac._tok_index(self.src, m.start)
        j = ti - 1
        while j >= 0 and self.toks[j].norm in ("the", "a", "an", "many", "some"):
            j -= 1
        if j >= 1 and self.toks[j].norm == "and":
            prev = self.mention_at(j - 1)
            if prev is not None and prev.entity is not None:
                return prev.entity
        return m.entity

    def _mentions_in(self, s: int, e: int) -> list[ac.Mention]:
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
        for m in self._mentions_in(s, e):
            if m.entity is None or self.reg.entities[m.entity].media:
                continue
            ti = ac._tok_index(self.src, m.start)
            if ti > lo and self.toks[ti - 1].norm in ac.PREPOSITIONS and not ac.is_cap(self.text, self.toks[ti - 1]):
                continue
            return self._first_conjunct(m)
        return None

    def participle_speaker(self, vi: int, lo: int, hi: int, unit: int) -> int | None:
        """Who is 'adding'/'insisting'/'noting': the actor right before it
        ('European leaders insisting'), else the speaker of the sentence's
        earlier statement, else the subject of the nearest finite verb."""
        m = self.mention_at(vi - 1) if vi - 1 >= lo and "," not in self.gap(vi - 1, vi) else None
        if m is not None and m.entity is not None:
            return self._first_conjunct(m)
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
        if self.toks[vi].norm.endswith("ed") and "," in self.gap(j, vi):
            return not self.subject_of(vi, lo)[0]
        return False


# --------------------------------------------------------------------------
# Reading one source


def _cue_text(ctx: _Ctx, vi: int, hi: int, stop: int | None = None, subject: ac.Mention | None = None) -> str:
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
        if n in ac.PREPOSITIONS or n in ("as", "out"):
            in_pp, obj = True, 0
        elif in_pp and (n not in CLAUSE_STARTERS or toks[j - 1].norm in ac.PREPOSITIONS):
            pass
        elif obj > 0 and n not in CLAUSE_STARTERS:
            obj -= 1
        elif ac.base(n) in ac.DAYS_MONTHS:
            pass
        else:
            break
        j += 1
    s = subject.start if subject is not None else toks[vi].start
    e = toks[j - 1].end
    return " ".join(ctx.text[s:e].split())


def read_source(reg: ac.Registry, src: Source, quotes: list[Quote], units, mentions) -> list[Draft]:
    ctx = _Ctx(reg, src, quotes, units, mentions)
    qi = 0
    for ui, (us, ue, _p) in enumerate(units):
        lo, hi = ctx.tok_range(us, ue)
        uq = []
        while qi < len(quotes) and quotes[qi].open < ue:
            if quotes[qi].open >= us:
                uq.append(quotes[qi])
            qi += 1
        tail = _tail_cue(ctx, lo, hi, uq)
        acc = _according_to(ctx, lo, hi) if uq else None
        for q in uq:
            _attribute_quote(ctx, q, ui, lo, hi, tail, acc)
        _indirect(ctx, ui, lo, hi, uq)
    ctx.drafts.sort(key=lambda d: (d.start, d.end))
    for d in ctx.drafts:
        d.speaker = _speaker_mention(ctx, d)
    return ctx.drafts


def _speaker_mention(ctx: _Ctx, d: Draft) -> tuple[int, int] | None:
    """The mention of the draft's actor in its sentence nearest to it (the
    name, role phrase or pronoun that says who speaks), outside the statement."""
    if d.entity is None:
        return None
    us, ue, _ = ctx.units[d.unit]
    best: tuple[int, tuple[int, int]] | None = None
    for m in ctx._mentions_in(us, ue):
        if m.entity != d.entity or (d.start < m.end and m.start < d.end):
            continue
        dist = d.start - m.end if m.end <= d.start else m.start - d.end
        if best is None or dist < best[0]:
            best = (dist, (m.start, m.end))
    return best[1] if best else None


def _tail_cue(ctx: _Ctx, lo: int, hi: int, uq: Sequence[Quote]) -> tuple[int | None, str] | None:
    """'…, the countries announced on Sunday.' closing a sentence: the
    speaker of everything before it. The verb may only be followed by a short
    adverbial ('on Sunday'), and its subject must start right after a comma."""
    toks = ctx.toks
    last_q_end = uq[-1].close if uq else -1
    for vi in range(hi - 1, max(lo, hi - 5) - 1, -1):
        if toks[vi].start <= last_q_end:
            return None
        n = toks[vi].norm
        if n not in CLAUSE_VERBS and n not in THAT_VERBS or ac.is_proper(ctx.text, toks[vi]):
            continue
        rest = range(vi + 1, hi)
        if any(toks[k].norm in FINITE or toks[k].norm == "that" for k in rest) or _clause_start(ctx, vi, hi) is not None:
            return None
        j = vi - 1
        while j > lo and vi - j <= 6 and "," not in ctx.gap(j - 1, j):
            j -= 1
        if j <= lo or "," not in ctx.gap(j - 1, j):
            return None
        found, ent = ctx.subject_of(vi, j)
        subj = ctx.mention_at(j) or (ctx.mention_at(j + 1) if j + 1 < vi else None)
        if found and ent is not None and subj is not None:
            return ent, _cue_text(ctx, vi, hi, subject=subj)
        return None
    return None


def _title_words(ctx: _Ctx, a: int, b: int) -> bool:
    """Are tokens a..b a title before a name ('US Secretary of State',
    'head coach', 'Rep.')? Capitalised words, role words and 'of'/'the' only."""
    toks = ctx.toks
    for j in range(a, b):
        if j > a and not re.fullmatch(r"\.? ", ctx.gap(j - 1, j)):
            return False
        n = ac.base(toks[j].norm)
        if ac.is_cap(ctx.text, toks[j]) or n in ac.TITLE_HEADS or n.endswith(ac._AGENT_ENDINGS):
            continue
        if j < b - 1 and (n in ac.ROLE_MODIFIERS or n in ("of", "the") or n in lex.DESCRIPTORS or (
                n.isalpha() and n not in STOPWORDS and n not in QUOTE_VERBS and not n.endswith(("ed", "ing", "ly")))):
            continue  # 'club chairman', 'defence lawyer'
        return False
    return True


def _skip_apposition(ctx: _Ctx, j: int, hi: int) -> int:
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


def speaker_after(ctx: _Ctx, k: int, hi: int) -> tuple[ac.Mention, int] | None:
    """The speaker named right after a quotation or clause starting at token
    k, and the index of its reporting verb: 'he said', 'says Jane Doe',
    'US Secretary of State Jane Doe said', 'Jane Doe, chief strategist at X,
    said in a note'. None when the words there are not a speaker and a verb."""
    toks = ctx.toks
    if k >= hi:
        return None
    # inverted: 'said Jane Doe' / 'warned hydrologist Jane Doe'
    if toks[k].norm in QUOTE_VERBS and not ac.is_proper(ctx.text, toks[k]) and k + 1 < hi:
        for j in range(k + 1, min(hi, k + 8)):
            m = ctx.mention_starting(j)
            if m is not None:
                if m.entity is not None and _title_words(ctx, k + 1, j) and (j == k + 1 or "," not in ctx.gap(k, j - 1 if j - 1 > k else k)):
                    return m, k
                return None
        return None
    # 'Jane Doe said', after an optional title
    for j in range(k, min(hi, k + 8)):
        m = ctx.mention_starting(j)
        if m is None:
            continue
        if m.entity is None or (j > k and not _title_words(ctx, k, j)):
            return None
        after = ac._tok_index(ctx.src, m.end)
        v = _skip_apposition(ctx, after, hi)
        while v < hi and v - after < 4 and toks[v].norm in ac._VERB_GLUE:
            v += 1
        if v < hi and toks[v].norm in QUOTE_VERBS and not ac.is_proper(ctx.text, toks[v]):
            return m, v
        return None
    return None


def _attribute_quote(ctx: _Ctx, q: Quote, ui: int, lo: int, hi: int, tail, acc: int | None) -> None:
    toks, text = ctx.toks, ctx.text
    qa = ac._tok_index(ctx.src, q.open)  # first token after the opening mark
    qb = ac._tok_index(ctx.src, q.close + 1 if q.closed else q.close)
    pre = text[toks[lo].start if lo < len(toks) else q.open:q.open]
    pre_s = pre.rstrip()
    kind = "direct" if (not pre_s or pre_s[-1] in ":,") else "partial"
    if not q.closed:
        kind = "direct" if not pre_s else kind
    entity: int | None = None
    cue: str | None = None
    decided = False

    # 1. After the quotation: '…,” he said' / '…,” says Jane Doe' /
    # '…,” US Secretary of State Jane Doe said' / '…,” Jane Doe, an analyst at X, said'
    if qb < hi and not re.search(r"[.!?]\s*$", text[q.close:toks[qb].start].replace("”", "").replace('"', "")) or (
        qb < hi and text[q.end - 1:q.end] in ","
    ):
        found_after = speaker_after(ctx, qb, hi)
        if found_after is not None:
            m, v = found_after
            entity, decided = m.entity, True
            cue = _cue_text(ctx, v, hi, subject=m) if v > qb else " ".join(text[toks[qb].start:m.end].split())
        else:
            m = ctx.mention_starting(qb)
            if m is not None:
                v = ac._tok_index(ctx.src, m.end)
                if (v < hi and ctx.verbish(v) and not pre_s[-1:].isalnum() and m.entity is not None
                        and _no_subject_before(ctx, lo, qa)):
                    entity, cue, decided = m.entity, None, True

    # 2. Before it: the nearest reporting verb of the sentence and its subject.
    if not decided:
        for vi in range(qa - 1, max(lo, qa - WINDOW) - 1, -1):
            if ctx.in_quote(toks[vi].start) or toks[vi].start >= q.open:
                continue
            n = toks[vi].norm
            if n not in QUOTE_VERBS or ac.is_proper(text, toks[vi]):
                continue
            if vi > lo and toks[vi - 1].norm in DETERMINERS or not ctx.verbish(vi):
                continue  # 'a report titled …', 'critical remarks': nouns
            if n == "pointed" and not (vi + 1 < hi and toks[vi + 1].norm == "out"):
                continue
            cue = _cue_text(ctx, vi, hi, stop=q.open)
            if ctx.is_passive(vi, lo):
                entity = _by_agent(ctx, vi, hi, q)
                decided = True
                break
            if n.endswith("ing"):
                entity = ctx.participle_speaker(vi, lo, hi, ui)
                decided = True
                break
            found, ent = ctx.subject_of(vi, lo)
            if found:
                entity, decided = ent, True
                break
            if ctx.toks[vi - 1].norm in CONJUNCTIONS or any(
                ctx.toks[k].norm in CONJUNCTIONS for k in range(max(lo, vi - 3), vi)
            ):
                entity, decided = ctx.participle_speaker(vi, lo, hi, ui), True
                break
            entity = ctx.first_actor(lo, hi)
            decided = entity is not None
            break

    # 3. '…, the countries announced on Sunday.'
    if not decided and tail is not None:
        entity, cue = tail
        decided = True

    # 4. A quotation continuing the previous one (same or previous paragraph).
    if not decided and not pre_s:
        prev = next((d for d in reversed(ctx.drafts) if d.quote), None)
        if prev is not None and prev.entity is not None and _continues(ctx, prev, ui):
            entity, decided = prev.entity, True

    # 4b. A paragraph ending with a colon introduces the quotation after it.
    if not decided and not pre_s and ui > 0:
        pus, pue, _pp = ctx.units[ui - 1]
        if text[pus:pue].rstrip().endswith(":") and ctx.units[ui][2] - _pp == 1:
            plo, phi = ctx.tok_range(pus, pue)
            entity = _subject_before(ctx, plo, phi) or ctx.first_actor(plo, phi)
            decided = entity is not None
            cue = cue or (":" if decided else None)

    # 5. No cue at all: the actor who is the subject of the sentence, if any.
    if not decided and pre_s:
        entity = _subject_before(ctx, lo, qa)

    # 'according to a spokesperson for …': the spokesperson's words.
    if acc is not None and (entity is None or reg_is_spokes(ctx.reg, acc)):
        entity = acc
        cue = cue or "according to"

    if cue is None and (kind == "partial" or entity is None and _looks_like_title(text, q)):
        return  # scare quotes, a title, a term: quoted words with no speaker and no cue
    ctx.drafts.append(Draft(ctx.src.id, q.start, q.end, kind, cue, entity, ui, True))


def _looks_like_title(text: str, q: Quote) -> bool:
    """'The Salt Road', 'Northern Lights': a few capitalised words, no sentence."""
    words = text[q.start:q.end].split()
    if not words or len(words) > 6 or text[q.end - 1] in ".!?,;:":
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in words)


def reg_is_spokes(reg: ac.Registry, key: int) -> bool:
    e = reg.entities[key]
    return e.principal is not None or (e.type == "organisation" and e.spokes)


def _no_subject_before(ctx: _Ctx, lo: int, qa: int) -> bool:
    """The quote sits in a fronted clause ('While stating there were “…,” Novak …')."""
    for j in range(max(lo, qa - WINDOW), qa):
        if ctx.in_quote(ctx.toks[j].start):
            continue
        m = ctx.mention_at(j)
        if m is not None and m.entity is not None:
            return False
    return True


def _subject_before(ctx: _Ctx, lo: int, qa: int) -> int | None:
    """An actor before the quotation that is the subject of a verb."""
    for j in range(qa - 1, max(lo, qa - WINDOW) - 1, -1):
        if ctx.in_quote(ctx.toks[j].start):
            continue
        if ctx.verbish(j) and not ctx.toks[j].norm.endswith("ing"):
            found, ent = ctx.subject_of(j, lo)
            if found:
                return ent
    return None


def _by_agent(ctx: _Ctx, vi: int, hi: int, q: Quote) -> int | None:
    """'… described as “…” by the minister'."""
    j = ac._tok_index(ctx.src, q.close)
    if j < hi and ctx.toks[j].norm == "by" and j + 1 < hi:
        m = ctx.mention_at(j + 1)
        return m.entity if m is not None else None
    return None


def _continues(ctx: _Ctx, prev: Draft, ui: int) -> bool:
    """The previous quote's paragraph is this one or the one just before,
    and no other actor was named in between."""
    pu = ctx.units[prev.unit]
    cu = ctx.units[ui]
    if cu[2] - pu[2] > 1:
        return False
    for m in ctx._mentions_in(prev.end, cu[0]):
        if m.entity is not None and m.entity != prev.entity and m.kind != "pronoun" and not ctx.reg.entities[m.entity].weak:
            return False
    return True


def _according_to(ctx: _Ctx, lo: int, hi: int) -> int | None:
    toks = ctx.toks
    for j in range(lo, hi - 2):
        if toks[j].norm == "according" and toks[j + 1].norm == "to" and not ctx.in_quote(toks[j].start):
            m = ctx.first_mention_after(j + 2, hi, 5)
            if m is not None and m.entity is not None:
                return m.entity
            return None
    return None


# --------------------------------------------------------------------------
# Indirect speech


def _clause_start(ctx: _Ctx, vi: int, hi: int) -> int | None:
    """Token index where the reported clause after the verb at vi begins."""
    toks = ctx.toks
    n = toks[vi].norm
    k = vi + 1
    if n == "pointed":
        if not (k < hi and toks[k].norm == "out"):
            return None
        k += 1
    if k >= hi:
        return None
    if re.search(r"[.;!?:]", ctx.gap(vi, k - 1 if k - 1 > vi else vi) if k - 1 > vi else "") :
        return None
    # 1. "said that …"
    if toks[k].norm == "that" and not ctx.in_quote(toks[k].start):
        return _after_that(ctx, k, hi)
    if n in TELL_VERBS:
        # the person told: 'journalists', 'Radio Nord', 'the BBC', 'them'
        j = k
        while j < hi and j - k < 4 and toks[j].norm not in ("that", "on", "in", "at", "after", "before", "during", "late", "earlier", "this", "last") \
                and toks[j].norm not in SUBJECT_PRONOUNS and "," not in ctx.gap(j - 1, j) and not ctx.verbish(j):
            j += 1
        if j == k:
            return None
        k = j
        if k < hi and toks[k].norm == "that":
            return _after_that(ctx, k, hi)
    that_only = n in THAT_VERBS
    # 2. a bare clause right after the verb: 'said the talks were …'
    if not that_only and n not in TELL_VERBS and _bare_clause(ctx, k, hi):
        return k
    # 3. 'that' a few words later: 'said in an interview with a paper that …',
    # 'told reporters on Monday that'. After an object ('announced a curfew
    # that …') the 'that' starts a relative clause, not what was said.
    j = k
    if k >= hi:
        return None
    first_k = toks[k].norm
    adverbial = (n in TELL_VERBS or first_k in ac.PREPOSITIONS or first_k in ac._VERB_GLUE
                 or ac.base(first_k) in ac.DAYS_MONTHS or first_k.endswith("ly")
                 or first_k in ("last", "this", "earlier", "later", "late", "again", "on", "publicly"))
    while adverbial and j < hi and j - k < 9:
        if re.search(r"[.;!?:“”\"]", ctx.gap(j - 1, j)) or ctx.in_quote(ctx.toks[j].start):
            break
        if toks[j].norm == "that":
            return _after_that(ctx, j, hi)
        n2 = toks[j].norm
        if j > k and (n2 in FINITE or n2 in IRREGULAR_PAST or (n2.endswith("ed") and len(n2) > 4)):
            break  # another verb: the 'that' further on is not ours
        j += 1
    if that_only:
        return None
    # 4. a time or place phrase, then a bare clause: 'told reporters on Sunday he was …'
    j = k
    while j < hi and j - k < 6:
        if re.search(r"[.;!?:“”\"]", ctx.gap(j - 1, j)):
            break
        t = toks[j]
        if t.norm in SUBJECT_PRONOUNS and _bare_clause(ctx, j, hi):
            return j
        if j > k and "," in ctx.gap(j - 1, j):
            return j if _bare_clause(ctx, j, hi) else None
        if j > k and ac.base(toks[j - 1].norm) in ac.DAYS_MONTHS and _bare_clause(ctx, j, hi):
            return j
        j += 1
    return None


def _after_that(ctx: _Ctx, k: int, hi: int) -> int | None:
    j = k + 1
    return j if j < hi else None


def _bare_clause(ctx: _Ctx, k: int, hi: int) -> bool:
    """Does a finite clause start at token k? ('the talks were', 'he spoke')"""
    toks = ctx.toks
    if k >= hi or ctx.in_quote(toks[k].start):
        return False
    first = toks[k].norm
    cap = ac.is_cap(ctx.text, toks[k])
    if first in ("to", "so", "yes", "no", "goodbye", "hello", "sorry", "thanks"):
        return False
    if ac.base(first) in ac.DAYS_MONTHS:
        return False
    starter = first in CLAUSE_STARTERS or first in SUBJECT_PRONOUNS or cap or first[:1].isdigit()
    if not starter and (first in ac.PREPOSITIONS or first in STOPWORDS or first in QUOTE_VERBS
                        or first.endswith(("ly", "ing")) or first in FINITE):
        return False
    if first in SUBJECT_PRONOUNS and first not in ("it", "there") and k + 1 < hi:
        return True
    # a plain noun may start a clause too ('saying hospitals would get …'), if a verb follows soon
    reach = 13 if starter else 6
    for j in range(k + 1, min(hi, k + reach)):
        if re.search(r"[.;!?:]" if starter else r"[.;!?:,(—–]", ctx.gap(j - 1, j)):
            return False
        if toks[j].norm in FINITE or _finite_verb(ctx, j, k):
            return True
    return False


def _finite_verb(ctx: _Ctx, j: int, k: int) -> bool:
    """A past or present verb form after the clause's first words ('Europe
    needed', 'the shorter week hurts'): not after a determiner or a
    preposition, where the same form is an adjective or a noun."""
    toks = ctx.toks
    n = toks[j].norm
    p = toks[j - 1].norm
    if ac.is_cap(ctx.text, toks[j]) or p in DETERMINERS or p in ac.PREPOSITIONS or p in FINITE:
        return False
    if n in IRREGULAR_PAST or (n.endswith("ed") and len(n) > 4):
        # 'the progress made during …': a participle before a preposition
        return not (j + 1 < len(toks) and toks[j + 1].norm in ac.PREPOSITIONS)
    # present tense: '-s' after a singular noun subject of two or more words
    return (j - k >= 2 and n.endswith("s") and not n.endswith(("ss", "us", "is")) and len(n) > 3
            and n not in STOPWORDS and not p.endswith("s") and toks[k].norm in DETERMINERS
            and not ac.is_cap(ctx.text, toks[j - 1]) and j + 1 < len(toks) and ctx.gap(j, j + 1) == " ")


def _clause_end(ctx: _Ctx, cs: int, hi: int, ue: int) -> int:
    """End offset of a reported clause: the sentence end, or before an
    'according to', a new participial cue, or a second reporting verb."""
    toks, text = ctx.toks, ctx.text
    hi = min(hi, cs + 3 * WINDOW)  # a reported clause is never a whole run-on text
    end_tok = hi
    for j in range(cs + 1, hi):
        g = ctx.gap(j - 1, j)
        n = toks[j].norm
        if ";" in g:
            end_tok = j
            break
        if "," in g and (n in CUT_AFTER_COMMA or (n.endswith("ing") and len(n) > 5 and n != "including")):
            # ', sending prices higher' / ', adding that …': a participle after a comma
            # describes what followed, or starts a new cue; the reported clause ends
            end_tok = j
            break
        if n in CONJUNCTIONS and n != "while":
            # 'but also said that …' / ', and he added'
            k = j + 1
            while k < hi and k - j <= 3 and (toks[k].norm in ac._VERB_GLUE or toks[k].norm in SUBJECT_PRONOUNS):
                k += 1
            if k < hi and toks[k].norm in CLAUSE_VERBS | THAT_VERBS and not toks[k].norm.endswith("ing"):
                end_tok = j
                break
    e = toks[end_tok - 1].end if end_tok - 1 >= cs else toks[cs].end
    e = min(e, ue)
    while e > toks[cs].start and text[e - 1] in " ,.;:!?”’\"'—–-":
        e -= 1
    return e


def _indirect(ctx: _Ctx, ui: int, lo: int, hi: int, uq: Sequence[Quote]) -> None:
    toks, text = ctx.toks, ctx.text
    us, ue, _p = ctx.units[ui]
    taken: list[tuple[int, int]] = [(q.open, q.close + 1) for q in uq]
    emitted: list[tuple[int, int]] = []
    for vi in range(lo, hi):
        t = toks[vi]
        n = t.norm
        if n not in CLAUSE_VERBS and n not in THAT_VERBS:
            continue
        if n in GLOSS_PARTICIPLES and "," in ctx.gap(vi - 1, vi):
            continue  # ', indicating that …': the writer's reading of it
        if ac.is_proper(text, t) or ctx.in_quote(t.start):
            continue
        if any(s <= t.start < e for s, e in emitted):
            continue  # nested inside a reported clause
        if vi > lo and re.search(r"[”\"’']", ctx.gap(vi - 1, vi)) and not n.endswith("ing"):
            continue  # '…,” warned X': the cue of the quotation before it
        if vi > lo and (toks[vi - 1].norm in PASSIVE_AUX or toks[vi - 1].norm in ("the", "a", "an", "his", "her", "their", "its")
                        or toks[vi - 1].norm in ac.PREPOSITIONS and not n.endswith("ing")):
            continue  # passive, or a noun ('amid reports that')
        if _negated(ctx, vi, lo):
            continue  # 'has not said whether …': nothing was said
        cs = _clause_start(ctx, vi, hi)
        if cs is None:
            continue
        start = toks[cs].start
        end = _clause_end(ctx, cs, hi, ue)
        if end - start < 8:
            continue
        inner = [q for q in uq if start <= q.open and q.close < end]
        if any(s < end and start < e for s, e in emitted) or any(
                s < end and start < e for s, e in taken if not any(q.open == s for q in inner)):
            continue  # the quotation inside carries the statement
        if inner and not all(_is_fragment(ctx, q) for q in inner):
            continue
        if n.endswith("ing"):
            ent = ctx.participle_speaker(vi, lo, hi, ui)
            found = True
        else:
            found, ent = ctx.subject_of(vi, lo)
            if not found:
                ent = ctx.participle_speaker(vi, lo, hi, ui)
                found = ent is not None
        if found and ent is None and not _subject_is_person_word(ctx, vi, lo):
            continue  # 'The plan says that …': a document, not an actor
        if not found:
            continue
        cue = _cue_text(ctx, vi, hi, stop=start)
        if inner:
            # 'said the response was “very swift” and would continue': the
            # whole reported clause is the statement, the fragment inside it
            opened = {q.start for q in inner}
            ctx.drafts[:] = [d for d in ctx.drafts if not (d.quote and d.start in opened)]
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, ent, ui, False))
        emitted.append((start, end))
        taken.append((start, end))
    _according_indirect(ctx, ui, lo, hi, taken)
    _tail_indirect(ctx, ui, lo, hi, taken)


def _negated(ctx: _Ctx, vi: int, lo: int) -> bool:
    """'has not said', 'never claimed', 'did not say': a negated cue."""
    for j in range(vi - 1, max(lo, vi - 3) - 1, -1):
        n = ctx.toks[j].norm
        if n in NEGATIONS or n.endswith("n't"):
            return True
        if n not in FINITE and n not in ac._VERB_GLUE:
            return False
    return False


def _is_fragment(ctx: _Ctx, q: Quote) -> bool:
    """A few quoted words inside a sentence, not a quotation standing as speech."""
    before = ctx.text[max(0, q.open - 2):q.open].rstrip()
    words = ctx.text[q.start:q.end]
    return not before.endswith((":", ",")) and not words.rstrip().endswith((",", ".", "!", "?")) and len(words.split()) <= 12


def _subject_is_person_word(ctx: _Ctx, vi: int, lo: int) -> bool:
    """An unresolved pronoun or role, or people described but not named
    ('Critics argue', 'officials said'), still speak: the statement is kept,
    its actor unknown."""
    j = vi - 1
    while j >= lo and ctx.toks[j].norm in ac._VERB_GLUE:
        j -= 1
    if j < lo:
        return False
    m = ctx.mention_at(j)
    if m is not None:
        p = ctx._pp_head(m, lo)
        if p is not None:
            j, m = p, ctx.mention_at(p)
    return (m is not None and m.kind in ("pronoun", "role")) or ctx.toks[j].norm in ac.GROUP_HEADS


def _according_indirect(ctx: _Ctx, ui: int, lo: int, hi: int, taken) -> None:
    """'According to X, …' and '…, according to X.'"""
    toks, text = ctx.toks, ctx.text
    us, ue, _ = ctx.units[ui]
    for j in range(lo, hi - 2):
        if not (toks[j].norm == "according" and toks[j + 1].norm == "to") or ctx.in_quote(toks[j].start):
            continue
        m = ctx.first_mention_after(j + 2, hi, 5)
        ent = m.entity if m is not None else None
        if j == lo or re.fullmatch(r"\W*", text[us:toks[j].start]) or (
            j > lo and toks[j - 1].norm in ("separately", "however", "meanwhile")
        ):
            # 'According to X, CLAUSE'
            k = j + 2
            while k < hi and "," not in ctx.gap(k - 1, k):
                k += 1
            if k >= hi:
                continue
            start, end = toks[k].start, _clause_end(ctx, k, hi, ue)
        elif "," in ctx.gap(j - 1, j):
            start, end = toks[lo].start, toks[j - 1].end
            while end > start and text[end - 1] in " ,.;:":
                end -= 1
        else:
            continue
        if end - start < 8 or any(s < end and start < e for s, e in taken):
            continue
        if _has_own_cue(ctx, start, end):
            continue
        if ent is not None and ctx.reg.entities[ent].media:
            ent = None  # a news agency relays; the speaker is not named
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", "according to", ent, ui, False))
        taken.append((start, end))


def _has_own_cue(ctx: _Ctx, s: int, e: int) -> bool:
    """Does the span contain a reporting verb of its own (not a passive 'were told')?"""
    a, b = ctx.tok_range(s, e)
    return any(ctx.toks[j].norm in CLAUSE_VERBS | THAT_VERBS and ctx.verbish(j)
               and not (j > a and ctx.toks[j - 1].norm in PASSIVE_AUX) for j in range(a, b))


def _tail_indirect(ctx: _Ctx, ui: int, lo: int, hi: int, taken) -> None:
    """'CLAUSE, the ministry said on Monday.' / 'CLAUSE, argued Jane Doe, an
    economist at …' / 'CLAUSE, Jane Doe wrote for the majority.'"""
    tail = _tail_cue(ctx, lo, hi, ())
    if tail is None:
        _speaker_after_clause(ctx, ui, lo, hi, taken)
        return
    ent, cue = tail
    toks, text = ctx.toks, ctx.text
    # the clause runs to the last comma before the cue's subject
    for vi in range(hi - 1, max(lo, hi - 7) - 1, -1):
        if toks[vi].norm in CLAUSE_VERBS | THAT_VERBS:
            break
    j = vi - 1
    while j > lo and "," not in ctx.gap(j - 1, j):
        j -= 1
    if j <= lo:
        return
    start, end = toks[lo].start, toks[j - 1].end
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    if end - start < 8 or any(s < end and start < e for s, e in taken):
        return
    if _has_own_cue(ctx, start, end) or not _bare_clause(ctx, lo, hi):
        return
    ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, ent, ui, False))
    taken.append((start, end))


def _speaker_after_clause(ctx: _Ctx, ui: int, lo: int, hi: int, taken) -> None:
    """A reported clause opening the sentence, then a comma and its speaker
    with the reporting verb before or after the name; what follows the
    speaker is a description of them ('an economist at …', 'who runs …')."""
    toks, text = ctx.toks, ctx.text
    for j in range(lo + 3, min(hi, lo + 3 * WINDOW)):
        g = ctx.gap(j - 1, j)
        if re.search(r"[.;:!?“”\"«»]", g) or ctx.in_quote(toks[j].start):
            return
        if "," not in g:
            continue
        found = speaker_after(ctx, j, hi)
        if found is None:
            continue
        m, v = found
        if toks[v].norm.endswith("ing") or toks[v].norm in TELL_VERBS and v + 1 < hi and toks[v + 1].norm == "that":
            return
        # nothing after the cue may report a clause of its own ('…, he said that …')
        if _clause_start(ctx, v, hi) is not None and v > j:
            return
        start, end = toks[lo].start, toks[j - 1].end
        while end > start and text[end - 1] in " ,.;:":
            end -= 1
        if end - start < 12 or any(s < end and start < e for s, e in taken):
            return
        if _has_own_cue(ctx, start, end) or not _bare_clause(ctx, lo, j):
            return
        cue = " ".join(text[toks[min(v, ac._tok_index(ctx.src, m.start))].start:max(toks[v].end, m.end)].split())
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, m.entity, ui, False))
        taken.append((start, end))
        return


# --------------------------------------------------------------------------
# Groups: one utterance across sources


def _words(tokens: Sequence[Token], s: int, e: int) -> list[str]:
    """Normalised words of text[s:e], sliced from the source's tokens."""
    return [t.norm for t in tokens[token_index(tokens, s):token_index(tokens, e)] if t.end <= e]


def _content_stems(words: Sequence[str]) -> frozenset[str]:
    return frozenset(stem(fold_word(w)) for w in words if w not in STOPWORDS and len(w) > 2)


@dataclass(frozen=True)
class _Rendering:
    """What grouping compares of one statement, computed once."""

    words: tuple[str, ...]
    joined: str
    stems: frozenset[str]


def _rendering(words: Sequence[str]) -> _Rendering:
    return _Rendering(tuple(words), " ".join(words), _content_stems(words))


def same_utterance(a: _Rendering, b: _Rendering) -> bool:
    """Two renderings of one utterance: a quotation and its excerpt or
    another quotation (near-identical words), or a paraphrase (most content
    words shared)."""
    if not a.words or not b.words:
        return False
    short = min(len(a.words), len(b.words))
    if short >= 2 and min(len(a.joined), len(b.joined)) >= 8 and fuzz.partial_ratio(a.joined, b.joined) >= 90:
        return True
    shared = len(a.stems & b.stems)
    return shared >= 3 and shared / max(1, min(len(a.stems), len(b.stems))) >= 0.5


# A stem in more of one actor's statements than this is that actor's usual
# vocabulary; it does not make two statements candidates for one group.
GROUP_STEM_POSTINGS = 64


def _candidate_pairs(idx: Sequence[int], drafts: Sequence[Draft], rend: Sequence[_Rendering]):
    """Pairs of one actor's statements in different sources that share a
    content stem: comparing only these keeps grouping near-linear."""
    postings: dict[str, list[int]] = {}
    for i in idx:
        for st in rend[i].stems:
            postings.setdefault(st, []).append(i)
    seen: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > GROUP_STEM_POSTINGS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if drafts[i].source != drafts[j].source and (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


# How far before a passage span a statement overlapping it may start (chars).
PASSAGE_REACH = 5000
# Shorter statements are fragments; a shared passage says little about them.
PASSAGE_MIN_CHARS = 25


def _same_passage_pairs(drafts: Sequence[Draft], passages: Sequence[Passage]):
    """Pairs of whole statements (direct or indirect, not quoted fragments) by
    the same known actor, in different sources, that the passage engine
    aligned: per passage span, the actor's statement lying most inside it."""
    by_source: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        if d.entity is not None and d.kind != "partial" and d.end - d.start >= PASSAGE_MIN_CHARS:
            by_source.setdefault(d.source, []).append(i)
    starts = {sid: [drafts[i].start for i in idx] for sid, idx in by_source.items()}
    for p in passages:
        chosen: dict[tuple[str, int], tuple[int, int]] = {}  # (source, actor) → (overlap, draft)
        for span in p.spans:
            idx = by_source.get(span.source, [])
            st = starts.get(span.source, [])
            # only statements starting near the span (bisected, not scanned)
            lo = bisect.bisect_left(st, span.start - PASSAGE_REACH)
            hi = bisect.bisect_left(st, span.end)
            for i in idx[lo:hi]:
                d = drafts[i]
                overlap = min(d.end, span.end) - max(d.start, span.start)
                key = (d.source, d.entity)
                if overlap * 2 >= d.end - d.start and overlap > chosen.get(key, (0, -1))[0]:
                    chosen[key] = (overlap, i)
        picked = [i for _, i in chosen.values()]
        for x, i in enumerate(picked):
            for j in picked[x + 1:]:
                if drafts[i].entity == drafts[j].entity and drafts[i].source != drafts[j].source:
                    yield i, j


def group_statements(drafts: Sequence[Draft], tokens: dict[str, Sequence[Token]],
                     passages: Sequence[Passage] = ()) -> list[int | None]:
    """A group index per draft (None when its utterance appears in one source only).

    Statements join when they have the same actor and say the same thing;
    a quotation with no known speaker joins only a near-identical quotation.
    """
    n = len(drafts)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    words = [_words(tokens[d.source], d.start, d.end) for d in drafts]
    rend = [_rendering(w) for w in words]
    by_actor: dict[int | None, list[int]] = {}
    for i, d in enumerate(drafts):
        by_actor.setdefault(d.entity, []).append(i)
    for ent, idx in by_actor.items():
        if ent is None:
            continue
        for i, j in _candidate_pairs(idx, drafts, rend):
            if find(i) != find(j) and same_utterance(rend[i], rend[j]):
                parent[find(i)] = find(j)
    # A quotation with no known speaker joins quotations with the same words
    # (looked up by their first words, so this stays linear).
    by_start: dict[tuple[str, ...], list[int]] = {}
    for i, d in enumerate(drafts):
        if d.quote and len(words[i]) >= 3:
            by_start.setdefault(tuple(words[i][:2]), []).append(i)
    for i in by_actor.get(None, []):
        if not drafts[i].quote or len(words[i]) < 3:
            continue
        for j in by_start.get(tuple(words[i][:2]), ())[:50]:
            if j == i or drafts[j].source == drafts[i].source:
                continue
            if fuzz.ratio(" ".join(words[i]), " ".join(words[j])) >= 95:
                parent[find(i)] = find(j)
    # The passage engine already aligned what the sources share, paraphrases
    # included: one actor's statements inside one passage render one utterance.
    for i, j in _same_passage_pairs(drafts, passages):
        parent[find(i)] = find(j)
    roots: dict[int, set[str]] = {}
    for i, d in enumerate(drafts):
        roots.setdefault(find(i), set()).add(d.source)
    out: list[int | None] = []
    for i in range(n):
        r = find(i)
        out.append(r if len(roots[r]) >= 2 else None)
    return out


# --------------------------------------------------------------------------
# Entry point


def analyze_statements(sources: Sequence[Source], passages: Sequence[Passage] = ()) -> tuple[tuple[Actor, ...], tuple[Statement, ...], tuple[QuoteFidelity, ...]]:
    """Actors, statements (ordered by source, then start) and quote fidelity."""
    quotes: dict[str, list[Quote]] = {}
    units: dict[str, list] = {}
    for src in sources:
        paras = [(s, e) for s, e, _ in body_paragraphs(src)]
        quotes[src.id] = find_quotes(src.text, paras)
        units[src.id] = units_of(src, quotes[src.id])
    reg = ac.Registry(sources)
    quoted = {sid: [(q.start, q.end) for q in qs] for sid, qs in quotes.items()}
    ac.collect(reg, units)
    drafts: list[Draft] = []
    for src in sources:
        ms = ac.mentions(reg, src, units[src.id], quoted[src.id])
        drafts.extend(read_source(reg, src, quotes[src.id], units[src.id], ms))
    order = {s.id: i for i, s in enumerate(sources)}
    drafts.sort(key=lambda d: (order[d.source], d.start, d.end))
    texts = {s.id: s.text for s in sources}
    groups = group_statements(drafts, {s.id: s.tokens for s in sources}, passages)

    counts: dict[int, int] = {}
    first_seen: dict[int, int] = {}
    for i, d in enumerate(drafts):
        if d.entity is not None:
            counts[d.entity] = counts.get(d.entity, 0) + 1
            first_seen.setdefault(d.entity, i)
    # Groups that speak are actors; groups that never speak are just noun phrases.
    for e in reg.entities:
        if (e.type == "group" or e.weak) and e.key not in counts:
            e.names.clear()
    actors, ids = reg.freeze(counts, first_seen)

    gids: dict[int, str] = {}
    statements = []
    for i, (d, g) in enumerate(zip(drafts, groups), 1):
        gid = None
        if g is not None:
            gid = gids.setdefault(g, f"g{len(gids) + 1}")
        statements.append(Statement(
            f"s{i}", ids.get(d.entity) if d.entity is not None else None, d.source, d.start, d.end,
            d.kind, d.cue, gid,  # type: ignore[arg-type]
            Span(d.source, *d.speaker) if d.speaker else None,
        ))
    fidelity = compare_groups(statements, texts)
    return actors, tuple(statements), fidelity
