"""Reported speech without quotation marks: "X said (that) …", "…, X said",
"…, argued X, an economist at …", "according to X, …", with a quoted
fragment inside the clause kept as part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import speech as lex
from ..lexicon.speech import DETS, GLOSS_PARTICIPLES, GROUP_HEADS, PASSIVE_AUX, PREPOSITIONS, SUBORDINATE_STARTS, TITLE_HEADS, VERB_GLUE
from .attribution import group_after
from .clauses import bare_clause, clause_end, clause_start, has_own_cue, negated, relative_passive, with_sign
from .context import cue_text, Draft, one_of_them, Reading, speaker_after, tail_cue
from .described import described_body, group_subject
from .quotes import Quote
from .words import CLAUSE_VERBS, CUE_VERBS, FINITE, is_proper, TELL_VERBS, WINDOW


def indirect(ctx: Reading, ui: int, lo: int, hi: int, uq: Sequence[Quote]) -> None:
    toks, text = ctx.toks, ctx.text
    us, ue, _p = ctx.units[ui]
    taken: list[tuple[int, int]] = [(q.open, q.close + 1) for q in uq]
    emitted: list[tuple[int, int]] = []
    for vi in ctx.among(ctx.positions(CUE_VERBS), lo, hi):  # a clause or 'that' verb
        t = toks[vi]
        n = t.norm
        if n in GLOSS_PARTICIPLES and "," in ctx.gap(vi - 1, vi):
            continue  # ', indicating that …': the writer's reading of it
        if is_proper(text, t) or ctx.in_quote(t.start):
            continue
        if any(s <= t.start < e for s, e in emitted):
            continue  # nested inside a reported clause
        if vi > lo and re.search(r"[”\"’']", ctx.gap(vi - 1, vi)) and not n.endswith("ing"):
            continue  # '…,” warned X': the cue of the quotation before it
        went_on = _went_on_to(ctx, vi, lo)
        if vi > lo and not went_on and (toks[vi - 1].norm in PASSIVE_AUX or toks[vi - 1].norm in ("the", "a", "an", "his", "her", "their", "its")
                        or toks[vi - 1].norm in PREPOSITIONS and not n.endswith("ing")
                        and "," not in ctx.gap(vi - 1, vi)):  # (but 'X, who voted against, said')
            continue  # passive, or a noun ('amid reports that')
        if negated(ctx, vi, lo):
            continue  # 'has not said whether …': nothing was said
        if vi > lo and "," in ctx.gap(vi - 1, vi) and _inverted_speaker(ctx, vi, hi) is not None:
            continue  # 'The sale, said Ms Ann Roe, had been …': the name is the speaker, not a clause
        if vi > lo and ("," in ctx.gap(vi - 1, vi) or toks[vi - 1].norm == "so") and _speaker_described(ctx, vi, hi):
            continue  # '…, says Tom Reyes, 61, who worked there': the name is the speaker, not a clause
        cs = clause_start(ctx, vi, hi)
        if cs is None:
            continue
        start = toks[cs].start
        end = clause_end(ctx, cs, hi, ue)
        if end - start < 8:
            continue
        inner = [q for q in uq if start <= q.open < end and q.close <= ue]
        if inner and inner[-1].closed and inner[-1].close >= end:
            end = inner[-1].close + 1  # the clause ends with the quoted fragment: '… had been “useless”.'
        if any(s < end and start < e for s, e in emitted) or any(
                s < end and start < e for s, e in taken if not any(q.open == s for q in inner)):
            continue  # the quotation inside carries the statement
        if inner and not all(_is_fragment(ctx, q) for q in inner):
            continue
        if n.endswith("ing"):
            ent = ctx.participle_speaker(vi, lo, hi, ui)
            found = True
        else:
            found, ent = ctx.subject_of(vi - 3 if went_on else vi, lo)
            if not found:
                ent = ctx.participle_speaker(vi, lo, hi, ui)
                found = ent is not None
        if found and ent is None and not _subject_is_person_word(ctx, vi, lo):
            continue  # 'The plan says that …': a document, not an actor
        if not found:
            continue
        cue = cue_text(ctx, vi, hi, stop=start)
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
    _parenthetical(ctx, ui, lo, hi, taken)
    _inverted_parenthetical(ctx, ui, lo, hi, taken)
    _heard_by(ctx, ui, lo, hi, taken)
    _impersonal_passive(ctx, ui, lo, hi, taken)


# '…, the court heard.' / '…, Brackley Crown Court was told on Monday.': a
# hearing body after a comma (with 'the'/'an' or a capitalised name, so that a
# headline's 'court hears' stays out), then heard / was told, then at most a
# short adverbial.
_HEARD_TAIL = re.compile(
    r",\s+(?:(?:the|an|a)\s+(?:[\w’'-]+\s+){0,2}|(?:[A-Z][\w’'-]*\s+){1,3})(?P<body>[A-Za-z]+)\s+"
    r"(?:heard|hears|has\s+heard|was\s+told|were\s+told|is\s+told)(?:\s+[\w’'-]+){0,3}\W*$")


_GO_FORMS = frozenset(("went", "goes", "go", "going", "gone"))


def _went_on_to(ctx: Reading, vi: int, lo: int) -> bool:
    """'She went on to say that …': the cue in the infinitive after 'went on
    to', its subject that of 'went'."""
    toks = ctx.toks
    return (vi - 3 >= lo and toks[vi - 1].norm == "to" and toks[vi - 2].norm == "on"
            and toks[vi - 3].norm in _GO_FORMS
            and all(ctx.gap(x - 1, x) == " " for x in range(vi - 2, vi + 1)))


def _heard_by(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """'CLAUSE, the court heard.': evidence given before a court or an
    inquest; the statement is kept, its speaker unknown (the court listened)."""
    if lo >= hi:
        return
    us, ue, _p = ctx.units[ui]
    text = ctx.text
    m = _HEARD_TAIL.search(text, us, ue)
    if m is None or m.group("body").lower() not in lex.HEARING_BODIES:
        return
    start, end = ctx.toks[lo].start, m.start()
    if end - start < 12 or any(s < end and start < e for s, e in taken) or has_own_cue(ctx, start, end):
        return
    cue = " ".join(text[m.start() + 1:m.end()].split()).rstrip(".!?")
    ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, None, ui, False))
    taken.append((start, end))


# '…, it was announced by the organisers on Monday.' / 'It has been confirmed
# (by X) that …': the impersonal passive, with at most a short 'by' phrase
# and a time or place after it.
_IT_PASSIVE = re.compile(r"\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?P<verb>[a-z]+)\b")


def _impersonal_passive(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """'CLAUSE, it was announced (by X).' and 'It was announced (by X) that
    CLAUSE.': what was said, its speaker the one after 'by', else unknown."""
    if lo >= hi:
        return
    us, ue, _p = ctx.units[ui]
    text, toks = ctx.text, ctx.toks
    m = _IT_PASSIVE.search(text, us, ue)
    if m is None or m.group("verb") not in lex.PASSIVE_REPORTS or ctx.in_quote(m.start()):
        return
    v = ctx.tok_at(m.start("verb"))
    ent = None
    if v + 1 < hi and toks[v + 1].norm == "by":
        found = ctx.first_mention_after(v + 2, hi, 4)
        if found is not None:
            ent = found.entity
        else:
            k = v + 2  # 'by the organisers': people named by a common noun
            while k + 1 < hi and toks[k].norm in DETS and ctx.gap(k, k + 1) == " ":
                k += 1
            if is_person_noun(toks[k].norm) or toks[k].norm in lex.MAKER_NOUNS:
                ent = group_subject(ctx, k, k, k)
    front = re.fullmatch(r"\W*", text[us:m.start()]) is not None
    if front:
        # 'It was announced … that CLAUSE'
        that = next((k for k in range(v + 1, min(hi, v + 10)) if toks[k].norm == "that"), None)
        if that is None or that + 1 >= hi or re.search(r"[,;:.]", text[toks[v].end:toks[that].start]) and \
                toks[v + 1].norm != "by":
            return
        start, end = toks[that + 1].start, clause_end(ctx, that + 1, hi, ue)
        if not bare_clause(ctx, that + 1, hi):
            return
    else:
        j = ctx.tok_at(m.start())
        if j <= lo or "," not in ctx.gap(j - 1, j) or not adverbial_tail(ctx, v, hi) and toks[v + 1].norm != "by":
            return  # 'it was reported' inside a clause, or a clause of its own after it
        start, end = toks[lo].start, with_sign(text, toks[j - 1].end)
        while end > start and text[end - 1] in " ,.;:":
            end -= 1
        if not bare_clause(ctx, lo, j) or _fronted(ctx, lo):
            return
    if end - start < 12 or any(s < end and start < e for s, e in taken) or has_own_cue(ctx, start, end):
        return
    cue = " ".join(text[m.start():toks[v].end].split())
    ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, ent, ui, False))
    taken.append((start, end))


def _parenthetical(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """'The plan, he said, would be ready by June': a cue between commas in
    the middle of the sentence. The statement is the whole sentence (the
    reported words are on both sides of the cue)."""
    toks, text = ctx.toks, ctx.text
    us, ue, _ = ctx.units[ui]
    if "," not in text[us:ue]:
        return
    for j in ctx.among(ctx.comma_gaps(lo, hi), lo + 1, min(hi - 2, lo + WINDOW)):
        if toks[j].start - toks[j - 1].end == 1 or "," not in ctx.gap(j - 1, j) or ctx.in_quote(toks[j].start):
            continue
        v = j
        while v < hi and v - j < 5 and "," not in ctx.gap(v, v + 1 if v + 1 < hi else v) and toks[v].norm not in CLAUSE_VERBS:
            v += 1
        if v >= hi - 1 or toks[v].norm not in CLAUSE_VERBS or v == j or is_proper(text, toks[v]):
            continue
        if toks[v].norm.endswith("ing") or "," not in ctx.gap(v, v + 1):
            continue
        m = ctx.mention_starting(j)
        described = m is None and not (toks[j].norm in ("he", "she", "they", "it") or is_person_noun(toks[v - 1].norm))
        if described and (v - 1 <= j or toks[j].norm not in ("the", "its", "a", "an")):
            continue
        if m is not None and ctx.tok_at(m.end) != v:
            continue
        if not (ctx.verbish(v + 1) or bare_clause(ctx, lo, j) or toks[v + 1].norm in FINITE):
            continue
        # '…, the agency added, and …': an organisation described by its kind
        body = described_body(ctx, v - 1, j) if described else None
        if described and body is None:
            continue
        start = toks[lo].start
        end = ue
        while end > start and text[end - 1] in " ,.;:!?”’\"'":
            end -= 1
        if end - start < 12 or any(s < end and start < e for s, e in taken):
            return
        ent = m.entity if m is not None else body
        if m is None and toks[j].norm in ("he", "she", "they", "it"):
            pm = ctx.mention_at(j)
            ent = pm.entity if pm is not None else None
        cue = " ".join(text[toks[j].start:toks[v].end].split())
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, ent, ui, False))
        taken.append((start, end))
        return


def _inverted_speaker(ctx: Reading, j: int, hi: int):
    """The speaker of an inverted cue at j ('…, said lawyer Tom Hay, was …'):
    a mention right after the verb, closed by a comma and followed by a
    finite verb that goes on with the sentence; else None."""
    m = ctx.first_mention_after(j + 1, hi, 4)
    if m is None or m.entity is None:
        return None
    after = ctx.tok_at(m.end)
    if after >= hi or "," not in ctx.gap(after - 1, after) or ctx.toks[after].norm not in FINITE:
        return None
    return m


def _speaker_described(ctx: Reading, j: int, hi: int) -> bool:
    """After an inverted cue at j, a person's name, maybe an age, then a
    relative clause that runs to the sentence's end ('…, says Tom Reyes,
    61, who worked there for years.'): the name is the speaker, described,
    not the subject of a reported clause ('said Tom Hale, who arrived late,
    had bought it' goes on after a comma: a clause)."""
    toks = ctx.toks
    if not any(toks[x].norm in ("who", "whose") for x in range(j + 2, min(hi, j + 8))):
        return False  # (the common case, checked first)
    m = ctx.first_mention_after(j + 1, hi, 4)
    if m is None or m.entity is None or ctx.reg.entities[m.entity].type != "person":
        return False
    k = ctx.tok_at(m.end)
    if k < hi and toks[k].norm.isdigit() and "," in ctx.gap(k - 1, k):
        k += 1  # an age
    if k >= hi or toks[k].norm not in ("who", "whose") or "," not in ctx.gap(k - 1, k):
        return False
    return not any("," in ctx.gap(x - 1, x) for x in range(k + 1, hi))


def _inverted_parenthetical(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """'The ruling, said lawyer Tom Hay, was a victory for tenants': the
    cue between commas with its verb first, then the speaker's name, and
    the sentence going on with its own verb. The statement is the whole
    sentence, as for 'The plan, he said, would …'."""
    toks, text = ctx.toks, ctx.text
    us, ue, _ = ctx.units[ui]
    for j in ctx.among(ctx.comma_gaps(lo, hi), lo + 1, min(hi - 3, lo + WINDOW)):
        n = toks[j].norm
        if n not in CLAUSE_VERBS or n.endswith("ing") or "," not in ctx.gap(j - 1, j) or ctx.in_quote(toks[j].start):
            continue
        m = _inverted_speaker(ctx, j, hi)
        if m is None:
            continue
        start, end = toks[lo].start, ue
        while end > start and text[end - 1] in " ,.;:!?”’\"'":
            end -= 1
        if end - start < 12 or any(s < end and start < e for s, e in taken):
            return
        cue = " ".join(text[toks[j].start:m.end].split())
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, m.entity, ui, False))
        taken.append((start, end))
        return


def _is_fragment(ctx: Reading, q: Quote) -> bool:
    """A few quoted words inside a sentence, not a quotation standing as speech."""
    before = ctx.text[max(0, q.open - 2):q.open].rstrip()
    words = ctx.text[q.start:q.end]
    return not before.endswith((":", ",")) and not words.rstrip().endswith((",", ".", "!", "?")) and len(words.split()) <= 12


def _subject_is_person_word(ctx: Reading, vi: int, lo: int) -> bool:
    """An unresolved pronoun or role, or people described but not named
    ('Critics argue', 'officials said'), still speak: the statement is kept,
    its actor unknown."""
    j = vi - 1
    while j >= lo and ctx.toks[j].norm in VERB_GLUE:
        j -= 1
    if j < lo:
        return False
    if "," in ctx.gap(j, j + 1):
        # '…, the minister, who arrived on Monday, said': the head before the clause
        k = j
        while k > lo and j - k < 25 and "," not in ctx.gap(k - 1, k):
            k -= 1
        if k > lo and (ctx.toks[k].norm in SUBORDINATE_STARTS or ctx.toks[k].norm.endswith("ing")):
            j = k - 1
    m = ctx.mention_at(j)
    if m is not None:
        p = ctx.pp_head(m, lo)
        if p is not None:
            j, m = p, ctx.mention_at(p)
    else:
        j = ctx.np_head(j, lo)  # 'a lawyer for the defendant said': the head before the phrase
        m = ctx.mention_at(j)
    if one_of_them(ctx.toks, vi - 1, lo):
        return True  # 'One of them said …'
    if ctx.toks[j].norm in _PEOPLE_QUANTIFIERS and (j == lo or not ctx.gap(j - 1, j).strip() == ""):
        return True  # 'Several told the paper …', 'Others said …': people, unnamed
    return (m is not None and m.kind in ("pronoun", "role")) or is_person_noun(ctx.toks[j].norm)


def is_person_noun(n: str) -> bool:
    """'officials', 'traders', 'a lawyer', 'critics': people described, not named."""
    b = n[:-1] if n.endswith("s") else n
    return (n in GROUP_HEADS or b in TITLE_HEADS or n in lex.PERSON_NOUNS or b in lex.PERSON_NOUNS
            or (n.endswith(("ers", "ors", "ists", "ians", "ants", "ents")) and n not in lex.DOCUMENT_NOUNS)
            or (len(n) >= 7 and n.endswith(("ist", "ian", "master"))))  # 'a receptionist', 'the librarian', 'the harbourmaster'


def _document_after(ctx: Reading, k: int, hi: int) -> bool:
    """Does a document noun head the phrase at k ('the report', 'official figures')?"""
    for j in range(k, min(hi, k + 4)):
        if j > k and re.search(r"[,.;:!?]", ctx.gap(j - 1, j)):
            return False
        if ctx.toks[j].norm in lex.DOCUMENT_NOUNS:
            return True
    return False


def _described_after(ctx: Reading, k: int, hi: int) -> int | None:
    """The organisation described by the noun phrase at k ('the regional
    health agency'), its head the last word before punctuation, if any."""
    j = k
    while j + 1 < hi and j - k < 5 and ctx.gap(j, j + 1) == " " and ctx.toks[j + 1].norm not in PREPOSITIONS:
        j += 1
    if j + 1 < hi and ctx.gap(j, j + 1) == " ":
        return None  # the phrase goes on: not a bare noun phrase
    return described_body(ctx, j, k)


def _according_indirect(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """'According to X, …' and '…, according to X.'"""
    toks, text = ctx.toks, ctx.text
    us, ue, _ = ctx.units[ui]
    for j in ctx.among(ctx.positions(_ACCORDING), lo, hi - 2):
        if not (toks[j].norm == "according" and toks[j + 1].norm == "to") or ctx.in_quote(toks[j].start):
            continue
        m = ctx.first_mention_after(j + 2, hi, 5)
        ent = m.entity if m is not None else None
        if (m is None or m.start < ctx.toks[min(hi - 1, j + 4)].end) and _document_after(ctx, j + 2, hi):
            continue  # 'according to the report', 'to a police report': a document, not a speaker
        named = ctx.named_in_apposition(j + 2, hi) if m is None or m.kind == "role" else None
        if named is not None:
            m, ent = named, named.entity  # 'according to the operator, Ferrovie Pedemontane,'
        elif m is None:
            ent = _described_after(ctx, j + 2, hi)  # 'according to the regional health agency'
            if ent is None and j + 3 <= hi and (j + 3 == hi or re.search(r"[,.;:!?]", ctx.gap(j + 2, j + 3))):
                ent = group_subject(ctx, j + 2, j + 2, j + 2)  # 'according to police', 'according to witnesses'
        if ent is None and (m is None or m.entity is None and m.kind == "role"):
            ent = group_after(ctx, j + 2, hi)  # 'according to three officials in his department'

        if j == lo or re.fullmatch(r"\W*", text[us:toks[j].start]) or (
            j > lo and toks[j - 1].norm in ("separately", "however", "meanwhile")
        ):
            # 'According to X, CLAUSE'
            k = j + 2
            while k < hi and "," not in ctx.gap(k - 1, k):
                k += 1
            if k >= hi:
                continue
            named = next((ctx.mention_starting(x) for x in range(k, min(hi, k + 3))
                          if ctx.mention_starting(x) is not None), None)
            if named is not None and named.entity is not None:
                after = ctx.tok_at(named.end)
                if after < hi and "," in ctx.gap(after - 1, after):
                    # 'According to the health commissioner, Dr. Jane Doe, …': the name in apposition
                    ent, k = named.entity, after
            start, end = toks[k].start, clause_end(ctx, k, hi, ue)
        elif "," in ctx.gap(j - 1, j):
            start, end = toks[lo].start, with_sign(text, toks[j - 1].end)
            if _verb_after_aside(ctx, j + 2, hi):
                end = ue  # 'The damage, according to X, was the worst …': the words on both sides
            while end > start and text[end - 1] in " ,.;:!?”’\"'":
                end -= 1
        else:
            continue
        if end - start < 8 or any(s < end and start < e for s, e in taken):
            continue
        if has_own_cue(ctx, start, end):
            continue
        if ent is not None and ctx.reg.entities[ent].media:
            ent = None  # a news agency relays; the speaker is not named
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", "according to", ent, ui, False))
        taken.append((start, end))


def _verb_after_aside(ctx: Reading, k: int, hi: int) -> bool:
    """After 'according to X' set between commas, does the sentence go on
    with its verb ('The damage, according to X, was …')? Then the aside
    splits one reported sentence; an apposition or a relative clause
    ('…, according to X, an economist', '…, which …') does not count."""
    toks = ctx.toks
    for c in range(k + 1, min(hi, k + 8)):
        g = ctx.gap(c - 1, c)
        if re.search(r"[.;:!?()“”\"]", g):
            return False
        if "," in g:
            n = toks[c].norm
            if n in VERB_GLUE and c + 1 < hi and toks[c + 1].norm in FINITE:
                n = toks[c + 1].norm  # '…, already had …'
            return n in FINITE and n[:1].isalpha()
    return False


def _tail_indirect(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """'CLAUSE, the ministry said on Monday.' / 'CLAUSE, argued Jane Doe, an
    economist at …' / 'CLAUSE, Jane Doe wrote for the majority.'"""
    tail = tail_cue(ctx, lo, hi, (), pronoun_ok=True)
    if tail is None:
        far = _far_tail_end(ctx, lo, hi)
        if far is not None:
            tail = tail_cue(ctx, lo, far, (), pronoun_ok=True)
            hi = far if tail is not None else hi
    if tail is None:
        _speaker_after_clause(ctx, ui, lo, hi, taken)
        _unnamed_after_clause(ctx, ui, lo, hi, taken)
        return
    ent, cue = tail
    toks = ctx.toks
    # the clause runs to the last comma before the cue's subject
    for vi in range(hi - 1, max(lo, hi - 7) - 1, -1):
        if toks[vi].norm in CUE_VERBS:
            break
    j = vi - 1
    while j > lo and "," not in ctx.gap(j - 1, j):
        j -= 1
    if j <= lo:
        return
    _add_clause(ctx, ui, lo, j, hi, 8, cue, ent, taken)


def _far_tail_end(ctx: Reading, lo: int, hi: int) -> int | None:
    """'…, the regional farm agency said in a report released on Friday.':
    a cue more than five words from the sentence end, followed only by where
    and when it spoke (`adverbial_tail`); the token after the verb, so that
    the tail cue can be read as if the sentence ended there."""
    for vi in reversed(ctx.among(ctx.positions(CLAUSE_VERBS), max(lo + 1, hi - TAIL_REACH), hi - 5)):
        t = ctx.toks[vi]
        if t.norm.endswith("ing") or is_proper(ctx.text, t) or t.norm in TELL_FORMS:
            continue
        if any(ctx.toks[x].norm in CUE_VERBS or ctx.toks[x].norm in FINITE for x in range(max(lo, vi - 6), vi)):
            continue  # 'X said he would write to the owners about …': a verb inside the clause, not its cue
        if adverbial_tail(ctx, vi, hi):
            return vi + 1
    return None


def _add_clause(ctx: Reading, ui: int, lo: int, j: int, clause_end: int, min_chars: int,
                cue: str, entity, taken: list[tuple[int, int]]) -> None:
    """The reported clause from token `lo` up to the comma before token `j`,
    as an indirect statement: unless it is too short, overlaps one already
    taken, has a cue of its own, is no bare clause, or is fronted."""
    toks, text = ctx.toks, ctx.text
    start, end = toks[lo].start, with_sign(text, toks[j - 1].end)
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    if end - start < min_chars or any(s < end and start < e for s, e in taken):
        return
    if has_own_cue(ctx, start, end) or not bare_clause(ctx, lo, clause_end) or _fronted(ctx, lo):
        return
    ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, entity, ui, False))
    taken.append((start, end))


def _fronted(ctx: Reading, lo: int) -> bool:
    """'Asked whether …, X said no' / 'When the vote closed, X said': a
    fronted participle or subordinate clause, not what was said."""
    n = ctx.toks[lo].norm
    return n in SUBORDINATE_STARTS or n in ("asked", "pressed", "questioned", "speaking", "if", "whether", "unlike")


def _unnamed_after_clause(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """'CLAUSE, traders said.' / 'CLAUSE, officials say': people described,
    not named, speak after the clause; the statement is kept, its actor the
    group they make ('traders'), or unknown."""
    toks, text = ctx.toks, ctx.text
    # '…, officials said on Friday, with 230 cases confirmed': the cue may be
    # followed by a trailing phrase after a comma; the speaker ends at the comma
    for c in reversed(ctx.among(ctx.positions(_TRAILING_STARTS), lo + 4, hi)):  # from hi - 1 down to lo + 4
        if toks[c].norm in _TRAILING_STARTS and "," in ctx.gap(c - 1, c):
            if any(toks[x].norm in CLAUSE_VERBS for x in range(max(lo, c - 5), c)):
                hi = c
            break
    for vi in reversed(ctx.among(ctx.positions(_CLAUSE_OR_TELL), max(lo, hi - TAIL_REACH), hi)):  # from hi - 1 down
        n = toks[vi].norm
        if n.endswith("ing") or is_proper(text, toks[vi]):
            continue
        if (vi < hi - 5 or n in TELL_FORMS) and not adverbial_tail(ctx, vi, hi):
            continue  # far from the end: only 'told employees in an email on Thursday' and the like
        j = vi - 1
        while j > lo and vi - j <= 3 and "," not in ctx.gap(j - 1, j):
            j -= 1
        if j <= lo or "," not in ctx.gap(j - 1, j) or not is_person_noun(toks[vi - 1].norm):
            return
        if any(ctx.mention_at(k) is not None and ctx.mention_at(k).entity is not None for k in range(j, vi)):
            return  # a named speaker: the other rules decide
        start, end = toks[lo].start, with_sign(text, toks[j - 1].end)
        while end > start and text[end - 1] in " ,.;:":
            end -= 1
        if end - start < 12 or any(s < end and start < e for s, e in taken):
            return
        if has_own_cue(ctx, start, end) or not bare_clause(ctx, lo, j) or _fronted(ctx, lo):
            return
        cue = " ".join(text[toks[j].start:toks[vi].end].split())
        ent = group_subject(ctx, vi - 1, j, vi - 1)  # 'health officials': a group if people are named so
        ctx.drafts.append(Draft(ctx.src.id, start, end, "indirect", cue, ent, ui, False))
        taken.append((start, end))
        return


_ACCORDING = frozenset(("according",))

#: How many words a cue closing a sentence may stand from its end
#: ('…, its chief executive told employees in an email on Thursday').
TAIL_REACH = 11
TELL_FORMS = frozenset(("told", "tells", "wrote", "writes"))
#: (one set, made once: a union written in the rule is a new set, hashed
#: and compared whole, at every sentence)
_CLAUSE_OR_TELL = CLAUSE_VERBS | TELL_FORMS
_ADVERBIAL_STARTS = frozenset("in on at during after before by from via through over to".split())


def adverbial_tail(ctx: Reading, v: int, hi: int) -> bool:
    """Are the words after the cue verb at v only its listener and where or
    when it spoke ('told employees in an email on Thursday', 'wrote in a
    letter seen by this newspaper'), not a clause of their own?"""
    toks = ctx.toks
    k = v + 1
    # ('wrote in a message that was seen by the Courier': the relative clause
    # says how the message came out, so it belongs to the adverbial)
    rel = next((x for x in range(v + 2, hi) if relative_passive(ctx, x, hi)), None)
    if rel is not None:
        hi = rel
    if toks[v].norm in ("told", "tells"):
        obj = k
        while k < hi and k - obj < 3 and toks[k].norm not in _ADVERBIAL_STARTS:
            k += 1  # the listener: 'employees', 'the paper', 'reporters'
        if k == obj:
            return False
    if k < hi and toks[k].norm not in _ADVERBIAL_STARTS:
        return False
    if k < hi and re.search(r"[,;:]", ctx.gap(v, hi - 1) if hi - 1 > v else ""):
        return False
    return not any(toks[x].norm in FINITE or toks[x].norm == "that" for x in range(v + 1, hi)) \
        and clause_start(ctx, v, hi) is None
_PEOPLE_QUANTIFIERS = frozenset("several others many some most few both".split())
_TRAILING_STARTS = frozenset("with adding citing noting saying warning amid as after".split())


_STOP_GAP = re.compile(r"[.;:!?“”\"«»]")


def _speaker_after_clause(ctx: Reading, ui: int, lo: int, hi: int, taken) -> None:
    """A reported clause opening the sentence, then a comma and its speaker
    with the reporting verb before or after the name; what follows the
    speaker is a description of them ('an economist at …', 'who runs …')."""
    toks, text = ctx.toks, ctx.text
    if ctx.quotes and ctx.in_quote(toks[lo].start):
        return
    # (a word after a single space, the common case, can be no such comma)
    for j in ctx.among(ctx.unspaced(lo, hi), lo + 3, min(hi, lo + 3 * WINDOW)):
        g = ctx.gap(j - 1, j)
        if _STOP_GAP.search(g) or ctx.in_quote(toks[j].start):
            return
        if "," not in g or not ctx.has_quote_verb(j, min(hi, j + 12)):
            continue  # (no reporting verb near: no speaker after this comma)
        found = speaker_after(ctx, j, hi)
        if found is None:
            continue
        m, v = found
        if toks[v].norm.endswith("ing") or toks[v].norm in TELL_VERBS and v + 1 < hi and toks[v + 1].norm == "that":
            return
        # nothing after the cue may report a clause of its own ('…, he said that …')
        if clause_start(ctx, v, hi) is not None and (v > j or _inverted_speaker(ctx, v, hi) is None
                                                      and not _speaker_described(ctx, v, hi)):
            return  # ('The mayor, who arrived late, said Ann Roe had been chosen': Roe is no speaker)
        cue = " ".join(text[toks[min(v, ctx.tok_at(m.start))].start:max(toks[v].end, m.end)].split())
        _add_clause(ctx, ui, lo, j, j, 12, cue, m.entity, taken)
        return
