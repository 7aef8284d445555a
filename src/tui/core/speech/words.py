"""The speech lexicon as the speech modules use it (reporting verbs in every
form, titles, organisation words), and small helpers on tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

from ..lexicon import speech as lex
from ..model import Source, Token


HONORIFICS = frozenset(lex.HONORIFICS)


# Reporting verbs (all forms). Used here to spot names next to them.
REPORTING_VERBS = lex.SPEECH_FORMS


CLAUSE_VERBS = lex.all_forms(lex.CLAUSE_VERBS)


THAT_VERBS = lex.all_forms(lex.THAT_VERBS) - CLAUSE_VERBS
#: Either kind (built once here: a union written inside a loop is rebuilt for every word).
CUE_VERBS = CLAUSE_VERBS | THAT_VERBS


TELL_VERBS = lex.all_forms(lex.TELL_VERBS)
REQUEST_VERBS = lex.all_forms(lex.REQUEST_VERBS)
OBJECT_FIRST_FORMS = lex.all_forms(lex.OBJECT_FIRST_VERBS)
ASK_FORMS = lex.forms("ask")  # 'asked whether …': a question reported


# Verbs that take an object before a quotation ("called it a “…”").
QUOTE_VERBS = lex.SPEECH_FORMS | {"pointed"}  # "pointed out that …" (never a bare "points")


FINITE = lex.FINITE


IRREGULAR_PAST = lex.IRREGULAR_PAST


@lru_cache(maxsize=1 << 14)
def base(norm: str) -> str:
    """A token's norm without a possessive ending."""
    if norm.endswith("'s"):
        return norm[:-2]
    if norm.endswith("s'"):
        return norm[:-1]
    return norm


def role_shaped(norm: str) -> bool:
    """A lower-case compound that names a person's role by its shape ('the
    harbourmaster', 'the lock-keeper', 'the ferryman'), listed or not."""
    return len(norm) >= 7 and norm.endswith(lex.ROLE_NOUN_ENDINGS) and norm not in lex.NOT_ROLE_NOUNS


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


def family(head: str) -> frozenset[str]:
    for fam in lex.ROLE_FAMILIES:
        if head in fam:
            return fam
    return frozenset((head,))


def is_acronym(text: str, toks: Sequence[Token], i: int) -> bool:
    """'WHO', 'IMF', 'UNESCO' in ordinary text (not a shouted headline): a name,
    even when its letters spell a common word."""
    w = text[toks[i].start:toks[i].end]
    if not (2 <= len(w) <= 6 and w.isalpha() and w.isupper()) or w.lower() in lex.TITLE_HEADS:
        return False  # 'MP', 'CEO': titles
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks):
            n = text[toks[k].start:toks[k].end]
            if n.isupper() and len(n) > 1:
                return False
    return True


def gap_ok(text: str, a: Token, b: Token, allow: str = " ") -> bool:
    """True when only the characters in `allow` separate two tokens."""
    ae, bs = a[1], b[0]
    if bs - ae == 1 and text[ae] == " ":
        return " " in allow  # one space, the common case (every caller allows it)
    # strip() leaves nothing exactly when every character is allowed
    return ae <= bs and bs - ae <= 3 and not text[ae:bs].strip(allow)


@lru_cache(maxsize=1 << 12)
def role_heads_of(role: str) -> frozenset[str]:
    """The head nouns a role phrase can be referred back to by (cached: the
    same roles are compared again for every role phrase that is resolved)."""
    words = [base(w) for w in re.findall(r"[\w'’\-]+", role.lower().replace("’", "'"))]
    heads = {w for w in words if w in lex.TITLE_HEADS or role_shaped(w)}
    joined = " ".join(words)
    heads.update(head for title, head in lex.COMPOUND_TITLES.items() if title in joined)
    return frozenset(heads)


def tok_index(src: Source, offset: int) -> int:
    """Index of the first token of `src` starting at or after `offset`.

    (text.token_index, with a C-level key: called for every sentence and cue.)"""
    return bisect_left(src.tokens, offset, key=_START)


_START = itemgetter(0)  # a Token's start


def unit_bounds(src: Source, units) -> list[tuple[int, int]]:
    """Each unit's (start, end) offsets as token indices (`tok_index` of
    both), found in one list of the token starts: every pass over a source
    asks it of every sentence."""
    starts = list(map(_START, src.tokens))
    return [(bisect_left(starts, u[0]), bisect_left(starts, u[1])) for u in units]


# How far (in tokens) attribution looks from a cue or a quotation. Keeps
# every scan bounded, so run-on text without sentence ends stays linear.
WINDOW = 60
