"""Word tokens with character offsets, and the normal forms used to compare them."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from operator import add

from .model import Token

# A word: letters/digits with inner apostrophes, hyphens or dots (U.S., don't,
# US-Ukraine), or a number with thousands separators / decimals (600,000).
WORD_RE = re.compile(r"\w+(?:(?:[’'‘\-.]|(?<=\d),(?=\d))\w+)*", re.UNICODE)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})

# Quote marks of every style, for code that must recognise them.
OPEN_QUOTES = "“‘«„‚\"'"
CLOSE_QUOTES = "”’»“‘\"'"

STOPWORDS = frozenset(
    """a an the and or but nor so yet for of to in on at by with from into onto over under
    about as than then that this these those there here it its it's is are was were be been being
    has have had do does did will would shall should can could may might must not no
    he she they we i you him her them us me his their our your my who whom whose which what
    when where why how all any both each few more most other some such only own same too very
    just also s t if while after before during since until up down out off again further
    once said says say told around within without across against among amid between through
    toward towards upon via despite beyond per""".split()
)


def strip_accents(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def loose_lower(text: str) -> str:
    """`text` in lower case, folded at least as widely as a case-insensitive
    regex folds, to tell cheaply that such a regex cannot match (a word it
    needs is missing): str.lower() spells 'İ' as 'i' + a combining dot
    (dropped here), and the regex also lets 'ı' stand for 'i' and 'ſ' for
    's'. Folding too widely only lets a regex be tried for nothing."""
    low = text.lower()
    if not low.isascii():
        low = low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return low


@lru_cache(maxsize=1 << 16)
def norm_word(word: str) -> str:
    """Case-, accent- and quote-style-insensitive form; dots dropped (U.S. = US)."""
    return strip_accents(word.translate(_APOSTROPHES)).lower().replace(".", "")


_DOUBLE_RE = re.compile(r"([b-df-hj-np-tv-z])\1+")  # consonants: "feel" and "fell" stay apart
_ISE_RE = re.compile(r"is(e|ed|es|ing|ation)$")  # organise = organize


@lru_cache(maxsize=1 << 16)
def fold_word(norm: str) -> str:
    """Fold spelling and transliteration variants together (for near matches).

    Dostoyevskyy/Dostoyevsky, Gorkiy/Gorky, favour/favor, organise/organize.
    """
    w = norm
    if not w.isalpha() and any(c.isdigit() for c in w):  # (no character is both a letter and a digit)
        return w
    if w.endswith("'s"):
        w = w[:-2]
    w = _DOUBLE_RE.sub(r"\1", w)
    if w.endswith("iy"):
        w = w[:-2] + "y"
    w = w.replace("our", "or") if len(w) > 4 else w
    if "is" in w:  # (the ending needs it)
        w = _ISE_RE.sub(r"iz\1", w)
    return w


@lru_cache(maxsize=1 << 17)
def _norm_fold(word: str) -> tuple[str, str]:
    n = norm_word(word)
    return n, fold_word(n)


_new_tuple = tuple.__new__  # a Token without the named tuple's Python-level __new__

# Character offsets as shared int objects. Python makes a new 28-byte int
# for every offset above 256, two per token: at 1,000 articles that was
# 46 MB of the 110 MB the tokens hold, though the offsets of one article
# repeat in every other (all start at 0). Tokens take their offsets from
# this table, grown in place (the ints already handed out stay the ones in
# it) to the longest text seen, up to _SHARED_OFFSETS_MAX; a longer text's
# tokens have their own ints, as before.
_SHARED_OFFSETS_MAX = 1 << 18  # at most 9 MB of table
_offsets: list[int] = []


def _offset_table(length: int) -> list[int] | None:
    """The shared offsets 0..length (None when `length` is beyond the cap)."""
    if length >= len(_offsets):
        if length >= _SHARED_OFFSETS_MAX:
            return None
        size = min(_SHARED_OFFSETS_MAX, max(1 << 12, 1 << length.bit_length()))
        _offsets.extend(range(len(_offsets), size))
    return _offsets


def shared_offsets(values: Iterable[int]) -> list[int]:
    """`values` (offsets) as the table's int objects where it has them (for
    tokens rebuilt from columns, e.g. sent back by a worker process)."""
    values = list(values)
    table = _offset_table(max(values, default=0))
    return values if table is None else list(map(table.__getitem__, values))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of text[start:end], with offsets into `text`.

    The hot loop of cleaning a large folder (a million words): every step is
    a map over all the matches at once (C speed, no Python step per word),
    with one cached look-up per word, and tuples built directly."""
    # "U.S." keeps its final dot only as part of the abbreviation; the regex
    # never includes a trailing dot, so nothing to trim here.
    matches = list(WORD_RE.finditer(text, start, len(text) if end is None else end))
    at = _offset_table(len(text))
    if at is None:
        spans = map(_match_span, matches)
    else:
        shared = at.__getitem__
        spans = zip(map(shared, map(_match_start, matches)), map(shared, map(_match_end, matches)))
    # (start, end) + (norm, fold), made a Token without a Python-level call
    return list(map(_new_tuple, repeat(Token), map(add, spans, map(_norm_fold, map(_match_group, matches)))))


_match_start, _match_end, _match_span, _match_group = re.Match.start, re.Match.end, re.Match.span, re.Match.group


def stem(fold: str) -> str:
    """A crude prefix stem so that received/receives, invade/invading,
    expand/expansion meet; used only for paraphrase scoring."""
    return fold[:5]


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=1 << 16)
def derived_base(fold: str) -> str:
    """A folded word written as the base its family's stem is read from,
    where a five-letter prefix would split the family (paraphrase claim
    stems; `fold` as `fold_word` gives it):

    - a final -y that turns into -ie: emptied / empties → empty, carried →
      carry (a word of six letters or more: "tried", "dies" stay);
    - a base of five letters ending in -e, and its -es form, lose the e,
      as their -ed and -ing forms do: cause, causes (caused, causing) →
      caus; leave, leaves → leav;
    - a noun in -sion on a short root ending in a vowel takes the verb's
      -d: decision → decid(e), invasion → invad(e), division → divid(e)
      (longer roots already meet on five letters: collision / collide; a
      fold has lost a double s, so admission is "admid": it meets its plural,
      not "admit").

    Anything else is returned as it is. A noun and its verb meeting is the
    point; kept narrow, since a stem shared by two words that only look alike
    ("press" / "present") makes a false claim word."""
    n = len(fold)
    if n < 5 or not fold.isalpha():
        return fold
    if n >= 6 and fold.endswith(("ied", "ies")):
        return fold[:-3] + "y"
    if n == 5 and fold[-1] == "e":
        return fold[:4]
    if n == 6 and fold.endswith("es") and fold[-3] not in _VOWELS:
        return fold[:4]
    if fold.endswith("s"):  # (the plural of a noun in -sion too: decisions)
        n -= 1
    if fold.endswith(("sion", "sions")) and 3 <= n - 4 <= 4 and fold[n - 5] in "aeiou":
        return fold[:n - 4] + "d"
    return fold


def token_index(tokens: Sequence[Token], offset: int) -> int:
    """Index of the first token starting at or after `offset` (tokens in order)."""
    return bisect_left(tokens, offset, key=_token_start)


def _token_start(t: Token) -> int:
    return t.start


def merge_intervals(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping (start, end) ranges joined; ranges that only touch stay apart."""
    out: list[list[int]] = []
    for s, e in sorted(intervals):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
