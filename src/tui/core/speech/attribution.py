"""Attribution of quotations: the speaker named beside the cue ("…,” said
Jane Doe, an analyst"), else the subject of the reporting verb before the
quote, else the speaker of the quotation the paragraph continues. Quoted
words with no speaker and no cue (scare quotes, titles) are not statements.
"""

from __future__ import annotations

import re

from ..lexicon import speech as lex
from ..lexicon.speech import CONJUNCTIONS, DETERMINERS, TITLE_HEADS
from ..text import STOPWORDS
from .context import cue_text, Draft, Reading, speaker_after
from .described import group_subject
from .mentions import resolve_role
from .names import people_plural
from .quotes import Quote
from .registry import Registry
from .words import base, is_proper, QUOTE_VERBS, WINDOW


def attribute_quote(ctx: Reading, q: Quote, ui: int, lo: int, hi: int, tail, acc: int | None) -> None:
    toks, text = ctx.toks, ctx.text
    qa = ctx.tok_at(q.open)  # first token after the opening mark
    qb = ctx.tok_at(q.close + 1 if q.closed else q.close)
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
            cue = cue_text(ctx, v, hi, subject=m) if v > qb else " ".join(text[toks[qb].start:m.end].split())
        else:
            m = ctx.mention_starting(qb)
            if m is not None:
                v = ctx.tok_at(m.end)
                if (v < hi and ctx.verbish(v) and not pre_s[-1:].isalnum() and m.entity is not None
                        and _no_subject_before(ctx, lo, qa)):
                    entity, cue, decided = m.entity, None, True
            if not decided:
                described = _inverted_description(ctx, qb, hi)
                if described is not None:
                    (entity, cue), decided = described, True

    # 1b. '…,” the statement said': the words of whoever issued that
    # statement ('the ministry said in a statement'), the latest draft with
    # a speaker whose sentence says 'in a statement'.
    if not decided and qb + 2 < hi and toks[qb].norm in ("the", "its", "his", "her", "their") \
            and toks[qb + 1].norm in lex.ISSUED_TEXTS and toks[qb + 2].norm in QUOTE_VERBS:
        issued = re.compile(rf"\bin (?:a|an|its|his|her|their) (?:[\w’'-]+ )?{toks[qb + 1].norm}\b", re.I)
        prev = next((d for d in reversed(ctx.drafts) if d.entity is not None
                     and issued.search(text, *ctx.units[d.unit][:2])), None)
        if prev is not None:
            entity, decided = prev.entity, True
            cue = " ".join(text[toks[qb].start:toks[qb + 2].end].split())

    # 2. Before it: the nearest reporting verb of the sentence and its subject.
    if not decided:
        for vi in range(qa - 1, max(lo, qa - WINDOW) - 1, -1):
            if ctx.in_quote(toks[vi].start) or toks[vi].start >= q.open:
                continue
            n = toks[vi].norm
            if n not in QUOTE_VERBS or is_proper(text, toks[vi]):
                continue
            if vi > lo and toks[vi - 1].norm in DETERMINERS or not ctx.verbish(vi):
                continue  # 'a report titled …', 'critical remarks': nouns
            if n == "pointed" and not (vi + 1 < hi and toks[vi + 1].norm == "out"):
                continue
            cue = cue_text(ctx, vi, hi, stop=q.open)
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

    # 3. '…, the countries announced on Sunday.' (a title in quotation marks
    # is nobody's words: '“The Salt Road” tells …, the author says')
    if not decided and tail is not None and not _looks_like_title(text, q):
        entity, cue = tail
        decided = True

    # 3b. The second part of a quotation split by its cue in one sentence
    # ('“I don't know,” admitted Jane Doe, “but we will find out.”').
    if not decided and pre_s.endswith(","):
        prev = next((d for d in reversed(ctx.drafts) if d.quote), None)
        if prev is not None and prev.unit == ui and prev.entity is not None and prev.cue is not None:
            entity, decided = prev.entity, True

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
            entity = _subject_before(ctx, plo, phi)
            if entity is None:
                entity = ctx.first_actor(plo, phi)
            decided = entity is not None
            cue = cue or (":" if decided else None)

    # 4c. A quotation standing alone after a sentence about one person
    # ('Lena Fischer was delighted. ¶ “We never gave up.”'): that person's.
    if not decided and not pre_s and ui > 0 and q.closed and ctx.units[ui][2] - ctx.units[ui - 1][2] <= 1:
        plo, phi = ctx.tok_range(*ctx.units[ui - 1][:2])
        subject = ctx.first_actor(plo, phi)
        people = {m.entity for m in ctx.mentions_in(ctx.units[ui - 1][0], ctx.units[ui - 1][1])
                  if m.entity is not None and ctx.reg.entities[m.entity].type == "person"}
        if subject is not None and people == {subject}:
            entity, decided = subject, True

    # 4d. A quotation standing alone, then a sentence referring back to it
    # ('With those words, Erik Vahlberg apologised', 'That is how Pavel
    # Novak described …'): the first person that sentence names.
    if not decided and not pre_s and q.closed and ui + 1 < len(ctx.units) \
            and ctx.units[ui + 1][2] - ctx.units[ui][2] <= 1:
        nus, nue, _np = ctx.units[ui + 1]
        if " ".join(text[nus:nus + 40].lower().split()).startswith(lex.QUOTE_BACK_REFERENCES):
            people = [m.entity for m in ctx.mentions_in(nus, nue)
                      if m.entity is not None and ctx.reg.entities[m.entity].type == "person"]
            if people:
                entity, decided = people[0], True

    # 5. 'Hospital chief Jane Doe: “…”': the name before the colon.
    if not decided and pre_s.endswith(":") and qa - 1 >= lo:
        m = ctx.mention_at(qa - 1) if qa - 1 >= lo else None
        if m is not None and m.entity is not None and ctx.reg.entities[m.entity].type != "group":
            entity, decided = m.entity, True
            cue = ":"

    # 5a. A headline 'Mayor: ‘We will rebuild the pier’': a title alone
    # before the colon is the one holder of that title the story names.
    if not decided and pre_s.endswith(":") and qa - 1 == lo and is_proper(text, toks[lo]) \
            and base(toks[lo].norm) in TITLE_HEADS and toks[lo].norm == base(toks[lo].norm):
        holder = resolve_role(ctx.reg, [], {base(toks[lo].norm)}, [], ctx.src)
        if holder is not None:
            entity, decided, cue = holder, True, ":"

    # 5b. 'Her verdict was short: “…”' / 'The coach was blunt: “…”': a colon
    # after a sentence opening with a person (or a possessive standing for
    # one) introduces that person's words.
    if not decided and pre_s.endswith(":") and lo < qa - 1:
        m = ctx.mention_at(lo)
        if m is not None and m.entity is not None and ctx.reg.entities[m.entity].type == "person" \
                and not ctx.in_quote(toks[lo].start):
            entity, decided = ctx.first_conjunct(m), True
            cue = ":"
        elif m is None and toks[lo].norm in ("his", "her") and ui > 0 \
                and ctx.units[ui][2] - ctx.units[ui - 1][2] <= 1:
            # 'His verdict was short:' after a sentence about one person
            people = {x.entity for x in ctx.mentions_in(*ctx.units[ui - 1][:2])
                      if x.entity is not None and ctx.reg.entities[x.entity].type == "person"}
            if len(people) == 1:
                entity, decided, cue = people.pop(), True, ":"

    # 6. No cue at all: the actor who is the subject of the sentence, if any.
    if not decided and pre_s:
        entity = _subject_before(ctx, lo, qa)

    # 'according to a spokesperson for …': the spokesperson's words.
    if acc is not None and (entity is None or reg_is_spokes(ctx.reg, acc)):
        entity = acc
        cue = cue or "according to"

    if cue is None and (kind == "partial" or entity is None and _looks_like_title(text, q)):
        return  # scare quotes, a title, a term: quoted words with no speaker and no cue
    if q.closed and _looks_like_title(text, q) and re.match(r"\s+[a-z]", text[q.close + 1:q.close + 3]):
        return  # '“Ten Per Cent of Everything” describes …': a title the sentence is about, whoever speaks later
    ctx.drafts.append(Draft(ctx.src.id, q.start, q.end, kind, cue, entity, ui, True))


def _inverted_description(ctx: Reading, k: int, hi: int) -> tuple[int | None, str] | None:
    """'…,” said the family of the driver' / '“Why now?” asked one
    spectator': a reporting verb, then people described rather than named.
    (speaker, cue): the group they make after 'the', else nobody named; None
    when the words after the quotation are not such a cue."""
    toks, text = ctx.toks, ctx.text
    bare = _bare_people_cue(ctx, k, hi)
    if bare is not None:
        return bare
    if k + 2 >= hi or toks[k].norm not in QUOTE_VERBS or is_proper(text, toks[k]) or toks[k + 1].norm not in _DESCRIBERS:
        return None
    head = k + 2
    if head + 1 < hi and ctx.gap(head, head + 1) == " " and _people_word(toks[head + 1].norm) \
            and not _people_word(toks[head].norm):
        head += 1  # 'one local resident'
    if not _people_word(toks[head].norm) or ctx.gap(k, k + 1) != " " or ctx.gap(k + 1, k + 2) != " ":
        return None
    ent = group_subject(ctx, head, k + 1, head) if toks[k + 1].norm == "the" else None
    return ent, " ".join(text[toks[k].start:toks[head].end].split())


def _bare_people_cue(ctx: Reading, k: int, hi: int) -> tuple[int | None, str] | None:
    """'…,’ say campers' / '…,” residents said': a plural noun of people
    with no determiner and a reporting verb, the whole rest of the
    sentence: the group they make."""
    toks = ctx.toks
    if k + 2 != hi or ctx.gap(k, k + 1) != " ":
        return None
    if toks[k].norm in QUOTE_VERBS and not is_proper(ctx.text, toks[k]) and people_plural(toks[k + 1].norm):
        head = k + 1
    elif people_plural(toks[k].norm) and toks[k + 1].norm in QUOTE_VERBS:
        head = k
    else:
        return None
    return group_subject(ctx, head, k, head), " ".join(ctx.text[toks[k].start:toks[k + 1].end].split())


_DESCRIBERS = frozenset("the a an one another".split())


def _people_word(n: str) -> bool:
    """'resident', 'family', 'spectator', 'bystanders': people named by what they are."""
    return (n in lex.PERSON_NOUNS or n in lex.COLLECTIVE_NOUNS or base(n) in TITLE_HEADS or people_plural(n)
            or (len(n) >= 6 and n.isalpha() and n.endswith(("er", "or", "ist", "ian", "ant", "ent"))))


def _looks_like_title(text: str, q: Quote) -> bool:
    """'The Salt Road', 'Northern Lights': a few capitalised words, no sentence."""
    words = text[q.start:q.end].split()
    if not words or len(words) > 6 or text[q.end - 1] in ".!?,;:":
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in words)


def reg_is_spokes(reg: Registry, key: int) -> bool:
    e = reg.entities[key]
    return e.principal is not None or (e.type == "organisation" and e.spokes)


def _no_subject_before(ctx: Reading, lo: int, qa: int) -> bool:
    """The quote sits in a fronted clause ('While stating there were “…,” Novak …')."""
    for j in range(max(lo, qa - WINDOW), qa):
        if ctx.in_quote(ctx.toks[j].start):
            continue
        m = ctx.mention_at(j)
        if m is not None and m.entity is not None:
            return False
    return True


def _subject_before(ctx: Reading, lo: int, qa: int) -> int | None:
    """An actor before the quotation that is the subject of a verb."""
    for j in range(qa - 1, max(lo, qa - WINDOW) - 1, -1):
        if ctx.in_quote(ctx.toks[j].start):
            continue
        if ctx.verbish(j) and not ctx.toks[j].norm.endswith("ing"):
            found, ent = ctx.subject_of(j, lo)
            if found:
                return ent
    return None


def _by_agent(ctx: Reading, vi: int, hi: int, q: Quote) -> int | None:
    """'… described as “…” by the minister'."""
    j = ctx.tok_at(q.close)
    if j < hi and ctx.toks[j].norm == "by" and j + 1 < hi:
        m = ctx.mention_at(j + 1)
        return m.entity if m is not None else None
    return None


def _continues(ctx: Reading, prev: Draft, ui: int) -> bool:
    """The previous quote's paragraph is this one or the one just before,
    and no other actor was named in between."""
    pu = ctx.units[prev.unit]
    cu = ctx.units[ui]
    if cu[2] - pu[2] > 1:
        return False
    for m in ctx.mentions_in(prev.end, cu[0]):
        if m.entity is not None and m.entity != prev.entity and m.kind != "pronoun" and not ctx.reg.entities[m.entity].weak:
            return False
    return True


def according_to(ctx: Reading, lo: int, hi: int) -> int | None:
    toks = ctx.toks
    for j in range(lo, hi - 2):
        if toks[j].norm == "according" and toks[j + 1].norm == "to" and not ctx.in_quote(toks[j].start):
            m = ctx.first_mention_after(j + 2, hi, 5)
            if m is None or m.kind == "role":
                m = ctx.named_in_apposition(j + 2, hi) or m  # 'according to its owner, Harbour Holdings,'
            if m is not None and m.entity is not None:
                return m.entity
            if m is None or m.entity is None and m.kind == "role":
                return group_after(ctx, j + 2, hi)
            return None
    return None


#: Plural nouns that, after 'according to', stay anonymous sources ('two
#: people familiar with the talks'), not a group that speaks.
_ANONYMOUS_PLURALS = frozenset("people persons sources".split())


def group_after(ctx: Reading, k: int, hi: int) -> int | None:
    """'according to three officials in his department', 'according to
    residents': people described in the plural, within three words, speak
    as a group (made an actor here, as where they are a verb's subject)."""
    toks = ctx.toks
    for x in range(k, min(hi, k + 3)):
        if x > k and ctx.gap(x - 1, x) != " ":
            return None
        n = toks[x].norm
        if people_plural(n):
            return None if n in _ANONYMOUS_PLURALS else group_subject(ctx, x, k, x)
        if not (n.isdigit() or n in lex.GROUP_QUANTIFIERS or n.isalpha() and n not in STOPWORDS):
            return None
    return None
