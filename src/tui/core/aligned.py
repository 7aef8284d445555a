"""Sources as the passage aligners see them: body word sequences with the
facts every filter needs, and the Region two aligners report.

Boilerplate is left out here, once, so no aligner can link it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_

from .lexicon import calendar, speech
from .model import Source, Token
from .text import STOPWORDS, fold_word

# Reporting verbs and nouns are the genre's glue ("X said", "Y stated"), not content.
REPORTING_VERBS = speech.REPORTING_FORMS | speech.REPORTING_NOUNS


@dataclass(frozen=True)
class AlignDoc:
    index: int
    source: Source
    starts: list[int]
    ends: list[int]
    norms: list[str]
    folds: list[str]
    content: list[bool]   # not a stopword
    lower: list[bool]     # written in lower case (not part of a name)
    quoted: list[bool]    # inside quotation marks
    sentence: list[int]   # index of the sentence holding the token, -1 if none
    paragraph: list[int]  # index of the paragraph holding the token, -1 if none


@dataclass
class Region:
    """Tokens a0:a1 of doc a match tokens b0:b1 of doc b."""

    a: int
    a0: int
    a1: int
    b: int
    b0: int
    b1: int
    matched: int
    anchored: bool
    kind: str = "near"
    similarity: float = 0.0


_QUOTE_EVENT = re.compile('[\n“”«»„"]')


def _quoted_mask(text: str, starts: list[int]) -> list[bool]:
    """Which tokens stand inside quotation marks (curly or straight).

    Straight double quotes toggle. State resets at each line break, since a
    quote that runs across paragraphs reopens with a new mark anyway.
    Only quote marks and line breaks are visited, not every word: the
    tokens between two of them (in order) are marked with one slice.
    """
    events = [(m.start(), m.group()) for m in _QUOTE_EVENT.finditer(text)]
    mask = [False] * len(starts)
    inside = False
    for k, (pos, ch) in enumerate(events):
        if ch in "“«„":
            inside = True
        elif ch == '"':
            inside = not inside
        else:  # closing mark or line break
            inside = False
        if inside:  # the tokens after this mark, up to and including the next one's offset
            lo = bisect_right(starts, pos)
            hi = bisect_right(starts, events[k + 1][0], lo) if k + 1 < len(events) else len(starts)
            mask[lo:hi] = [True] * (hi - lo)
    return mask


def _containing(ranges, starts: list[int]) -> list[int]:
    """For each offset (in order), the index of the (sorted, disjoint) range
    holding it, or -1. Two bisects per range and a slice assignment, not a
    Python step per word: sentences and paragraphs are few, words many."""
    out = [-1] * len(starts)
    for i, r in enumerate(ranges):
        lo = bisect_left(starts, r.start)
        hi = bisect_left(starts, r.end, lo)
        if hi > lo:
            out[lo:hi] = [i] * (hi - lo)
    return out


_SCALES = {"hundred": 100, "dozen": 12, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
           "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_SCALED = re.compile(r"(\d+(?:\.\d+)?)(m|mn|bn|k)")
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
# number words as digits (three = 3, twenty-seven = 27); "one" and "zero" stay
# words: "one of the", "no one" are not figures
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_UNITS) if i >= 2}
_NUMBER_WORDS.update({w: str(v) for w, v in _TENS.items()})
_NUMBER_WORDS.update({f"{t}-{u}": str(v + k) for t, v in _TENS.items() for k, u in enumerate(_UNITS[1:10], 1)})
# a figure glued to its unit: 130km, 5kg, 40mph (the unit is dropped from the key)
_UNIT_GLUED = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")
_DIGITS = frozenset("0123456789")
# ordinals up to twentieth meet their digits (3rd = third); a larger one
# keeps its number (the 88th minute = 88)
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                  "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
# a date meets whichever order it is written in (1 January = January 1 =
# Jan. 1st): month and day become one token
_MONTHS = {m: m for m in calendar.MONTHS} | calendar.MONTH_ABBREVIATIONS
MONTH_NAMES = frozenset(_MONTHS.values())  # (a date's token is one of these and its day: "june4")
_DAY = re.compile(r"([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
# a score or a tally meets however it is written: 5-2 = 5–2 = five to two = 5 to 2
_SCORE = re.compile(r"(\d{1,3})-(\d{1,3})")
_SCORE_WORDS = re.compile(r"(?<![\w.,])\d\d? to \d\d?(?![\w.,])")
# in every match of the above ("\d to \d"), found several times faster: it opens with
# a literal (" to "), which the regex engine looks for at C speed, the digit before checked after
_SCORE_WORDS_HINT = re.compile(r" to (?<=\d to )\d")
_NEGATIONS = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"), "shan't": ("shall", "not")}


def _number_value(norm: str) -> float | None:
    try:
        return float(norm.replace(",", ""))
    except ValueError:
        return None


def _as_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# a scale word after "a" / "one" is the scale itself ("a dozen" = 12, "one
# hundred" = 100, "a million" = 1,000,000), after "half a" half of it
_WORD_SCALES = frozenset(w for w in _SCALES if len(w) > 2)
_ONE_OF_SCALE = frozenset(("a", "one"))

# "three decades" = 30 years, "a decade" = 10 years (the figure and "years")
_DECADES = frozenset(("decade", "decades"))

_SPECIAL = _NUMBER_WORDS.keys() | _NEGATIONS.keys() | _MONTHS.keys() | _WORD_SCALES | _DECADES


@lru_cache(maxsize=1 << 16)
def _needs_reading(norm: str) -> bool:
    """Might _matching_tokens rewrite this word (a figure, a number word, a
    month, a negation)?"""
    return norm[0] in _DIGITS or norm in _SPECIAL or norm.endswith("n't")


def _matching_tokens(toks: Sequence[Token], text: str) -> list[Token]:
    """Body tokens as the aligners compare them: numbers written differently
    meet (40 per cent = 40%, 1.2 million = 1.2m = 1,200,000), negated
    contractions are spelled out (won't = will not, isn't = is not), and
    small numbers written as words meet digits (three = 3). A merged token
    spans all the words it stands for; a split one keeps its offsets."""
    n = len(toks)
    # the few words to read again, found at C speed (one cached test per word)
    todo = list(compress(range(n), map(_needs_reading, map(itemgetter(2), toks))))
    if not todo:
        return list(toks)
    out: list[Token] = []
    i = 0
    for k in todo:
        if k < i:
            continue  # already taken into a number
        out.extend(toks[i:k])
        i = k
        t = toks[i]
        norm = t.norm
        c = norm[0]
        if c.isdigit() and (merged := _date_score_or_ordinal(toks, i, text)):
            out.append(merged[0])
            i = merged[1]
            continue
        if norm in _MONTHS and text[t.start].isupper():  # "may", "mar" in lower case are verbs
            day = toks[i + 1] if i + 1 < n else None
            if day and _DAY.fullmatch(day.norm) and text[t.end:day.start].strip(" .") == "":
                key = _MONTHS[norm] + _DAY.fullmatch(day.norm).group(1)
                out.append(Token(t.start, day.end, key, key))
                i += 2
            else:
                out.append(t)
                i += 1
            continue
        if c.isdigit():
            raw = text[t.start:t.end].lower()  # the norm has lost decimal points
            value = _number_value(raw)
            end = t.end
            j = i + 1
            scaled = _SCALED.fullmatch(raw)
            glued = None if scaled or value is not None else _UNIT_GLUED.fullmatch(raw)
            if scaled:
                value = float(scaled.group(1)) * _SCALES[scaled.group(2)]
            elif glued:
                value = float(glued.group(1))
            elif value is not None and j < n and toks[j].norm in _SCALES and len(toks[j].norm) > 2:
                value *= _SCALES[toks[j].norm]
                end = toks[j].end
                j += 1
            if value is None:
                out.append(t)
                i += 1
                continue
            key, end, j = _with_percent(toks, _as_number(value), end, j, text)
            out.append(Token(t.start, end, key, key))
            i = j
            continue
        if norm in _NUMBER_WORDS:
            value = float(_NUMBER_WORDS[norm])
            end = t.end
            j = i + 1
            # "sixty-one thousand" = 61,000; "two million" = 2,000,000
            if j < n and toks[j].norm in _SCALES and len(toks[j].norm) > 2:
                value *= _SCALES[toks[j].norm]
                end = toks[j].end
                j += 1
            # "forty per cent" = 40%
            key, end, j = _with_percent(toks, _as_number(value), end, j, text)
            out.append(Token(t.start, end, key, key))
            i = j
            continue
        if norm in _WORD_SCALES:
            # "a dozen", "one hundred", "half a million": the scale is the figure
            if out and out[-1].norm in _ONE_OF_SCALE and out[-1].end == toks[i - 1].end:
                value, first = _SCALES[norm], out.pop()
                if first.norm == "a" and out and out[-1].norm == "half":
                    value, first = value / 2, out.pop()
                key = _as_number(value)
                out.append(Token(first.start, t.end, key, key))
            else:
                out.append(t)
            i += 1
            continue
        if norm in _DECADES:
            prev = out[-1] if out and out[-1].end == toks[i - 1].end else None
            if prev is not None and (prev.norm in _ONE_OF_SCALE or (prev.norm.isdigit() and len(prev.norm) <= 2)):
                out.pop()
                tens = str(10 * (1 if prev.norm in _ONE_OF_SCALE else int(prev.norm)))
                out.append(Token(prev.start, t.end, tens, tens))
                out.append(Token(prev.start, t.end, "years", "years"))
            else:
                out.append(t)
            i += 1
            continue
        elif norm.endswith("n't") or norm in _NEGATIONS:
            head, neg = _NEGATIONS.get(norm, (norm[:-3], "not"))
            out.append(Token(t.start, t.end, head, fold_word(head)))
            out.append(Token(t.start, t.end, neg, neg))
        else:
            out.append(t)
        i += 1
    out.extend(toks[i:])
    return out


def _with_percent(toks: Sequence[Token], key: str, end: int, j: int, text: str) -> tuple[str, int, int]:
    """A figure's key with "%" when "percent", "per cent" or "%" follows it
    (token j on, or the text at `end`): (key, its end, the next token)."""
    n = len(toks)
    if j < n and toks[j].norm == "percent":
        return key + "%", toks[j].end, j + 1
    if j + 1 < n and toks[j].norm == "per" and toks[j + 1].norm == "cent":
        return key + "%", toks[j + 1].end, j + 2
    if text.startswith("%", end) or text.startswith(" %", end):
        return key + "%", end, j
    return key, end, j


def _date_score_or_ordinal(toks: Sequence[Token], i: int, text: str) -> tuple[Token, int] | None:
    """A figure token i read as a day before its month (1 January), a score
    (5-2, 5–2) or a small ordinal (3rd): the merged token and the index
    after it, else None. Cheap tests first: most figures are none of these."""
    t = toks[i]
    norm = t.norm
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.norm in _MONTHS and (day := _DAY.fullmatch(norm)) \
            and text[nxt.start].isupper() and text[t.end:nxt.start].strip(" ") == "":
        key = _MONTHS[nxt.norm] + day.group(1)
        return Token(t.start, nxt.end, key, key), i + 2
    if "-" in norm:
        if score := _SCORE.fullmatch(norm):
            key = f"{int(score.group(1))}-{int(score.group(2))}"
            return Token(t.start, t.end, key, key), i + 1
        return None
    if nxt is not None and len(norm) <= 3 and text[t.end:nxt.start] in ("–", "—") \
            and norm.isdigit() and nxt.norm.isdigit() and len(nxt.norm) <= 3:
        key = f"{int(norm)}-{int(nxt.norm)}"
        return Token(t.start, nxt.end, key, key), i + 2
    if norm[-1] in "tdh" and (ordinal := _ORDINAL.fullmatch(norm)) \
            and 1 <= int(ordinal.group(1)) <= len(_ORDINAL_WORDS):
        word = _ORDINAL_WORDS[int(ordinal.group(1)) - 1]
        return Token(t.start, t.end, word, word), i + 1
    return None


def _scores_in_words(toks: list[Token]) -> list[Token]:
    """"five to two", "5 to 2" (numbers already as digits) as one score token 5-2."""
    joined = " ".join([t.norm for t in toks]) if len(toks) >= 3 else ""
    if not (_SCORE_WORDS_HINT.search(joined) and _SCORE_WORDS.search(joined)):
        return toks  # most texts: decided by one C-level search
    out: list[Token] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if i + 2 < n and toks[i + 1].norm == "to" and t.norm.isdigit() and toks[i + 2].norm.isdigit() \
                and len(t.norm) <= 2 and len(toks[i + 2].norm) <= 2:
            key = f"{int(t.norm)}-{int(toks[i + 2].norm)}"
            out.append(Token(t.start, toks[i + 2].end, key, key))
            i += 3
            continue
        out.append(t)
        i += 1
    return out


@lru_cache(maxsize=1 << 16)
def _is_content(norm: str) -> bool:
    """Can the word carry content? Reporting verbs are the genre's glue
    ("X said", "Y stated"), not content. (Cached: asked once per word.)"""
    return not (norm in STOPWORDS or len(norm) <= 1 or norm in REPORTING_VERBS)


def prepare_docs(sources: Sequence[Source]) -> list[AlignDoc]:
    docs = []
    for i, src in enumerate(sources):
        text = src.text
        toks = _scores_in_words(_matching_tokens(src.body_tokens, text))
        # the four columns read out at C speed in one pass (zip transposes)
        starts, ends, norms, folds = map(list, zip(*toks)) if toks else ([], [], [], [])
        sentence_of = _containing(src.sentences, starts)
        paragraph_of = _containing(src.paragraphs, starts)
        docs.append(
            AlignDoc(
                index=i,
                source=src,
                starts=starts,
                ends=ends,
                norms=norms,
                folds=folds,
                content=list(map(_is_content, norms)),
                lower=list(map(not_, map(str.isupper, map(text.__getitem__, starts)))),
                quoted=_quoted_mask(text, starts),
                sentence=sentence_of,
                paragraph=paragraph_of,
            )
        )
    return docs
