"""Reported clauses: where the clause after a reporting verb starts and ends,
whether words form a finite clause, negated cues.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.speech import PAST_ONLY, CLAUSE_STARTERS, CONJUNCTIONS, CUT_AFTER_COMMA, DAYS_MONTHS, DETERMINERS, INDEFINITE_SUBJECTS, NEGATIONS, PASSIVE_AUX, PREPOSITIONS, SUBJECT_PRONOUNS, VERB_GLUE
from ..text import STOPWORDS
from .words import base, CUE_VERBS, FINITE, IRREGULAR_PAST, is_cap, QUOTE_VERBS, REQUEST_VERBS, ASK_FORMS, OBJECT_FIRST_FORMS, TELL_VERBS, THAT_VERBS, WINDOW

if TYPE_CHECKING:
    from .context import Reading


def clause_start(ctx: Reading, vi: int, hi: int) -> int | None:
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
    if n in ("add", "adds", "added") and toks[k].norm[:1].isdigit():
        return None  # 'added 4.1 million subscribers': an amount gained, not words
    # 1. "said that …"
    if toks[k].norm == "that" and not ctx.in_quote(toks[k].start):
        return _after_that(ctx, k, hi)
    if n in REQUEST_VERBS:
        return _request(ctx, vi, k, hi)
    if n in TELL_VERBS:
        # the person told: 'journalists', 'Radio Nord', 'the BBC', 'them'
        j = k
        while j < hi and j - k < 4 and toks[j].norm not in ("that", "on", "in", "at", "after", "before", "during", "late", "earlier", "this", "last") \
                and toks[j].norm not in SUBJECT_PRONOUNS and "," not in ctx.gap(j - 1, j) and not ctx.verbish(j):
            j += 1
        if j == k:
            return None
        for c in range(k + 1, j + 1):
            # 'told the Evening Post the drivers had …': the clause starts at a new
            # determiner, or at a pronoun such as 'nobody' ('told KPXN nobody had …')
            if c < hi and (toks[c].norm in DETERMINERS or toks[c].norm in INDEFINITE_SUBJECTS) and c < j \
                    and bare_clause(ctx, c, hi):
                return c
            if (c < j and c + 1 < hi and is_cap(ctx.text, toks[c - 1]) and not is_cap(ctx.text, toks[c])
                    and toks[c].norm.isalpha() and toks[c].norm not in STOPWORDS and ctx.gap(c - 1, c) == " "
                    and ctx.gap(c, c + 1) == " " and _finite_verb(ctx, c + 1, c - 1)):
                # 'told WKTV crews hoped to …': after a named listener, a plain
                # noun and its verb at once are the clause ('that' left out)
                return c
        k = j
        if k < hi and toks[k].norm == "that":
            return _after_that(ctx, k, hi)
    that_only = n in THAT_VERBS
    # 2. a bare clause right after the verb: 'said the talks were …'
    if not that_only and n not in TELL_VERBS and bare_clause(ctx, k, hi):
        return k
    if (that_only and n not in TELL_VERBS and toks[k].norm in _PLAIN_SUBJECTS and k + 1 < hi
            and toks[k + 1].norm in FINITE and ctx.gap(k, k + 1) == " "):
        return k  # 'announced it would cut …', 'revealed she had …': a pronoun and its verb are no object
    # 3. 'that' a few words later: 'said in an interview with a paper that …',
    # 'told reporters on Monday that'. After an object ('announced a curfew
    # that …') the 'that' starts a relative clause, not what was said.
    j = k
    if k >= hi:
        return None
    first_k = toks[k].norm
    adverbial = (n in TELL_VERBS or first_k in PREPOSITIONS or first_k in VERB_GLUE
                 or base(first_k) in DAYS_MONTHS or first_k.endswith("ly")
                 or first_k in ("last", "this", "earlier", "later", "late", "again", "on", "publicly"))
    while adverbial and j < hi and j - k < 9:
        if re.search(r"[.;!?:“”\"]", ctx.gap(j - 1, j)) or ctx.in_quote(ctx.toks[j].start):
            break
        if j > k and "," in ctx.gap(j - 1, j) and toks[j].norm.endswith("ing"):
            break  # 'said on Tuesday, adding that …': the 'that' is the next cue's
        if toks[j].norm == "that":
            if relative_passive(ctx, j, hi):
                return None  # 'wrote in a message to staff that was seen by …': about the message
            return _after_that(ctx, j, hi)
        n2 = toks[j].norm
        if j > k and (n2 in FINITE or n2 in IRREGULAR_PAST or (n2.endswith("ed") and len(n2) > 4)) \
                and toks[j - 1].norm not in DETERMINERS:  # 'in a televised address that
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
        if t.norm in ("if", "whether", "asked", "when", "while", "because", "although", "though", "unless", "since",
                      "as", "after", "before", "until", "once"):
            return None  # 'replied when asked if she …': not what was said
        if t.norm in SUBJECT_PRONOUNS and bare_clause(ctx, j, hi):
            return j
        if j > k and "," in ctx.gap(j - 1, j):
            return j if bare_clause(ctx, j, hi) else None
        if j > k and base(toks[j - 1].norm) in DAYS_MONTHS and bare_clause(ctx, j, hi):
            return j
        if (n in TELL_VERBS and j > k + 1 and t.norm in DETERMINERS and toks[k].norm in PREPOSITIONS
                and toks[j - 1].norm not in DETERMINERS and toks[j - 1].norm not in PREPOSITIONS
                and toks[j - 1].norm.isalpha() and bare_clause(ctx, j, hi)):
            return j  # 'told staff in an email the cuts were …': after where it was said, a new determiner
        j += 1
    return None


#: Subject pronouns that cannot be objects, or only as 'it', which a finite
#: verb right after shows to be a subject ('announced it would …').
_PLAIN_SUBJECTS = frozenset("he she they we i it".split())


def _request(ctx: Reading, vi: int, k: int, hi: int) -> int | None:
    """'asked whether the minister had read it': the question, after
    whether/if. A request with a to-infinitive ('urged residents to stay
    indoors', 'asked fans to stay away') is an appeal, not a statement of
    what someone holds, as the corpus has always counted it; so only
    'urged that …' (above) reports speech for these verbs."""
    toks = ctx.toks
    if vi > 0 and toks[vi - 1].norm in ("when", "if", "once", "after", "before", "while"):
        return None  # 'when asked whether …': a fronted clause, not the question itself
    if toks[vi].norm in ASK_FORMS and toks[k].norm in ("whether", "if") and k + 1 < hi and bare_clause(ctx, k + 1, hi):
        return k + 1
    return None


_RELATIVE_AUX = frozenset(("was", "were", "is", "are"))


def relative_passive(ctx: Reading, j: int, hi: int) -> bool:
    """Is 'that'/'which' at j the start of a passive relative clause about
    the noun before it ('a message that was seen by the Courier', 'a letter
    which was sent to parents'), not a reported clause?"""
    toks = ctx.toks
    if j + 2 >= hi or toks[j].norm not in ("that", "which") or toks[j + 1].norm not in _RELATIVE_AUX:
        return False
    p = toks[j + 2].norm
    return (p.endswith(("ed", "en")) or p in IRREGULAR_PAST) and toks[j + 3].norm == "by" if j + 3 < hi else False


def _after_that(ctx: Reading, k: int, hi: int) -> int | None:
    j = k + 1
    return j if j < hi else None


def bare_clause(ctx: Reading, k: int, hi: int) -> bool:
    """Does a finite clause start at token k? ('the talks were', 'he spoke')"""
    toks = ctx.toks
    if k >= hi or ctx.in_quote(toks[k].start):
        return False
    first = toks[k].norm
    cap = is_cap(ctx.text, toks[k])
    if first in ("to", "so", "yes", "no", "goodbye", "hello", "sorry", "thanks"):
        # 'said no.' / 'said no to the plan' is an answer; 'said no decision had
        # been made' is a clause whose subject starts with 'no'
        if not (first == "no" and k + 1 < hi and ctx.gap(k, k + 1) == " " and toks[k + 1].norm != "to"
                and toks[k + 1].norm not in STOPWORDS):
            return False
    if base(first) in DAYS_MONTHS:
        return False
    starter = first in CLAUSE_STARTERS or first in SUBJECT_PRONOUNS or cap or first[:1].isdigit() or (
        first == "at" and k + 1 < hi and toks[k + 1].norm in ("least", "most"))  # 'said at least 14 people had …'
    if (not starter and first.endswith("ing") and first not in QUOTE_VERBS and first not in PREPOSITIONS
            and k + 2 < hi and ctx.gap(k, k + 1) == " "
            and (toks[k + 1].norm in FINITE or toks[k + 1].norm not in STOPWORDS
                 and (toks[k + 2].norm in FINITE or _finite_verb(ctx, k + 2, k)) and ctx.gap(k + 1, k + 2) == " ")):
        return True  # "said staffing shortages had been ignored", "said trading was thin"
    if (not starter and first in QUOTE_VERBS and first.endswith("s") and k + 1 < hi
            and toks[k + 1].norm in _PLURAL_AUX and ctx.gap(k, k + 1) == " "):
        return True  # 'said calls had risen', 'said claims were false': a plural noun and its verb
    if not starter and (first in PREPOSITIONS or first in STOPWORDS or first in QUOTE_VERBS
                        or first.endswith(("ly", "ing")) or first in FINITE):
        return False
    if first in SUBJECT_PRONOUNS and first not in ("it", "there") and k + 1 < hi:
        return True
    # a plain noun may start a clause too ('saying hospitals would get …'), if a verb follows soon
    reach = 13 if starter else 8  # (8: "said thin volumes ahead of a holiday had …")
    # a past form before a preposition is a participle ('the progress made
    # during …') unless no other verb comes before the sentence ends: then
    # it is the clause's verb ('the festival brought in £2m')
    maybe = False
    for j in range(k + 1, min(hi, k + reach)):
        if re.search(r"[.;!?:]" if starter else r"[.;!?:,(—–]", ctx.gap(j - 1, j)):
            return maybe and re.search(r"[.;!?]", ctx.gap(j - 1, j)) is not None
        if toks[j].norm in FINITE or _finite_verb(ctx, j, k):
            return True
        if toks[j].norm in ("and", "but", "or") and j + 1 < hi and toks[j + 1].norm in FINITE:
            return False  # 'claimed the title in 2019 and has …': an object, then another verb
        maybe = maybe or (starter and _past_before_preposition(ctx, j))
    return maybe and k + reach >= hi


#: Verbs that follow a plural subject at once and never an -s verb form
#: ('calls had', not 'calls for').
_PLURAL_AUX = frozenset("had have were are would could will might may should can".split())


def _past_before_preposition(ctx: Reading, j: int) -> bool:
    """A past form after a noun and before a preposition (a participle or
    a phrasal verb: 'made during', 'brought in', 'learned within'): the
    clause's verb only if no other comes before the sentence ends."""
    toks = ctx.toks
    n, p = toks[j].norm, toks[j - 1].norm
    return ((n in IRREGULAR_PAST or n.endswith("ed") and len(n) > 4)  # ('most bees learned within a day')
            and j + 1 < len(toks) and toks[j + 1].norm in PREPOSITIONS
            and not is_cap(ctx.text, toks[j]) and p not in DETERMINERS and p not in PREPOSITIONS and p not in FINITE
            and p.isalpha() and p not in STOPWORDS)


def _finite_verb(ctx: Reading, j: int, k: int) -> bool:
    """A past or present verb form after the clause's first words ('Europe
    needed', 'the shorter week hurts'): not after a determiner or a
    preposition, where the same form is an adjective or a noun."""
    toks = ctx.toks
    n = toks[j].norm
    p = toks[j - 1].norm
    if is_cap(ctx.text, toks[j]) or p in DETERMINERS or p in PREPOSITIONS or p in FINITE:
        return False
    if j == k + 1 and toks[k].norm in SUBJECT_PRONOUNS and n.endswith(("s", "ed")) and n not in STOPWORDS:
        return True  # 'it expects', 'she wanted'
    if n in PAST_ONLY:
        return True  # 'wages grew by 5%'
    if n in IRREGULAR_PAST or (n.endswith("ed") and len(n) > 4):
        # 'the progress made during …': a participle before a preposition;
        # but 'the plan needed to change': a verb before an infinitive
        if j + 2 < len(toks) and toks[j + 1].norm == "to" and _infinitive(ctx, j + 2):
            return True
        return not (j + 1 < len(toks) and toks[j + 1].norm in PREPOSITIONS)
    # present tense after a plural subject: 'the findings apply to …'
    if (j - k == 2 and toks[k].norm in DETERMINERS and toks[k].norm not in ("a", "an", "this", "that", "every", "each")
            and p.endswith("s") and not p.endswith(("ss", "us", "is")) and n.isalpha()
            and n not in STOPWORDS and not n.endswith("s") and j + 1 < len(toks)
            and (toks[j + 1].norm in PREPOSITIONS or toks[j + 1].norm in DETERMINERS)
            and ctx.gap(j - 1, j) == " " and ctx.gap(j, j + 1) == " "):
        return True
    # present tense: '-s' after a singular noun subject of two or more words
    return (j - k >= 2 and n.endswith("s") and not n.endswith(("ss", "us", "is")) and len(n) > 3
            and n not in STOPWORDS and not p.endswith("s") and toks[k].norm in DETERMINERS
            and not is_cap(ctx.text, toks[j - 1]) and j + 1 < len(toks) and ctx.gap(j, j + 1) == " ")


_OTHER_SPEAKERS = frozenset("others some many most several few".split())


def _infinitive(ctx: Reading, j: int) -> bool:
    """Is the word after 'to' a verb ('to be', 'to buy') rather than a noun
    phrase ('to schools', 'to the region')? Lower case, not a determiner,
    a number or a plural."""
    t = ctx.toks[j]
    n = t.norm
    return (n.isalpha() and not is_cap(ctx.text, t) and n not in DETERMINERS and n not in STOPWORDS - {"be", "have", "do"}
            and not (n.endswith("s") and not n.endswith("ss")) and ctx.gap(j - 1, j) == " ")


def clause_end(ctx: Reading, cs: int, hi: int, ue: int) -> int:
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
            while k < hi and k - j <= 3 and (toks[k].norm in VERB_GLUE or toks[k].norm in SUBJECT_PRONOUNS
                                             or toks[k].norm in _OTHER_SPEAKERS):
                k += 1  # ', but others said …': another speaker's statement
            if k < hi and toks[k].norm in CUE_VERBS and not toks[k].norm.endswith("ing"):
                end_tok = j
                break
    e = toks[end_tok - 1].end if end_tok - 1 >= cs else toks[cs].end
    e = min(with_sign(text, e), ue)
    while e > toks[cs].start and text[e - 1] in " ,.;:!?”’\"'—–-":
        e -= 1
    return e


def with_sign(text: str, e: int) -> int:
    """The end of a clause ending at offset e, with a sign glued to its last
    figure ('cut by 10%'): the sign belongs to the figure, not to the
    punctuation after it."""
    while e < len(text) and text[e] in "%‰°":
        e += 1
    return e


def negated(ctx: Reading, vi: int, lo: int) -> bool:
    """'has not said', 'never claimed', 'did not say': a negated cue."""
    for j in range(vi - 1, max(lo, vi - 3) - 1, -1):
        if re.search(r"[,;:]", ctx.gap(j, j + 1)):
            return False  # 'X, who voted no, said': the 'no' ends another clause
        n = ctx.toks[j].norm
        if n in NEGATIONS or n.endswith("n't"):
            return True
        if n not in FINITE and n not in VERB_GLUE:
            return False
    return False


def has_own_cue(ctx: Reading, s: int, e: int) -> bool:
    """Does the span contain a reporting verb of its own (not a passive 'were told')?"""
    a, b = ctx.tok_range(s, e)
    return any(ctx.toks[j].norm in CUE_VERBS and ctx.verbish(j)
               and not (j > a and ctx.toks[j - 1].norm in PASSIVE_AUX)
               and (ctx.toks[j].norm not in OBJECT_FIRST_FORMS or clause_start(ctx, j, b) is not None)
               for j in range(a, b))
