"""Paraphrase links: sentences of two sources that carry the same specific
content (IDF-weighted word stems, numbers) in other words.

Returns links only; `passages.cluster_links` groups them."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from bisect import bisect_left
from collections import defaultdict
from itertools import compress, repeat
from collections.abc import Callable, Sequence
from operator import gt, itemgetter

from .aligned import MONTH_NAMES, REPORTING_VERBS, AlignDoc, Region
from .lexicon.synonyms import (CURRENCY_WORDS, FRACTION_VERBS, FRACTIONS, TEMPERATURES, UNITS, opposite_keys, phrase_keys,
                               polarity_keys, predicate_keys, synonym_keys)
from .lexicon.speech import FIRM_POSSESSIONS, ORG_DESCRIPTORS, TITLE_HEADS
from .text import derived_base, fold_word, merge_intervals, norm_word

RARE_STEM_POSTINGS = 10   # stems in at most this many sentences are rare
PREFIX_STEMS = 6          # a sentence is indexed under this many of its rarest stems
DENSE_STEM_POSTINGS = 50  # up to this many sentences under one stem pair them all
CHAIN_PARTNERS = 3        # beyond, each sentence pairs with the next few only
SHORT_LIST = 4  # (a posting list this short is paired by a plain loop: a matter of speed only)
PARAPHRASE_MIN_SCORE = 0.34
PARAPHRASE_MIN_SCORE_FIGURE = 0.3  # … when both sentences give the same figure
PARAPHRASE_STRONG = 0.5  # a link this strong may be a sentence's second partner
CLAUSE_MIN_SHARED = 4  # stems a clause shares with a sentence to be linked
CLAUSE_TRY_SCORE = 0.2  # two sentences are cut into clauses from this score
CLAUSE_REST_SHARED = 2  # the rest of a sentence sharing this many stems: the whole is linked, not a clause
PARAPHRASE_MIN_SHARED = 3
NEIGHBOUR_MIN_SCORE = 0.2  # … next to a shown pair, in the same order on both sides
GAP_MAX = 3  # sentences on each side of a gap between two shown pairs in the same order (`_gap_links`)
GAP_MIN_SCORE = 0.15  # … whose pairs link from this score
SPLIT_SCORE = 0.3  # the similarity shown for the second half of a split sentence
SIGNATURE_MIN_SCORE = 0.15  # … when the figures and the actor pin one claim down (`_claim_signature`)
_NO_DF: dict[str, int] = defaultdict(int)  # word rarity left out of a claim test
NEIGHBOUR_MIN_LEXICAL = 5  # words of a lexical link that make it an anchor for its neighbours
CANDIDATE_MIN_STEMS = 4  # … and to be met anywhere, not only next to a shown pair
MIN_STEMS = 3  # a sentence (or clause) with fewer content stems is not compared ("She takes office on 1 January": 3)
PREDICATE_MIN_SHARE = 0.2  # of the smaller sentence's claim words, this many must be shared
PREDICATE_MIN_SHARE_ONE_SIDED = 0.5  # … when only one of the two sentences gives figures
PREDICATE_MIN_SHARE_YEAR = 2 / 3  # … when only one gives figures, a year among them
TOPIC_SENTENCE_SHARE = 0.25 # a stem in this share of all sentences (and ≥ 3) is the story's topic


# A clause boundary inside a sentence: a semicolon or a spaced dash, or a
# comma before one of these words. A rewrite often splits a sentence there, or
# joins two sentences there ("…, forecasters said, and some 42,000 homes lost
# power"), so each clause is also compared on its own.
CLAUSE_WORDS = ("and", "but", "while", "though", "although", "whereas", "after", "as", "which")
# A participle after a comma opens a clause too ("…, flooding hundreds of
# homes", "…, arguing that the plan …").
# Without a comma, "while", "because" and "whereas" open a clause too, and
# so does "after" before a subject and its verb ("shares climbed 12% after
# the drugmaker said its vaccine …", not "won after a recount"): one outlet
# joins there what another tells apart.
_CLAUSE_BREAK = re.compile(r";\s*|\s[–—]\s*|,\s*(?=(?:%s)\b)|,\s*(?=[a-z]+ing\b)|\s(?=and\s+[a-z]+ing\b)"
                           r"|\s(?=(?:while|because(?!\s+of\b)|whereas)\s)|\s(?=after\s+(?:it|he|she|they|we)\s)"
                           r"|\s(?=after\s+(?:the|its|his|her|their)\s+[\w-]+\s+(?:said|says|announced|reported"
                           r"|confirmed|warned|told|admitted|revealed)\b)"
                           % "|".join(CLAUSE_WORDS), re.IGNORECASE)


# "and" before a verb in the past, without a comma, joins a second predicate
# of the same subject; it is a clause break only where each side gives a
# figure of its own ("raised the threshold from 12,000 to 14,500 crowns and
# cut the rate from 25% to 23%"): two claims, each a rewrite may tell apart.
_AND_PAST = re.compile(r"\s(?=and\s+(?:[a-z]{2,}ed|cut|put|set|raised|held|took|gave|made|sold|paid|won|lost|fell"
                       r"|rose|led|spent|sent|left|kept|shut)\s)")


def _clause_starts(d: AlignDoc, start: int, end: int) -> list[int]:
    """Tokens of the sentence start:end that open a clause after a break."""
    s0, s1 = d.starts[start], d.ends[end - 1]
    text = d.source.text
    out = []
    for m in _CLAUSE_BREAK.finditer(text, s0, s1):
        i = bisect_left(d.starts, m.end(), start, end)
        if start < i < end and (not out or out[-1] != i):
            out.append(i)
    if " and " in text[s0:s1]:
        norms = d.norms
        for m in _AND_PAST.finditer(text, s0, s1):
            i = bisect_left(d.starts, m.end(), start, end)
            if start < i < end and i not in out \
                    and any(norms[k][0] in _DIGITS for k in range(start, i)) \
                    and any(norms[k][0] in _DIGITS for k in range(i, end)):
                out.append(i)
        out.sort()
    return out


def _sentence_features(docs: list[AlignDoc], stem_rows: dict[int, list] | None = None,
                       only: Sequence[int] | None = None, lower: tuple[set, set] | None = None):
    """Per body sentence: (doc, first token, end token, stems, lower-case
    stems, claim stems, number stems, the stems of an actor named by
    reference: `_references`); the indices of the headlines among
    them; and `clauses(features)`, which cuts a sentence's features into its
    clauses' (none when it has one), on demand. `stem_rows`, when given, is
    filled with each document's stem per token (None: no content).
    `only` (doc indices) reads those documents alone; `lower` gives the
    folds used in lower case anywhere and their synonym classes (else found
    in `docs`): a document's features depend on the others through these
    only (see `lower_folds`), which lets a memo read again just the
    documents they change for.

    Claim stems are the ordinary words of what the sentence says: lower case
    (a capitalised first word counts when the stories use it in lower case
    elsewhere), not a number, not a title or role right before a name
    ("challenger Ray Dunn", "mayor Gail Porter": part of naming the actor)."""
    # … and the synonym classes of those: "Rescue crews pulled …" opens
    # with a word the stories use in lower case as "rescued" (a class's
    # words only: a set intersection, no stemming of every word)
    seen_lower, seen_lower_classes = lower if lower is not None else lower_folds(docs)
    feats = []
    headlines: set[int] = set()
    units = {}  # doc → its unit(start, end) maker, for clauses cut later
    for d in (docs if only is None else [docs[i] for i in only]):
        sentence, content, folds, lowers = d.sentence, d.content, d.folds, d.lower
        # a word's stem, if it can carry content (else None), once per token
        stems_of = [(f if w[0] in _DIGITS else (_SYNONYMS.get(f) or _claim_stem(f))
                     if len(w) > 2 and w not in REPORTING_VERBS else f if w[0] in _DIGITS else None)
                    if c else None
                    for f, c, w in zip(folds, content, d.norms)]
        for first in _PHRASE_FIRST.intersection(folds):  # positions found by C-level search
            i = -1
            while (i := _index(folds, first, i + 1)) >= 0:
                if i + 1 < len(folds) and sentence[i] == sentence[i + 1]:
                    if key := _PHRASES.get((first, folds[i + 1])):
                        stems_of[i], stems_of[i + 1] = key, None
                    # one possessive may stand between: "lost their lives"
                    elif folds[i + 1] in _POSSESSIVES and i + 2 < len(folds) and sentence[i + 2] == sentence[i] \
                            and (key := _PHRASES.get((first, folds[i + 2]))):
                        stems_of[i], stems_of[i + 1], stems_of[i + 2] = key, None, None
        # a small count of something ("seven miners", "two penalties", "3
        # cents") is a figure of the claim: "two dead" is not "seven rescued".
        # Only the count as written ("seven", "7"; not "4pm"), its noun right
        # after it, a space between, and not a time ("two days after",
        # "three years ago").
        text = d.source.text
        for i in compress(range(len(folds) - 1), map(_SMALL.__contains__, folds)):
            if stems_of[i] is None and sentence[i + 1] == sentence[i] and content[i + 1] and lowers[i + 1] \
                    and len(folds[i + 1]) > 2 and folds[i + 1] not in _TIME_UNITS \
                    and ((raw := text[d.starts[i]:d.ends[i]]).isdigit() or raw.isalpha()) \
                    and text[d.ends[i]:d.starts[i + 1]] == " ":
                stems_of[i] = folds[i]
        _figure_stems(d, stems_of)  # (after: "three in five" is a share, not a count)
        # a reporting word after a determiner or a figure is a noun of the
        # claim ("the recall", "46 reports", "the state has asked"), not glue
        # (after a figure: in `_figure_stems`)
        norms = d.norms
        for i in compress(range(len(norms)), map(REPORTING_VERBS.__contains__, norms)):
            if i and norms[i - 1] in _DETERMINERS and lowers[i] and sentence[i - 1] == sentence[i]:
                stems_of[i] = _SYNONYMS.get(folds[i]) or _claim_stem(folds[i])
        # Headlines are not compared as paraphrases: two headlines on one
        # story always tell it alike, and a headline restates its own lede;
        # a reader looks for the claims the articles share, not the topic.
        # A headline copied word for word is still a lexical link.
        title = " ".join((d.source.title or "").split()).casefold().rstrip(".")

        # where the text places a claim relative to now ("two years ago"):
        # such a sentence may meet one giving the year (see `_same_claim`)
        agos = [i for i in range(len(folds)) if folds[i] == "ago"] if "ago" in folds else ()
        # where the text places a claim in a named time ("in March", "on 4
        # June", "last year"): a sentence placed so on one side only may tell
        # another occasion (see `_same_claim`)
        # (the words that may be one, found among the distinct folds: their
        # places by C-level search, not a test of every token)
        whens = sorted(i for f in _WHEN_FOLDS.intersection(folds) for i in _positions(folds, f) if _is_when(d, i))

        def unit(start: int, end: int, d=d, stems_of=stems_of, content=content, folds=folds, lowers=lowers,
                 agos=agos, whens=whens, norms=d.norms, refs=_references(d, stems_of) if REFERENCES else None):
            # (a sentence opening "The company …" by reference has its name
            # instead of the descriptor: `_references`)
            words = [(i, s) for i in range(start, end) if (s := stems_of[i]) is not None]
            if refs and start in refs and refs[start][1] >= 0:
                words = [w for w in words if w[0] != refs[start][1]]
            if len(words) < MIN_STEMS:
                return None
            stems, lower, claim, numbers = set(), set(), set(), set()
            digits = _DIGITS
            for i, s in words:
                stems.add(s)
                if s[0] in digits:
                    numbers.add(s)
                    continue
                if lowers[i]:
                    lower.add(s)
                elif not (i == start and (folds[i] in seen_lower or s in seen_lower_classes)):
                    continue
                # (a word of an opposite class is the claim even before a
                # name: "finished 48 seconds behind Claes")
                if not (i + 1 < end and not lowers[i + 1] and content[i + 1]) or s in _OPPOSITE_WORDS:
                    claim.add(s)
            if agos and any(start <= i < end for i in agos):
                claim.add(_AGO)
            # (a month in a sentence about what will be, "will close in July",
            # is when the same fact is due, not another occasion)
            if whens and any(start <= i < end for i in whens):
                claim.add(_DUE if any(norms[i] in _FUTURE for i in range(start, end)) else _WHEN)
            if len(stems) < MIN_STEMS:
                return None
            named = _NO_NAMES
            if refs and start in refs:  # the actor "he", "the company" stands for (`_references`)
                named = refs[start][0] - stems
                stems |= named
            return (d.index, start, end, stems, lower, claim, numbers, named)

        units[d.index] = unit
        if stem_rows is not None:
            stem_rows[d.index] = stems_of
        start = 0
        n = len(sentence)
        while start < n:
            end = start
            here = sentence[start]
            while end < n and sentence[end] == here:
                end += 1
            whole = unit(start, end)
            if whole and title and abs(d.ends[end - 1] - d.starts[start] - len(title)) <= 4 \
                    and " ".join(d.source.text[d.starts[start]:d.ends[end - 1]].split()).casefold() == title:
                headlines.add(len(feats))  # counted for word rarity, never linked as a paraphrase
            if whole:
                feats.append(whole)
            start = end

    def clauses(whole) -> list:
        """The clauses of a sentence's features (none when it has one), cut
        only for the sentences scoring reaches."""
        di, start, end = whole[:3]
        if len(whole[3]) < 8:
            return []  # two clauses of four content words at least, else no split
        cuts = _clause_starts(docs[di], start, end)
        if not cuts:
            return []
        bounds = [start, *cuts, end]
        parts = [u for k in range(len(bounds) - 1) if (u := units[di](bounds[k], bounds[k + 1]))]
        return parts if len(parts) > 1 or (parts and parts[0][1:3] != (start, end)) else []

    return feats, headlines, clauses


REFERENCES = True  # read in-article references (`_references`); a switch to measure them against none
_PERSON_REFS = frozenset(("he", "she"))
_NO_NAMES: frozenset = frozenset()
_REF_OPENERS = ("he", "she", "the", "its")
_ORG_REFS = ORG_DESCRIPTORS
_REF_LOOKBACK = 2  # sentences back where "he" / "she" finds the person


def _references(d: AlignDoc, stems_of: list) -> dict[int, tuple[frozenset, int]]:
    """The actor a sentence names by reference at its start, as the stems of
    the name the article gave it: "He …" / "She …" is the first name of one
    of the two sentences before (news puts the subject first); "The company
    …", "The firm's shares …", "Its shares …" (a firm's possession:
    `FIRM_POSSESSIONS`) is the name the article gave
    most often so far (its organisation). Keyed by the sentence's first
    token, with the descriptor's token (-1: none), which the name replaces
    as a content word. A rewrite says "the company said it would appeal"
    where the wire names the firm: the actor is then shared, as a name
    (never a claim word). A name is a capitalised content word, not a role;
    the article alone is read (its features depend on no other source)."""
    norms, lowers, sentence, content, folds = d.norms, d.lower, d.sentence, d.content, d.folds
    # the sentences that open with a reference, found first (most have none)
    starts = sorted(i for w in _REF_OPENERS for i in _positions(norms, w) if not i or sentence[i - 1] != sentence[i])
    if not starts:
        return {}
    n = len(norms)
    own_lower: dict[str, bool] = {}  # does the article write this word in lower case (asked of first words only)
    out: dict[int, tuple[frozenset, int]] = {}
    counts: dict[str, int] = defaultdict(int)
    runs: dict[int, list[str]] = {}  # sentence → its first run of names
    last: dict[int, int] = {}  # sentence → the token that ended its run so far (-1: the run is closed)
    # the capitalised content words (C-level: content and not lower case),
    # read in order up to each referring sentence
    caps = iter(compress(range(n), map(gt, content, lowers)))
    k = next(caps, n)
    for st in starts:
        while k < st:
            s = stems_of[k]
            if s is not None and not s[:1].isdigit() and not s.startswith("~") and s not in _ROLE_STEMS:
                here = sentence[k]
                first = not k or sentence[k - 1] != here
                # a capitalised first word is a name only before another
                # name ("Daniel Okafor", "Halvard Foods"; not "Police divers",
                # "Health minister …") and when this article never writes it
                # in lower case
                if not (first and (k + 1 >= n or sentence[k + 1] != here or lowers[k + 1] or not content[k + 1]
                                   or _lower_somewhere(folds[k], folds, lowers, own_lower))):
                    counts[s] += 1
                    if here not in runs:
                        runs[here], last[here] = [s], k
                    elif last[here] == k - 1:  # (the first run only: a gap closes it)
                        runs[here].append(s)
                        last[here] = k
                    else:
                        last[here] = -1
            k = next(caps, n)
        w0 = norms[st]
        ref = None
        if w0 in _PERSON_REFS:
            here = sentence[st]
            ref = next((frozenset(runs[h]) for h in range(here - 1, here - 1 - _REF_LOOKBACK, -1) if h in runs), None)
        elif counts and ((w0 == "the" and st + 1 < n and norms[st + 1].removesuffix("'s") in _ORG_REFS)
                         or (w0 == "its" and st + 1 < n and norms[st + 1] in FIRM_POSSESSIONS)):
            top = max(counts.values())
            ref = frozenset(x for x, c in counts.items() if c == top)
        if ref:
            out[st] = (ref, st + 1 if w0 == "the" else -1)  # (the descriptor: the name stands in its place)
    return out


def lower_folds(docs: Sequence[AlignDoc]) -> tuple[set, set]:
    """The folds `docs` use in lower case somewhere, and their synonym
    classes (what `_sentence_features` reads across documents)."""
    seen_lower = {f for d in docs for f, low in zip(d.folds, d.lower) if low}
    return seen_lower, {_SYNONYMS[f] for f in seen_lower.intersection(_SYNONYMS)}


_DIGITS = frozenset("0123456789")
_TIME_UNITS = frozenset(("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                         "month", "months", "year", "years", "decade", "decades", "night", "nights"))
_SMALL = frozenset("23456789")  # a lone digit (or "two" … "nine", read as one): a small count


@lru_cache(maxsize=1 << 16)
def _claim_stem(fold: str) -> str:
    """A crude stem for claim words: the first five letters (received /
    receives, invade / invading meet), and a short verb's regular forms
    meet their base, which five letters cannot do: voted / vote, taking /
    take, opened / open, called / call, taxes / tax. Only -ed, -ing and -es
    on a base of three or four letters (a final e dropped) are read: a plain
    -s is not, since a noun's plural and a verb meet wrongly there (works of
    art / work, towns / town). Derivation where five letters split a family
    (`text.derived_base`): emptied / empty, caused / cause, decision /
    decide."""
    fold = derived_base(fold)
    n = len(fold)
    if n <= 7:
        if n >= 6 and fold.endswith("ing"):
            fold = fold[:-3]
        elif n >= 5 and fold.endswith("ed"):
            fold = fold[:-2]
        elif n == 5 and fold.endswith("es"):
            fold = fold[:-2]
        if len(fold) == 4 and fold[-1] == "e":
            fold = fold[:-1]
    return fold[:5]


# a word of a synonym class stands for its class: "razed" and "destroyed",
# "wildfire" and "bushfire" count as one word when claims are compared
_SYNONYMS = synonym_keys(lambda w: fold_word(norm_word(w)))
_OPPOSITES = opposite_keys()
_OPPOSITE_WORDS = frozenset(x for pair in _OPPOSITES for x in pair)
_POLARITY = polarity_keys()
_PREDICATES = predicate_keys()  # "refused to resign" / "resigned": two facts
_AGO = "@ago"  # a claim marker, not a word: the sentence places its claim "… ago"
_WHEN = "@when"  # a claim marker: the sentence places its claim in a named month or "last year"
_DUE = "@due"  # … in a sentence about what will be ("will close in July": when the fact is due)
# the folds a time may be: a month, "last", a date as `aligned` writes it ("june4")
_WHEN_FOLDS = MONTH_NAMES | {"last"} | frozenset(f"{m}{day}" for m in MONTH_NAMES for day in range(1, 32))
_LAST_TIMES = frozenset(("year", "month", "week", "season", "summer", "winter", "spring", "autumn"))
_FUTURE = frozenset(("will", "would", "shall"))
_DATE_KEY = re.compile(r"(%s)\d{1,2}" % "|".join(sorted(MONTH_NAMES)))


def _lower_somewhere(fold: str, folds: list, lowers: list, seen: dict[str, bool]) -> bool:
    """Does the article write `fold` in lower case somewhere (remembered in `seen`)?"""
    if fold not in seen:
        seen[fold] = any(lowers[x] for x in _positions(folds, fold))
    return seen[fold]


def _positions(items: list, item) -> list[int]:
    """Every place of `item` in `items` (list.index: C-level search)."""
    out = []
    i = -1
    while (i := _index(items, item, i + 1)) >= 0:
        out.append(i)
    return out


def _is_when(d: AlignDoc, i: int) -> bool:
    """Token i names a time of the claim: a month written with its capital
    ("in March", not the verb "may"; also a date, "4 June"), or "last"
    before a period ("last year", "last summer")."""
    f = d.folds[i]
    if f == "last":
        return i + 1 < len(d.folds) and d.sentence[i + 1] == d.sentence[i] and d.folds[i + 1] in _LAST_TIMES
    if f in MONTH_NAMES:
        # (a sentence opening with "May" may be the verb)
        if not d.source.text[d.starts[i]].isupper() or (f == "may" and (not i or d.sentence[i - 1] != d.sentence[i])):
            return False
    elif not _DATE_KEY.fullmatch(f):
        return False
    # a wire dateline's date ("BERGEN, May 12 (Nordpress) —") dates the copy, not the claim
    s0 = i
    while s0 and d.sentence[s0 - 1] == d.sentence[i]:
        s0 -= 1
    m = _DATELINE.match(d.source.text, d.starts[s0], min(len(d.source.text), d.starts[s0] + 90))
    return not (m and d.starts[i] < m.end())


_YEAR = re.compile(r"(?:19|20)\d\d")
# a person's role ("chief executive", "minister", "goalkeeper"): the stems
# that name an actor, not what the actor did
_ROLE_STEMS = frozenset(_SYNONYMS.get(f) or _claim_stem(f) for w in TITLE_HEADS | {"chief", "executive", "deputy"}
                        for f in (fold_word(norm_word(w)),))
_POSSESSIVES = frozenset(("their", "his", "her", "its", "our", "my", "your"))
_PHRASES = phrase_keys(lambda w: fold_word(norm_word(w)))  # "stepped down" = "resigned"
_PHRASE_FIRST = frozenset(first for first, _second in _PHRASES)


_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "every",
                          "each", "no"))
_FRACTION_WORDS = frozenset(FRACTIONS)
_FIGURE_TRIGGERS = _FRACTION_WORDS | {"one"}
_FRACTION_VERBS = frozenset(FRACTION_VERBS)
_ONE = frozenset(("a", "one"))
_POINT_WORDS = frozenset(("percentage", "point", "points"))
# before "half", these make it a part of a place or a time, not a share
_PART_BEFORE_HALF = frozenset(("the", "its", "their", "his", "her", "our", "your", "my", "first", "second", "other",
                               "top", "bottom", "upper", "lower", "back", "front", "latter", "former", "opening",
                               "closing", "final", "early", "late"))
_AGE_SUFFIX = "-year-old"
_COUNT_COMPOUND = re.compile(r"(\d[\d,]*)-(?!(?:th|st|nd|rd)$)([a-z]+)")
_GLUED = re.compile(r"(\d[\d,]*(?:\.\d+)?)([a-z]+)")
_LOOSE = re.compile(r"(\d+(?:\.\d+)?)(%~?|[a-z]+)")
_PERCENT_TAGS = frozenset(("%", "%~"))
_UNIT_TAGS = frozenset(tag for tag, _f in UNITS.values()) | frozenset(TEMPERATURES.values()) - {"f"}
UNIT_TOLERANCE = 0.03     # a converted measure may be rounded by this share (5 miles ~ 8 km)
FRACTION_TOLERANCE = 2.0  # points between a fraction and a percentage (nearly three in five ~ 58.4%)
PERCENT_TOLERANCE = 0.5   # … between two percentages (a third ~ 33%: both read as percentages)


def _percent_key(value: float) -> str:
    """A fraction as an approximate percentage figure ("~": written as a fraction)."""
    return f"{round(100 * value, 1):g}%~"


def _figure_stems(d: AlignDoc, stems_of: list) -> None:
    """Figures written in words or units read as comparable figures, in place:
    "a third of" / "two-thirds of" / "three in five" / "one in four" as an
    approximate percentage; "5 miles", "8km", "12,000 acres", "50mph" in one
    unit per measure (km, ha, m, kg, t, l, cm, °C); a currency word after a
    figure ("1.2 billion dollars") as part of the figure (the other outlet
    writes $1.2bn). Only fraction words and figures are visited."""
    norms, folds, text = d.norms, d.folds, d.source.text
    n = len(norms)
    for word in _FRACTION_VERBS.intersection(folds):  # "has halved" = "fell by half"
        i = -1
        while (i := _index(folds, word, i + 1)) >= 0:
            if stems_of[i] is not None:
                stems_of[i] = _percent_key(FRACTION_VERBS[word])
    for word in _FIGURE_TRIGGERS.intersection(folds):
        i = -1
        while (i := _index(folds, word, i + 1)) >= 0:
            if i + 1 >= n or d.sentence[i + 1] != d.sentence[i]:
                continue
            nxt = folds[i + 1]
            if word == "one":  # one in four, one out of five
                j = i + 2 if nxt == "in" else i + 3 if nxt == "out" and i + 2 < n and folds[i + 2] == "of" else -1
                if 0 < j < n and norms[j].isdecimal() and 1 < int(norms[j]) <= 100:
                    stems_of[i], stems_of[j] = _percent_key(1 / int(norms[j])), None
                continue
            # … or a change by a share: "fell by half", "by two-thirds", "by a third"
            if nxt != "of" and not (i and folds[i - 1] == "by" and (word == "half" or "-" in word)) \
                    and not (i > 1 and folds[i - 2] == "by" and folds[i - 1] in _ONE):
                continue
            prev = norms[i - 1] if i else ""
            if word == "half" and (prev in _PART_BEFORE_HALF or prev.endswith("ern")):
                continue  # "the eastern half of the coast", "the first half of the year": a part, not a share
            # "a quarter of a percentage point" is 0.25 points, not 25 %
            if i + 3 < n and folds[i + 2] in _ONE and folds[i + 3] in _POINT_WORDS \
                    and d.sentence[i + 3] == d.sentence[i] and (prev in _ONE or "-" in word or word == "half"):
                stems_of[i] = f"{FRACTIONS[word]:g}"
                continue
            if "-" in word or word == "half":
                stems_of[i] = _percent_key(FRACTIONS[word])
            elif word.endswith("s") and prev.isdecimal() and 1 < int(prev) < 10:
                stems_of[i - 1], stems_of[i] = None, _percent_key(int(prev) * FRACTIONS[word])
            elif prev in _ONE:
                stems_of[i] = _percent_key(FRACTIONS[word])
    # figures: a ratio (3 in 5), a unit after or glued, a currency word after
    for i in compress(range(n), map(_DIGITS.__contains__, map(itemgetter(0), norms))):
        norm = norms[i]
        if norm.endswith(_AGE_SUFFIX) and stems_of[i] is not None:  # "a 19-year-old" = "aged 19"
            stems_of[i] = norm[:-len(_AGE_SUFFIX)]
            continue
        # a count glued to its noun: "a 150-person limit" = "a limit of 150
        # people", "a 48-hour strike" = "a strike of 48 hours" (not an
        # ordinal, "19th-century", nor a measure, "100-metre")
        if "-" in norm and stems_of[i] is not None and (m := _COUNT_COMPOUND.fullmatch(norm)) \
                and m.group(2) not in UNITS and m.group(2) not in TEMPERATURES:
            stems_of[i] = m.group(1).replace(",", "")
            continue
        nxt = norms[i + 1] if i + 1 < n and d.sentence[i + 1] == d.sentence[i] else ""
        if nxt in CURRENCY_WORDS:
            stems_of[i + 1] = None
            continue
        # "46 reports": a noun of the claim (not "… over 60, according to"):
        # only the word right after the figure, nothing but a space between
        if nxt in REPORTING_VERBS and d.lower[i + 1] and text[d.ends[i]:d.starts[i + 1]] == " ":
            stems_of[i + 1] = _SYNONYMS.get(folds[i + 1]) or _claim_stem(folds[i + 1])
            continue
        glued = _GLUED.fullmatch(text[d.starts[i]:d.ends[i]].lower())
        if glued:  # 8km, 1,500kg, 95F: the figure as written (a thousands comma too)
            value = float(glued.group(1).replace(",", ""))
            unit, at = glued.group(2), i
        elif norm.replace(".", "", 1).isdecimal():
            value = float(norm)
            unit, at = nxt, i + 1
        else:
            continue
        if nxt in ("in", "out") and norm.isdecimal():
            j = i + 2 if nxt == "in" else i + 3 if i + 2 < n and norms[i + 2] == "of" else n
            if j < n and norms[j].isdecimal() and 0 < int(norm) < int(norms[j]) <= 100 \
                    and d.sentence[j] == d.sentence[i]:
                stems_of[i], stems_of[j] = _percent_key(int(norm) / int(norms[j])), None
                continue
        if unit == "degrees" and at + 1 < n:
            unit, at = norms[at + 1], at + 1
        if unit in UNITS:
            tag, factor = UNITS[unit]
            key = f"{round(value * factor, 2):g}{tag}"
        elif unit in TEMPERATURES and (glued or at > i + 1 or len(unit) > 1):
            key = f"{round((value - 32) * 5 / 9 if TEMPERATURES[unit] == 'f' else value, 1):g}c"
        else:
            continue
        if stems_of[i] is not None or len(norm) == 1:
            stems_of[i] = key
            for k in range(i + 1, at + 1):
                stems_of[k] = None


def _loose_figures(numbers: set) -> tuple:
    """(key, value, tag) of the figures that may meet a near figure: shares
    and converted measures (never a plain count: 9,000 and 9,100 are two facts)."""
    out = []
    for x in numbers:
        m = _LOOSE.fullmatch(x)
        if m and (m.group(2) in _PERCENT_TAGS or m.group(2) in _UNIT_TAGS):
            out.append((x, float(m.group(1)), m.group(2)))
    return tuple(out)


def _near_figure(x: tuple, y: tuple) -> bool:
    (kx, vx, tx), (ky, vy, ty) = x, y
    if tx in _PERCENT_TAGS and ty in _PERCENT_TAGS:
        if "~" in tx + ty:
            return abs(vx - vy) <= FRACTION_TOLERANCE
        # two percentages as written: one may be the other rounded (33% ~
        # 33.3%), never another reading (4.8% / 5.2%: two facts)
        return abs(vx - vy) <= min(PERCENT_TOLERANCE, max(_half_last_digit(kx, tx), _half_last_digit(ky, ty)))
    # a converted measure is rounded to the figure's last written digit:
    # "3 miles" (4.83 km) is "5km", "12,000 acres" (4,856 ha) "4,900 hectares"
    return tx == ty and abs(vx - vy) <= max(UNIT_TOLERANCE * max(vx, vy), _half_last_digit(kx, tx),
                                            _half_last_digit(ky, ty))


def _half_last_digit(key: str, tag: str) -> float:
    """Half the place value of a figure's last significant digit (5km → 0.5,
    4900ha → 50, 8.05km → 0.005): how far rounding may have moved it."""
    digits = key[:len(key) - len(tag)]
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    return 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))


def _figure_alias(loose_a: tuple, loose_b: tuple, shared: set) -> dict[str, str]:
    """b's figure key → a's, for figures the two write differently but that
    are the same (a third ~ 33%, 5 miles ~ 8km), one partner each."""
    alias: dict[str, str] = {}
    used: set[str] = set()
    for y in loose_b:
        if y[0] in shared:
            continue
        for x in loose_a:
            if x[0] not in shared and x[0] not in used and _near_figure(x, y):
                alias[y[0]] = x[0]
                used.add(x[0])
                break
    return alias


def _index(items: list, item, start: int) -> int:
    try:
        return items.index(item, start)
    except ValueError:
        return -1


def _stem(fold: str, norm: str, content: bool) -> str | None:
    """A word's stem if it can carry content, else None (inlined in
    `_sentence_features`; kept for the tests). A figure is kept
    whole (1.4bn and 14,000 must not meet on a five-character prefix) and
    counts from two characters (27, 3%); a lone digit says too little."""
    if norm[:1].isdigit():
        return fold if len(norm) > 1 else None
    return (_SYNONYMS.get(fold) or _claim_stem(fold)) if content and len(norm) > 2 and norm not in REPORTING_VERBS else None


def _covered(regions_by_pair, sentence_a: int, a: int, a0: int, a1: int, b: int, b0: int, b1: int
             ) -> tuple[float, float]:
    """Shares of sentence a and of sentence b that lexical matches between
    the two sources already cover. Both half covered: the lexical match shows
    the reuse. One almost wholly covered: it is a verbatim fragment of the
    other, shown as what it is, not stretched into a whole-sentence
    paraphrase."""
    in_a, in_b = [], []
    for r in regions_by_pair.get((a, b, sentence_a), ()):
        s_a, e_a = max(a0, r.a0), min(a1, r.a1)
        s_b, e_b = max(b0, r.b0), min(b1, r.b1)
        if e_a > s_a and e_b > s_b:  # a match between these two sentences, not elsewhere
            in_a.append((s_a, e_a))
            in_b.append((s_b, e_b))
    # a verbatim core inside a near match (or a quote inside both) counts once
    cov_a = sum(e - s for s, e in merge_intervals(in_a))
    cov_b = sum(e - s for s, e in merge_intervals(in_b))
    return cov_a / max(1, a1 - a0), cov_b / max(1, b1 - b0)


# How rare a word is, as scores read it: its count of sentences exactly up
# to DF_EXACT (the rare-stem tests read those), beyond that rounded down to
# a step of DF_STEPS per doubling; the number of sentences likewise beyond
# N_EXACT. A watch-mode update then changes the weights of the few words
# whose count crosses a step, and the pairs of the sentences holding them
# are all it scores again (incremental.ParaphraseMemo); rounding moves a
# weight by under 9 %.
DF_EXACT = RARE_STEM_POSTINGS  # (a rare stem's count is read exactly)
DF_STEPS = 8
N_EXACT = 2048
N_STEPS = 8


@lru_cache(maxsize=1 << 14)
def df_bucket(count: int) -> float:
    """A word's count of sentences as weights read it (see DF_EXACT)."""
    return count if count <= DF_EXACT else 2 ** (math.floor(DF_STEPS * math.log2(count)) / DF_STEPS)


def n_bucket(n_sentences: int) -> float:
    """The number of sentences as weights read it (see DF_EXACT)."""
    return n_sentences if n_sentences <= N_EXACT else 2 ** (math.floor(N_STEPS * math.log2(n_sentences)) / N_STEPS)


def rarity(counts: dict[str, int], n_sentences: int) -> tuple[dict[str, float], dict[str, float], float]:
    """(df, weight, topic_df) from each stem's count of whole sentences."""
    n = n_bucket(n_sentences)
    df: dict[str, float] = defaultdict(int)
    df.update({s: df_bucket(c) for s, c in counts.items()})
    return df, {s: math.log(1 + n / c) for s, c in df.items()}, max(3, TOPIC_SENTENCE_SHARE * n)


class ScoringPlan:
    """What `paraphrase_links` scores: the sentence features (whole
    sentences; clauses are appended to this list as they are cut), rarity,
    the sentence pairs to score, and the outcomes of pairs kept from the
    last analysis (watch mode: `kept`, each pair's found links with a clause
    written (sentence, clause number), where the pairs scored here are put
    too); `done()` is called once the links are made."""

    __slots__ = ("feats", "headlines", "stem_rows", "cut", "df", "weight", "topic_df", "wsum", "pairs", "count",
                 "kept", "done", "reached", "weak", "masks")

    def __init__(self, feats, headlines, stem_rows, cut, df, weight, topic_df, wsum, pairs, count,
                 kept=None, done=None, reached=None, weak=None, masks=None) -> None:
        self.feats, self.headlines, self.stem_rows, self.cut = feats, headlines, stem_rows, cut
        self.df, self.weight, self.topic_df, self.wsum = df, weight, topic_df, wsum
        self.pairs, self.count, self.done = pairs, count, done
        self.kept = kept if kept is not None else {}
        # (memo) `reached` receives the pairs that pass the tests rarity does
        # not read (enough shared stems); `weak` keeps neighbours' scores
        self.reached, self.weak = reached, weak
        self.masks = masks  # `shared_stem_masks` of feats and df, when made already (else made when scoring)


def _remembered(score: Callable[[int, int], float | None], kept: dict) -> Callable[[int, int], float | None]:
    def remembered(k1: int, k2: int) -> float | None:
        key = (k1, k2)
        if key in kept:
            return kept[key]
        value = kept[key] = score(k1, k2)
        return value
    return remembered


def fresh_plan(docs: list[AlignDoc]) -> ScoringPlan | None:
    """The plan of an analysis with nothing kept: every candidate pair."""
    stem_rows: dict[int, list] = {}
    feats, headlines, cut_clauses = _sentence_features(docs, stem_rows)
    if len(feats) < 2:
        return None
    counts: dict[str, int] = defaultdict(int)
    for f in feats:  # how rare a word is: counted over whole sentences only
        for s in f[3]:
            counts[s] += 1
    df, weight, topic_df = rarity(counts, len(feats))
    masks = shared_stem_masks(feats, df)
    keys = _candidate_sentence_pairs(feats, df, len(feats), masks)
    wsum = [sum(weight[x] for x in f[3]) for f in feats]
    total = len(feats)
    return ScoringPlan(feats, headlines, stem_rows, cut_clauses, df, weight, topic_df, wsum,
                       map(divmod, keys, repeat(total)), len(keys), masks=masks)


def paraphrase_links(docs: list[AlignDoc], lexical: list[Region],
                     tick: Callable[[int, int], None] | None = None, memo=None) -> list[Region]:
    """Sentence pairs of two sources with the same specific content, where
    the lexical links do not already cover them (`lexical` is read only;
    `tick(k, n)` hears how far through the n candidate pairs it is). With a
    `memo` (watch mode: incremental.ParaphraseMemo) only the sentence pairs
    whose inputs changed since the last analysis are scored again; the
    links are the same."""
    plan = memo.plan(docs, lexical) if memo is not None else fresh_plan(docs)
    if plan is None:
        return []
    feats, headlines, cut_clauses, stem_rows = plan.feats, plan.headlines, plan.cut, plan.stem_rows
    n_sentences = len(feats)
    df, weight, topic_df = plan.df, plan.weight, plan.topic_df
    # lexical links by (source, other source, sentence of the source they touch)
    by_pair: dict[tuple[int, int, int], list[Region]] = defaultdict(list)
    for r in lexical:
        for x in (r, Region(r.b, r.b0, r.b1, r.a, r.a0, r.a1, r.matched, True)):
            sent = docs[x.a].sentence
            for k in range(sent[x.a0], sent[x.a1 - 1] + 1):
                by_pair[(x.a, x.b, k)].append(x)
    # the weight of each feature's stems, summed once (a clause's is added
    # when it is cut): score_of reads it for every pair it scores
    wsum = plan.wsum
    clauses_of: dict[int, list[int]] = {}  # sentence → the indices of its clauses in feats, once cut
    clause_ref: dict[int, tuple[int, int]] = {}  # a clause's index → (its sentence, its number)

    def clauses(k: int) -> list[int]:
        if k not in clauses_of:
            parts = cut_clauses(feats[k]) if k not in headlines else []
            clauses_of[k] = list(range(len(feats), len(feats) + len(parts)))
            clause_ref.update((c, (k, j)) for j, c in enumerate(clauses_of[k]))
            feats.extend(parts)
            wsum.extend(sum(weight[x] for x in p[3]) for p in parts)
        return clauses_of[k]

    loose: dict[int, tuple] = {}

    def shared_of(k1: int, k2: int) -> tuple[set, dict[str, str]]:
        """The stems two features share, figures written differently
        included (a third ~ 33%, 5 miles ~ 8km): (shared, b's key → a's)."""
        shared = feats[k1][3] & feats[k2][3]
        na, nb = feats[k1][6], feats[k2][6]
        if not na or not nb or na <= shared or nb <= shared:
            return shared, {}
        for k in (k1, k2):
            if k not in loose:
                loose[k] = _loose_figures(feats[k][6])
        alias = _figure_alias(loose[k1], loose[k2], shared) if loose[k1] and loose[k2] else {}
        return (shared | set(alias.values()), alias) if alias else (shared, alias)

    def score_of(k1: int, k2: int, shared: set, alias: dict[str, str] | None = None) -> float | None:
        """The pair's score if it may be a paraphrase link, else None
        (`shared`: the stems they share, at least PARAPHRASE_MIN_SHARED;
        `alias`: b's figures that are a's written differently)."""
        if k1 in headlines or k2 in headlines:
            return None
        da, a0, a1, sa, la, ca, na, ra = feats[k1]
        db, b0, b1, sb, lb, cb, nb, rb = feats[k2]
        if alias:
            nb = {alias.get(x, x) for x in nb}
        # The same people alone do not make the same statement: some of the
        # shared content must be ordinary words or numbers.
        content_shared = (la & lb) | {s for s in shared if s[:1].isdigit()}
        # … or one predicate of the lexicon's classes said of the same people
        # ("Ilona Berg quit" / "Ilona Berg stepped down"): a class word is
        # what the claim is, where an ordinary word may be a circumstance
        # (an actor named by reference, "the company", adds to the score, but
        # does not pin a claim: "The company has 2.3 million customers" is
        # not "Hackers stole the details of 2.3 million customers from X")
        pinned = bool(na and nb) and _claim_signature(shared - ra - rb if ra or rb else shared, la, lb, ca, cb, na,
                                                      nb, df, topic_df)
        if len(content_shared) < 2 and not pinned \
                and not (content_shared and _predicate_of_people(content_shared, shared, ca, cb)):
            return None
        w_shared = sum(weight[s] for s in shared)
        score = 2 * w_shared / (wsum[k1] + wsum[k2])
        # a shared figure (27, 60%, 1.4bn) is the most specific word a claim
        # has: with it, less of the wording needs to be shared — unless the
        # figure is everywhere in the story ("within thirty days")
        # (and a claim its figures and actor pin down needs less still)
        if score < PARAPHRASE_MIN_SCORE and (score < PARAPHRASE_MIN_SCORE_FIGURE or not any(
                df[x] <= RARE_STEM_POSTINGS for x in na & nb)) \
                and not (pinned and score >= SIGNATURE_MIN_SCORE):
            return None
        if not _same_claim(ca, cb, na, nb, df, topic_df, pinned):  # (after the cheaper score test)
            return None
        # what both share is a figure and its noun, one phrase in each ("her
        # plan for 3,000 affordable homes depends on …" / "promised to build
        # 3,000 affordable homes"): a thing both name, not a claim both make
        if score < PARAPHRASE_STRONG and na & nb and not shared & _PREDICATES \
                and _one_run(stem_rows[da], a0, a1, shared) \
                and _one_run(stem_rows[db], b0, b1, shared | set(alias) if alias else shared):
            return None
        cov_a, cov_b = _covered(by_pair, docs[da].sentence[a0], da, a0, a1, db, b0, b1)
        if min(cov_a, cov_b) >= 0.5 or max(cov_a, cov_b) >= 0.8:
            return None
        return score

    def weak_score(k1: int, k2: int) -> tuple[float, bool] | None:
        """The score of two sentences that stand next to a shown pair, if
        they may be its neighbours' paraphrase: the claim test and less
        shared wording (each caller sets its bar: NEIGHBOUR_MIN_SCORE,
        GAP_MIN_SCORE); and whether two content words or figures are
        shared (else a shared figure and another stem: enough inside a gap,
        `_gap_links`)."""
        shared, alias = shared_of(k1, k2)
        if len(shared) < 2:
            return None
        da, a0, a1, _sa, la, ca, na, _ra = feats[k1]
        db, b0, b1, _sb, lb, cb, nb, _rb = feats[k2]
        if alias:
            nb = {alias.get(x, x) for x in nb}
        figures = {s for s in shared if s[:1].isdigit()}
        two = len((la & lb) | figures) >= 2
        if not (two or figures) or not _same_claim(ca, cb, na, nb, df, topic_df):
            return None
        score = 2 * sum(weight[s] for s in shared) / (wsum[k1] + wsum[k2])
        if score < min(NEIGHBOUR_MIN_SCORE, GAP_MIN_SCORE):
            return None
        cov_a, cov_b = _covered(by_pair, docs[da].sentence[a0], da, a0, a1, db, b0, b1)
        return None if min(cov_a, cov_b) >= 0.5 or max(cov_a, cov_b) >= 0.8 else (score, two)

    # each pair's candidates (score, x, y), a clause written (sentence,
    # clause number): kept by a memo as they are, whatever the clause's
    # index in this analysis
    outcomes, reached = plan.kept, plan.reached
    stems_of_sentence = [f[3] for f in feats]  # (read for every key: no tuple look-up)
    # Pairs that share too few stems are dropped on the count alone (a
    # popcount, `shared_stem_masks`); a fresh plan's candidates are all past
    # it already, a memo's partners not.
    masks, has_figures = plan.masks or shared_stem_masks(feats, df)
    for n, (k1, k2) in enumerate(plan.pairs):
        if tick and not n % 256:
            tick(n, plan.count)
        count = (masks[k1] & masks[k2]).bit_count()
        if count < PARAPHRASE_MIN_SHARED:
            # most pairs: decided here, without a call (a figure written
            # differently on each side may be the missing shared word)
            if count < PARAPHRASE_MIN_SHARED - 1 or not has_figures[k1] or not has_figures[k2]:
                continue
            shared, alias = shared_of(k1, k2)
            if len(shared) < PARAPHRASE_MIN_SHARED:
                continue
        else:
            shared = stems_of_sentence[k1] & stems_of_sentence[k2]
            alias = None
            if feats[k1][6] and feats[k2][6]:
                shared, alias = shared_of(k1, k2)
        if reached is not None:
            reached.append((k1, k2))
        candidates = []
        score = score_of(k1, k2, shared, alias)
        if score is not None:
            candidates.append((score, k1, k2))
        if len(shared) >= CLAUSE_MIN_SHARED \
                and 2 * sum(weight[x] for x in shared) >= CLAUSE_TRY_SCORE * (wsum[k1] + wsum[k2]):
            c1, c2 = clauses(k1), clauses(k2)
            # a clause meets what its sentence meets: one clause of a long
            # sentence may carry the other's claim alone
            # … and two long sentences may share one claim, each in a clause
            for x, y in [(c, k2) for c in c1] + [(k1, c) for c in c2] + [(x, y) for x in c1 for y in c2]:
                part, part_alias = shared_of(x, y)
                if len(part) < CLAUSE_MIN_SHARED and not (
                        len(part) >= PARAPHRASE_MIN_SHARED
                        and (any(x[:1].isdigit() and len(x) > 2 and df[x] <= RARE_STEM_POSTINGS for x in part)
                             or part >= feats[x][4] or part >= feats[y][4])):
                    continue  # a clause is short: it must share more to say the same (or a rare figure)
                score = score_of(x, y, part, part_alias)
                if score is not None:
                    candidates.append((score, x, y))
        if candidates:
            found = [(score, clause_ref.get(x, x), clause_ref.get(y, y)) for score, x, y in candidates]
            outcomes[(k1, k2)] = found
    # in the order of the pairs (the same whatever was kept), a clause by its index here

    def index_of(x) -> int:
        return x if type(x) is int else clauses(x[0])[x[1]]

    candidates = [(score, index_of(x), index_of(y)) for key in sorted(outcomes) for score, x, y in outcomes[key]]
    # A clause link stands in for its sentences' link only when the rest of
    # the sentence says nothing the other side says: else the claim runs
    # through the whole sentence, which is linked whole.
    owner = {c: k for k, cs in clauses_of.items() for c in cs}
    if owner:
        whole_pairs = {(k1, k2) for _s, k1, k2 in candidates if k1 < n_sentences and k2 < n_sentences}

        def rest_shares(x: int, y: int) -> bool:
            # (a figure of the rest counts: "… and forced about 9,000
            # residents to leave" tells the other side's "9,000 evacuated")
            k = owner.get(x)
            if k is None:
                return False
            other = feats[owner.get(y, y)]
            return len((feats[k][4] - feats[x][4]) & other[4]) + len((feats[k][6] - feats[x][6]) & other[6]) \
                >= CLAUSE_REST_SHARED

        candidates = [(score, x, y) for score, x, y in candidates
                      if (x < n_sentences and y < n_sentences)
                      or (owner.get(x, x), owner.get(y, y)) not in whole_pairs
                      or not (rest_shares(x, y) or rest_shares(y, x))]
        # … and where it does stand in (the rest says nothing the other side
        # says: "…, and we will start work without delay" for "work will
        # begin without delay"), the whole sentences are not linked as well
        # (when the clause's link is the stronger)
        in_clause: dict[tuple[int, int], float] = {}
        for score, x, y in candidates:
            if not (x < n_sentences and y < n_sentences):
                key = (owner.get(x, x), owner.get(y, y))
                in_clause[key] = max(score, in_clause.get(key, 0.0))
        candidates = [c for c in candidates if c[0] >= in_clause.get((c[1], c[2]), 0.0)]
    linked = _best_links(candidates, feats)

    # a clause link adds nothing where the two whole sentences are linked
    def sentences(k1: int, k2: int) -> tuple[int, int, int, int]:
        (da, a0), (db, b0) = feats[k1][:2], feats[k2][:2]
        return da, docs[da].sentence[a0], db, docs[db].sentence[b0]

    whole = {sentences(k1, k2) for _s, k1, k2 in linked if k1 < n_sentences and k2 < n_sentences}
    whole |= {(c, d, a, b) for a, b, c, d in whole}
    linked = [(score, k1, k2) for score, k1, k2 in linked
              if (k1 < n_sentences and k2 < n_sentences) or sentences(k1, k2) not in whole]
    if plan.weak is not None:  # neighbours' scores kept by a memo (whole sentences: their inputs are a pair's)
        weak_score = _remembered(weak_score, plan.weak)
    linked += _between_anchors(docs, feats, n_sentences, headlines, lexical, linked, owner, shared_of, weak_score)
    if THROUGH_THIRD:
        linked += _through_third(docs, feats, n_sentences, headlines, lexical, linked, owner, shared_of, stem_rows,
                                 df, topic_df, weight, wsum, by_pair)
    if MERGED:
        linked += _merged_links(docs, feats, n_sentences, headlines, lexical, linked, owner, wsum, weight, df,
                                topic_df, score_of)
    if plan.done is not None:
        plan.done()
    return [
        Region(feats[k1][0], _after_dateline(docs[feats[k1][0]], feats[k1][1], feats[k1][2]), feats[k1][2],
               feats[k2][0], _after_dateline(docs[feats[k2][0]], feats[k2][1], feats[k2][2]), feats[k2][2],
               len(feats[k1][3] & feats[k2][3]), True, "paraphrase", round(score, 3))
        for score, k1, k2 in linked
    ]


# A wire dateline at the head of a lede: "HARLOW, Nov 6 (Northwire) —",
# "KESTREL ISLES (Island Press Agency) —", "BERLIN, March 3 —". It places the
# story, it is not the claim the other outlet tells again.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z](?:/[A-Z][A-Z .-]*)?"
                       r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{2,40}\)\s*)?[—–-]+\s+")


def _after_dateline(d: AlignDoc, t0: int, t1: int) -> int:
    """The first token of the span t0:t1 after a dateline opening it."""
    start = d.starts[t0]
    m = _DATELINE.match(d.source.text, start, min(len(d.source.text), start + 90))
    if not m:
        return t0
    k = bisect_left(d.starts, m.end(), t0, t1)
    return k if t1 - k >= MIN_STEMS else t0


def _whole_sentences(docs: list[AlignDoc], feats: list, n_sentences: int) -> dict[tuple[int, int], int]:
    """(source, sentence number) → the feature row of that whole sentence
    (rows past `n_sentences` are clauses and joined pairs, not sentences)."""
    whole_of: dict[tuple[int, int], int] = {}
    for k in range(n_sentences):
        f = feats[k]
        whole_of[(f[0], docs[f[0]].sentence[f[1]])] = k
    return whole_of


def _between_anchors(docs: list[AlignDoc], feats: list, n_sentences: int, headlines: set[int],
                     lexical: list[Region], linked: list, owner: dict[int, int],
                     shared_of, weak_score) -> list[tuple[float, int, int]]:
    """Paraphrase links next to pairs already shown as shared, in the same
    order on both sides. A rewrite keeps the original's order: when
    sentence i of one source is linked to sentence j of another, sentences
    i+1 and j+1 (or i-1 and j-1) are likely one claim told twice, so they
    need less shared wording (`weak_score`) than two sentences met anywhere.
    One step from a shown pair only (a new link is no anchor: chains of weak
    links drift), and a sentence that already has a partner in the other
    source gets no second one."""
    whole_of = _whole_sentences(docs, feats, n_sentences)
    anchors: list[tuple[int, int]] = []
    for _s, k1, k2 in linked:
        anchors.append((owner.get(k1, k1), owner.get(k2, k2)))
    for r in lexical:
        if r.a1 - r.a0 < NEIGHBOUR_MIN_LEXICAL:
            continue
        da, db = docs[r.a], docs[r.b]
        for ta, tb in ((r.a0, r.b0), (r.a1 - 1, r.b1 - 1)):
            ka, kb = whole_of.get((r.a, da.sentence[ta])), whole_of.get((r.b, db.sentence[tb]))
            if ka is not None and kb is not None:
                anchors.append((ka, kb))
    partnered = {(k, feats[other][0]) for x, y in anchors for k, other in ((x, y), (y, x))}
    first_anchors = list(anchors)
    out = []
    seen = set()
    while anchors:
        x, y = anchors.pop()
        for step in (-1, 1):
            nx, ny = x + step, y + step
            if not (0 <= nx < n_sentences and 0 <= ny < n_sentences) or (nx, ny) in seen:
                continue
            seen.add((nx, ny))
            dx, dy = feats[nx][0], feats[ny][0]
            if dx != feats[x][0] or dy != feats[y][0] or nx in headlines or ny in headlines \
                    or (nx, dy) in partnered or (ny, dx) in partnered:
                continue
            weak = weak_score(nx, ny)
            if weak is not None and weak[1] and weak[0] >= NEIGHBOUR_MIN_SCORE:
                out.append((weak[0], nx, ny))
                partnered |= {(nx, dy), (ny, dx)}
    if GAP_MAX:
        out += _gap_links(feats, first_anchors, headlines, partnered, weak_score)
    # A rewrite may also split a sentence in two ("64 homes were destroyed,
    # and a firefighter was treated for burns" / "… 64 houses. One
    # firefighter suffered burns."): a sentence next to a linked partner,
    # with no partner of its own, links to the same sentence when it says
    # what that sentence says beyond the partner's claim.
    pairs = [(owner.get(k1, k1), owner.get(k2, k2)) for _s, k1, k2 in linked] + [(x, y) for _s, x, y in out]
    for x, y in pairs + [(y, x) for x, y in pairs]:
        fx, fy = feats[x], feats[y]
        rest = fx[4] - fy[4]
        if len(rest) < 2:
            continue
        for z in (y - 1, y + 1):
            if not 0 <= z < n_sentences or feats[z][0] != fy[0] or z in headlines or (z, fx[0]) in partnered:
                continue
            fz = feats[z]
            shared = rest & fz[4]
            # (the other half tells no count or share that x lacks: "… while
            # tobacco duty goes up by 10%" is not the rest of "fuel duty will
            # go up by 3 cents")
            if len(shared) >= 2 and 2 * len(shared) >= max(len(fz[4]), len(rest)) \
                    and not any(_weighty(v) for v in fz[6] - fx[6]) \
                    and _same_claim(fx[5] - fy[5], fz[5], fx[6] - fy[6], fz[6], _NO_DF, math.inf):
                out.append((SPLIT_SCORE, x, z))
                partnered |= {(z, fx[0])}
    return out


def _gap_links(feats: list, anchors: list[tuple[int, int]], headlines: set[int], partnered: set,
               weak_score) -> list[tuple[float, int, int]]:
    """Paraphrase links inside the gap between two shown pairs that stand in
    the same order in both sources (story order: outlets tell one event in
    a similar order). The unlinked sentences of a small gap (GAP_MAX on
    each side) are candidates for each other, aligned in order (a small
    dynamic programme over the gap's pair scores, so no two links cross),
    and accepted from GAP_MIN_SCORE, below the bar of a pair met anywhere:
    the order vouches for them. The claim test of `weak_score` still holds
    (the same figures, no opposite predicate, no other occasion), and a pair
    shares two content words or figures, or a figure and one other stem.
    Anchors only bound gaps: a link found here bounds none."""
    by_pair: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for x, y in anchors:
        dx, dy = feats[x][0], feats[y][0]
        if dx == dy:
            continue
        by_pair[(dx, dy) if dx < dy else (dy, dx)].add((x, y) if dx < dy else (y, x))
    out = []
    for (dx, dy), pairs in sorted(by_pair.items()):
        chain = sorted(pairs)
        for (x1, y1), (x2, y2) in zip(chain, chain[1:]):
            if not (x1 < x2 and y1 < y2) or (x2 - x1 == 1 and y2 - y1 == 1):
                continue
            # a gap crossed by another anchor of this pair is no gap (reordered)
            if x2 - x1 - 1 > GAP_MAX or y2 - y1 - 1 > GAP_MAX \
                    or any(x1 < x < x2 or y1 < y < y2 for x, y in pairs if (x, y) not in ((x1, y1), (x2, y2))):
                continue
            xs = [x for x in range(x1 + 1, x2) if x not in headlines and (x, dy) not in partnered]
            ys = [y for y in range(y1 + 1, y2) if y not in headlines and (y, dx) not in partnered]
            if not xs or not ys:
                continue
            scores = {}
            for x in xs:
                for y in ys:
                    weak = weak_score(x, y)
                    if weak is not None and weak[0] >= GAP_MIN_SCORE:
                        scores[(x, y)] = weak[0]
            if not scores:
                continue
            # the best set of pairs in order: best[i][j] over xs[:i], ys[:j]
            best = [[(0.0, ())] * (len(ys) + 1) for _ in range(len(xs) + 1)]
            for i, x in enumerate(xs, 1):
                for j, y in enumerate(ys, 1):
                    cand = max(best[i - 1][j], best[i][j - 1], key=itemgetter(0))
                    if (x, y) in scores:
                        prev = best[i - 1][j - 1]
                        if prev[0] + scores[(x, y)] > cand[0]:
                            cand = (prev[0] + scores[(x, y)], prev[1] + ((x, y),))
                    best[i][j] = cand
            for x, y in best[len(xs)][len(ys)][1]:
                out.append((scores[(x, y)], x, y))
                partnered |= {(x, dy), (y, dx)}
    return out


def _claim_signature(shared: set, la: set, lb: set, ca: set, cb: set, na: set, nb: set,
                     df: dict[str, int], topic_df: float) -> bool:
    """Do the figures and the actor pin one claim down, whatever the words
    around them? Heavy rewording keeps a claim's figures and its actor and
    changes the rest ("prevented 84% of illnesses" / "cut the risk of disease
    by 84%"; "cut the rate from 25% to 23%" / "will pay 23% instead of 25%").
    Pinned: the figures agree (one side may give more) and either two
    counts, amounts or shares are shared (not years), or one that is rare in
    the story together with a shared name (not a role) and, beyond the
    story's topic, a shared predicate or two shared claim words. The other
    claim tests of `_same_claim` (opposites, a refusal, a role) still apply."""
    both = na & nb
    if not both or (na - nb and nb - na):
        return False
    # a year places a claim in time, it does not say what happened
    weighty = [x for x in both if _weighty(x) and not _YEAR.fullmatch(x)]
    if len(weighty) >= 2:
        return True
    if not any(df[x] <= RARE_STEM_POSTINGS for x in weighty):
        return False
    names = {x for x in shared - la - lb - _ROLE_STEMS if not x[:1].isdigit()}
    if not names:
        return False
    # what is said of the figure: a shared predicate of the lexicon's
    # classes, or two shared claim words (one may be the figure's own noun:
    # "31,000 travellers stuck" / "31,000 passengers on its busiest day")
    said = {x for x in ca & cb if df[x] < topic_df}
    return len(said) >= 2 or bool(said & _PREDICATES)


def _same_claim(ca: set, cb: set, na: set, nb: set, df: dict[str, int], topic_df: float,
                pinned: bool = False) -> bool:
    """Two sentences on one topic make the same claim only if they share
    what is said, not just who and where: enough of their claim words
    (leaving out the story's topic words, found in many sentences), and the
    same figures when both give figures (a vote count is not a concession).
    When only one gives figures, its figures are much of its claim, so the
    words must carry more of it."""
    # figures must agree: one side may give more of them, but when each
    # gives one the other lacks (9.6 million vs 58,687, both "within thirty
    # days") they report different facts
    if na and nb and (not na & nb or (na - nb and nb - na)):
        return False
    # a sentence that gives two counts or more (24,703 for, 17,597 against)
    # is about those counts: one that gives no figure at all tells another fact
    if not (na and nb) and sum(1 for x in na or nb if x.isdigit() and len(x) > 2) >= 2:
        return False
    # opposite words ("rose" / "fell", "won" / "lost") on the two sides: two
    # facts, also when one side names both ("released a man arrested over
    # an earlier attack" is not "arrested a man")
    if _OPPOSITE_WORDS.intersection(ca) and _OPPOSITE_WORDS.intersection(cb):  # (most pairs: neither)
        for x, y in _OPPOSITES:
            if (x in ca and y in cb and y not in ca) or (y in ca and x in cb and x not in ca) \
                    or (x in cb and y in ca and y not in cb) or (y in cb and x in ca and x not in cb):
                return False
    # a refusal on one side only turns the claim around ("refused to resign")
    if _POLARITY.intersection(ca) != _POLARITY.intersection(cb):
        return False
    ago_a, ago_b = _AGO in ca, _AGO in cb
    if ago_a or ago_b:
        ca, cb = ca - {_AGO}, cb - {_AGO}
    # a claim placed in a named time on one side only ("were also called to
    # the river in March", "raised fares by 4% in January", "won a stage
    # … last year") may be another occasion of the same kind of fact: the
    # figures and actor no longer pin it, most of the words must agree
    when_a, when_b = _WHEN in ca, _WHEN in cb
    due_a, due_b = _DUE in ca, _DUE in cb
    other_time = ((when_a and not (when_b or due_b)) or (when_b and not (when_a or due_a))) \
        and not (ago_a or ago_b)
    if when_a or when_b or due_a or due_b:
        ca, cb = ca - {_WHEN, _DUE}, cb - {_WHEN, _DUE}
        if other_time:
            # … and where it gives no figure, a figure of the other side is a
            # fact of its own: each side tells what the other lacks (a time;
            # "two cars")
            if (na and not nb) if when_b else (nb and not na):
                return False
            pinned = False
    # a person's role shared ("chief executive") names the actor, it says
    # nothing of what they did: "X became chief executive in 2021" is not
    # "X, the chief executive, said …"
    # (a shared year places both, it says nothing of what happened either:
    # "X became chief executive in 2024" is not "X … said the company had
    # tightened its rules in 2024")
    if ca & cb and ca & cb <= _ROLE_STEMS and not any(not _YEAR.fullmatch(x) for x in na & nb):
        return False
    if pinned:  # figures and actor agree (`_claim_signature`): the wording may all differ
        return True
    ca = {s for s in ca if df[s] < topic_df}
    cb = {s for s in cb if df[s] < topic_df}
    if not ca or not cb:
        return bool(na & nb)
    # two shared counts or amounts (2,300 staff, 410 services) pin the claim
    # down on their own: the words around them may all differ
    if sum(1 for x in na & nb if _weighty(x)) >= 2:
        return True
    # a small bare number ("48 hours", "3 days") is a circumstance the other
    # side may write in words; a count, amount or share is the claim itself
    # a compound ("19th-century", "two-day") describes, it does not count
    weighty_a = any(_weighty(x) for x in na)
    weighty_b = any(_weighty(x) for x in nb)
    need = PREDICATE_MIN_SHARE_ONE_SIDED if weighty_a != weighty_b and not (na and nb) else PREDICATE_MIN_SHARE
    # a year on one side only ("in a 2019 outbreak") places the claim in
    # another time than the other side's: most of the words must agree
    # (not against a time told relative to now: "in 2023" / "two years ago")
    if not (na and nb) and not (ago_b if na else ago_a) and any(_YEAR.fullmatch(x) for x in na or nb):
        need = PREDICATE_MIN_SHARE_YEAR
    if other_time:
        need = max(need, PREDICATE_MIN_SHARE_YEAR)
    return len(ca & cb) >= need * min(len(ca), len(cb))


def _one_run(stems_of: list, t0: int, t1: int, shared: set) -> bool:
    """The shared stems stand next to each other among the content words of
    tokens t0:t1 (only words without content between them)."""
    at = [i for i in range(t0, t1) if stems_of[i] in shared]
    # a content word between the first and the last shared one breaks the run
    return bool(at) and all(stems_of[i] is None or stems_of[i] in shared for i in range(at[0], at[-1] + 1))


def _predicate_of_people(content_shared: set, shared: set, ca: set, cb: set) -> bool:
    """One shared verb of a synonym class (`PREDICATE_CLASSES`) in both claims, and
    two names or more shared beside it (a person's first and last name, or
    two actors)."""
    (word,) = content_shared
    return word in _PREDICATES and word in ca and word in cb \
        and len(shared - _ROLE_STEMS) - 1 >= 2


def _weighty(figure: str) -> bool:
    """A count, amount or share (2,300, 1.4bn, 27%), not a small bare number
    (48 hours) nor a compound that describes (19th-century, 48-hour)."""
    if "-" in figure and not figure.replace("-", "").isdigit():
        return False
    if figure[-1].isalpha() and (m := _LOOSE.fullmatch(figure)) and m.group(2) in _UNIT_TAGS:
        return False  # a measure (8km, 80km/h) places the claim: a reprint may drop it
    return len(figure) > 2 or figure.endswith("%")


def shared_stem_masks(feats, df) -> tuple[list[int], list[bool]]:
    """Each sentence's stems found in two sentences or more (the only ones
    two can share) as one bit each of an int, and whether it gives figures:
    the count of stems two sentences share is then a popcount, taken
    without making the set. The commonest stems are on the lowest bits
    (short ints: an `&` costs the shorter's length)."""
    sharable = sorted((s for s, c in df.items() if c > 1), key=df.__getitem__, reverse=True)
    bit = {s: 1 << i for i, s in enumerate(sharable)}
    return [sum(map(bit.__getitem__, f[3] & bit.keys())) for f in feats], [bool(f[6]) for f in feats]


def _candidate_sentence_pairs(feats, df: dict[str, int], total: int,
                              masks: tuple[list[int], list[bool]] | None = None) -> set[int]:
    """Sentence pairs (k1 * total + k2) worth scoring, by prefix filtering:
    each sentence is indexed under its few rarest stems only, so two
    sentences that share much of their content almost surely meet under one
    of them, while the posting lists stay short and the work near-linear.
    A posting list that is still long links each sentence to the next few.
    `total` is the number the keys are made with; `masks`, the
    `shared_stem_masks` of `feats` and `df` if made already.

    Of the pairs met so, only those that share enough stems to be scored
    are kept (`shared_stem_masks`): PARAPHRASE_MIN_SHARED, or one fewer
    when both give figures (a figure written differently on each side may
    be the missing shared word) — the test `paraphrase_links` makes first,
    made here before a pair is stored (most pairs met under one stem share
    that stem only)."""
    masks, figures = masks or shared_stem_masks(feats, df)
    need = PARAPHRASE_MIN_SHARED  # … less one when both sentences give figures
    # every stem's place in the order (rarest first, then by spelling), once:
    # each sentence's stems are then sorted by a plain look-up
    rank = {s: r for r, (_c, s) in enumerate(sorted(zip(df.values(), df.keys())))}
    postings: dict[str, list[int]] = defaultdict(list)
    rare: dict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        if len(f[3]) < CANDIDATE_MIN_STEMS:
            continue  # a short sentence is met only next to a shown pair (`_between_anchors`)
        # a stem found in this sentence only can never be shared: skip it
        ordered = sorted((s for s in f[3] if df[s] > 1), key=rank.__getitem__)
        for s in ordered[:PREFIX_STEMS]:
            postings[s].append(k)
        for s in ordered:  # (rarest first: the rare stems open the order)
            if df[s] > RARE_STEM_POSTINGS:
                break
            rare[s].append(k)
    doc_of = [f[0] for f in feats]
    pairs: set[int] = set()

    def pair(ks: list[int], stop: int | None, rare_bits: int = -1) -> None:
        """Each sentence of `ks` with the later ones (up to `stop` places
        after it; None: all), in other documents, that share enough stems
        (and, with `rare_bits`, two stems of those bits: never with a `stop`)."""
        rare_need = 2 if rare_bits >= 0 else 0
        # (most rare stems' lists are short: a plain loop costs less than building lists)
        if stop is None and len(ks) <= SHORT_LIST:
            for x, k1 in enumerate(ks):
                m1, d1, f1, base = masks[k1], doc_of[k1], figures[k1], k1 * total
                for k2 in ks[x + 1:]:
                    if doc_of[k2] != d1 and ((m := m1 & masks[k2]) & rare_bits).bit_count() >= rare_need \
                            and m.bit_count() + (f1 and figures[k2]) >= need:
                        pairs.add(base + k2)
            return
        ms, ds, fs = [masks[k] for k in ks], [doc_of[k] for k in ks], [figures[k] for k in ks]
        if stop is not None:  # (the pairs j places apart, for each j: a few passes over a long list)
            for j in range(1, stop + 1):
                pairs.update([k1 * total + k2 for k1, k2, m1, m2, d1, d2, f1, f2
                              in zip(ks, ks[j:], ms, ms[j:], ds, ds[j:], fs, fs[j:])
                              if (m1 & m2).bit_count() + (f1 and f2) >= need and d1 != d2])
            return
        for x, k1 in enumerate(ks):
            m1, d1, base, f1 = ms[x], ds[x], k1 * total, fs[x]
            rest = zip(ks[x + 1:], ms[x + 1:], ds[x + 1:], fs[x + 1:])
            if rare_bits >= 0:
                pairs.update([base + k2 for k2, m2, d2, f2 in rest
                              if d2 != d1 and ((m := m1 & m2) & rare_bits).bit_count() >= 2
                              and m.bit_count() + (f1 and f2) >= need])
            elif f1:
                pairs.update([base + k2 for k2, m2, d2, f2 in rest if (m1 & m2).bit_count() + f2 >= need and d2 != d1])
            else:
                pairs.update([base + k2 for k2, m2, d2, _f in rest if (m1 & m2).bit_count() >= need and d2 != d1])

    # Rare stems (in a handful of sentences) pair every sentence holding them;
    # two such stems in common make a candidate even outside the prefixes.
    # (the rare stems are the masks' highest bits: the commonest are lowest)
    n_common = sum(1 for c in df.values() if c > RARE_STEM_POSTINGS)
    n_rare = sum(1 for c in df.values() if 1 < c <= RARE_STEM_POSTINGS)
    rare_bits = ((1 << n_rare) - 1) << n_common
    for ks in rare.values():
        pair(ks, None, rare_bits)
    for ks in postings.values():
        # a long list links each sentence to the next few only
        pair(ks, None if len(ks) <= DENSE_STEM_POSTINGS else CHAIN_PARTNERS)
    return pairs


def _best_links(candidates, feats, owner: dict[int, int] | None = None):
    """Keep a sentence pair if each is the other's best match in its source,
    or if the link is strong and the best for one side: a rewrite may merge
    two sentences into one, but weak second-best links are what chain
    unrelated sentences together. `owner` maps a clause to its sentence:
    the best partner being a clause of the other sentence counts as it."""
    owner = owner or {}
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for score, k1, k2 in candidates:
        for k, other in ((k1, k2), (k2, k1)):
            key = (k, feats[other][0])
            if key not in best or score > best[key][0]:
                best[key] = (score, other)
    out = []
    for score, k1, k2 in candidates:
        b1 = best[(k1, feats[k2][0])][1]
        b2 = best[(k2, feats[k1][0])][1]
        best_for_1 = b1 == k2 or owner.get(b1, b1) == k2
        best_for_2 = b2 == k1 or owner.get(b2, b2) == k1
        if (best_for_1 and best_for_2) or (score >= PARAPHRASE_STRONG and (best_for_1 or best_for_2)):
            out.append((score, k1, k2))
    return out


THROUGH_THIRD = True  # links through a third source (`_through_third`); a switch to measure them
THIRD_HUB_COVER = 0.6  # each link covers this share of the third source's sentence (`_through_third`)
THIRD_HUB_OVERLAP = 0.6  # … and the two links' sides there overlap by this share of the shorter
THIRD_MIN_SCORE = 0.1  # the direct pair's own score from which shared wording alone is the weak check
THIRD_SIZE_RATIO = 0.4  # the smaller side has at least this share of the larger's content stems


def _through_third(docs: list[AlignDoc], feats: list, n_sentences: int, headlines: set[int],
                   lexical: list[Region], linked: list, owner: dict[int, int], shared_of, stem_rows: dict,
                   df: dict[str, int], topic_df: float, weight: dict[str, float], wsum: list,
                   by_pair) -> list[tuple[float, int, int]]:
    """Paraphrase links through a third source. Outlets that rewrite one
    wire each reword it their own way: A's sentence and C's sentence may
    both tell the same sentence of B (a copy or a paraphrase of it) while
    sharing too few words with each other to be linked directly. When the
    links A–B and C–B each cover most of one sentence of B, and their sides
    there overlap largely, A's side and C's side are linked if the direct
    pair passes a weak check of its own: a shared name or figure, or some
    shared wording (THIRD_MIN_SCORE); and no clash the claim rules read
    (other figures, an opposite, a refusal, another time: `_same_claim`).
    One step only (a link made here is no hub), the links' own sides only
    (a short side is not stretched onto a long sentence, and the two sides
    are of comparable size), and a sentence that already has a partner in
    the other source gets no second one."""
    whole_of = _whole_sentences(docs, feats, n_sentences)
    at_hub: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # hub sentence → (side, hub span)
    partnered: set[tuple[int, int]] = set()  # (sentence, other source)

    def hub_side(x: int, hub: int, h0: int, h1: int) -> None:
        partnered.add((owner.get(x, x), feats[hub][0]))
        f = feats[hub]
        if (h1 - h0) >= THIRD_HUB_COVER * (f[2] - f[1]):
            at_hub[hub].append((x, h0, h1))

    for _s, k1, k2 in linked:
        for x, y in ((k1, k2), (k2, k1)):
            hub_side(x, owner.get(y, y), feats[y][1], feats[y][2])
    for r in lexical:
        da, db = docs[r.a], docs[r.b]
        for s in range(da.sentence[r.a0], da.sentence[r.a1 - 1] + 1):
            ka = whole_of.get((r.a, s))
            if ka is None:
                continue
            fa = feats[ka]
            a0, a1 = max(fa[1], r.a0), min(fa[2], r.a1)
            if a1 <= a0:
                continue
            # the sentence of b facing the middle of a's covered part (a
            # lexical match is a copy: positions run alike on both sides)
            tb = min(r.b1 - 1, r.b0 + ((a0 + a1) // 2 - r.a0))
            kb = whole_of.get((r.b, db.sentence[tb]))
            if kb is None:
                continue
            fb = feats[kb]
            b0, b1 = max(fb[1], r.b0), min(fb[2], r.b1)
            if b1 <= b0 or (a1 - a0) < THIRD_HUB_COVER * (fa[2] - fa[1]) \
                    or (b1 - b0) < THIRD_HUB_COVER * (fb[2] - fb[1]):
                continue
            # (a copy covers its own sentence too: its side is the whole sentence)
            hub_side(ka, kb, b0, b1)
            hub_side(kb, ka, a0, a1)
    found: dict[tuple[int, int], float] = {}
    for hub, sides in at_hub.items():
        if hub in headlines:
            continue
        for i, (x, x0, x1) in enumerate(sides):
            for z, z0, z1 in sides[i + 1:]:
                dx, dz = feats[x][0], feats[z][0]
                if dx == dz or owner.get(x, x) in headlines or owner.get(z, z) in headlines \
                        or min(x1, z1) - max(x0, z0) < THIRD_HUB_OVERLAP * min(x1 - x0, z1 - z0):
                    continue
                if (x, z) in found or (z, x) in found:
                    continue
                fx, fz = feats[x], feats[z]
                if min(len(fx[3]), len(fz[3])) < THIRD_SIZE_RATIO * max(len(fx[3]), len(fz[3])):
                    continue
                shared, alias = shared_of(x, z)
                # (one shared count or amount alone is a claim's figure: "worth
                # 410 million euros" / "cost 410 million euros")
                if len(shared) < 2 and not any(_weighty(v) for v in shared if v[:1].isdigit()):
                    continue
                nz = {alias.get(v, v) for v in fz[6]} if alias else fz[6]
                figures = {s for s in shared if s[:1].isdigit()}
                names = shared - fx[4] - fz[4] - figures - fx[5] - fz[5]
                score = 2 * sum(weight[s] for s in shared) / (wsum[x] + wsum[z])
                if not (figures or names or score >= THIRD_MIN_SCORE):
                    continue
                if not _same_claim(fx[5], fz[5], fx[6], nz, df, topic_df, pinned=True):
                    continue
                # a name on one side that neither the other side nor the
                # third source's sentence gives: that side tells of someone
                # else ("the neighbouring Selby board still expects …")
                if _names_beyond(docs, stem_rows, fx, shared | feats[hub][3]) \
                        or _names_beyond(docs, stem_rows, fz, shared | feats[hub][3]):
                    continue
                cov_a, cov_b = _covered(by_pair, docs[dx].sentence[fx[1]], dx, fx[1], fx[2], dz, fz[1], fz[2])
                if min(cov_a, cov_b) >= 0.5 or max(cov_a, cov_b) >= 0.8:
                    continue
                found[(x, z)] = score
    out = []
    for (x, z), score in sorted(found.items(), key=lambda item: -item[1]):
        dx, dz = feats[x][0], feats[z][0]
        if (owner.get(x, x), dz) in partnered or (owner.get(z, z), dx) in partnered:
            continue
        out.append((score, x, z))
        partnered |= {(owner.get(x, x), dz), (owner.get(z, z), dx)}
    return out


def _names_beyond(docs: list[AlignDoc], stem_rows: dict, f: tuple, told: set) -> bool:
    """Does the span of features `f` name someone (a capitalised content
    word, not its first word nor a dateline's) that `told` lacks? (An actor
    named by reference, "the board", is not read: it is no word of the span.)"""
    d, t0, t1 = f[0], f[1], f[2]
    stems_of, lowers = stem_rows[d], docs[d].lower
    for i in range(_after_dateline(docs[d], t0, t1) + 1, t1):
        v = stems_of[i]
        if v is not None and not lowers[i] and not v[:1].isdigit() and v not in told:
            return True
    return False


MERGED = True  # one sentence against two adjacent sentences of another source (`_merged_links`)
MERGED_HALF_SHARED = 2  # stems each of the two sentences shares with the one (and the other does not)
MERGED_COVER = 0.5  # … the share of the one sentence's stems they share together
MERGED_HALF_SHARE = 0.4  # … and the share of each half's own stems it shares with the one


def _merged_links(docs: list[AlignDoc], feats: list, n_sentences: int, headlines: set[int],
                  lexical: list[Region], linked: list, owner: dict[int, int], wsum: list,
                  weight: dict[str, float], df: dict[str, int], topic_df: float, score_of
                  ) -> list[tuple[float, int, int]]:
    """One sentence against two adjacent sentences of another source: an
    outlet splits a long sentence in two, or joins two into one, and
    neither half alone shares enough with the whole to be linked. For a
    sentence with no partner in the other source, the two sentences next to
    each other there (both without a partner in the first source), each
    sharing MERGED_HALF_SHARED stems with it, are scored as one (their
    features joined) by the bar of any pair (`score_of`). Candidates are met
    through the rare stems (RARE_STEM_POSTINGS) only, so the cost stays that
    of a few postings per sentence."""
    partnered: set[tuple[int, int]] = set()
    for _s, k1, k2 in linked:
        for x, y in ((k1, k2), (k2, k1)):
            partnered.add((owner.get(x, x), feats[y][0]))
    whole_of = _whole_sentences(docs, feats, n_sentences)
    for r in lexical:
        for d, t0, t1, other in ((r.a, r.a0, r.a1, r.b), (r.b, r.b0, r.b1, r.a)):
            sent = docs[d].sentence
            for s in range(sent[t0], sent[t1 - 1] + 1):
                k = whole_of.get((d, s))
                if k is not None and 2 * (min(t1, feats[k][2]) - max(t0, feats[k][1])) >= feats[k][2] - feats[k][1]:
                    partnered.add((k, other))
    postings: dict[str, list[int]] = defaultdict(list)
    for k in range(n_sentences):
        if k not in headlines:
            for s in feats[k][3]:
                if df[s] <= RARE_STEM_POSTINGS:
                    postings[s].append(k)
    busy: dict[int, set[int]] = defaultdict(set)  # sentence → the sources it has a partner in
    for k, other in partnered:
        busy[k].add(other)
    doc_of = [feats[k][0] for k in range(n_sentences)]
    found: list[tuple[float, int, int]] = []
    for x in range(n_sentences):
        fx = feats[x]
        if x in headlines or len(fx[3]) < 2 * MERGED_HALF_SHARED:
            continue  # (each half must share stems with x that the other does not)
        dx, bx = fx[0], busy.get(x, ())
        # the sentences of other sources free of x's source (a candidate
        # half; its neighbour is the other half, on either side)
        near = {y for s in fx[3] for y in postings.get(s, ())
                if doc_of[y] != dx and doc_of[y] not in bx and dx not in busy.get(y, ())}
        # what each candidate half shares with x, where it can be a half at
        # all: a half that mostly tells other things is a claim of its own
        # (each sentence is a half of two pairs: its share is found once)
        fx3 = fx[3]
        shares = {c: common for c in near | {y - 1 for y in near} | {y + 1 for y in near}
                  if 0 <= c < n_sentences and doc_of[c] != dx and c not in headlines
                  and len(common := fx3 & feats[c][3]) >= MERGED_HALF_SHARED
                  and len(common) >= MERGED_HALF_SHARE * len(feats[c][3]) and dx not in busy.get(c, ())}
        for y in sorted(shares):
            z = y + 1
            if z not in shares or doc_of[y] != doc_of[z] or (y not in near and z not in near):
                continue
            # each half tells a part of x the other half does not (a split:
            # two claims of one sentence, one in each), and together they
            # tell most of x
            in_y, in_z = shares[y], shares[z]
            if len(in_y - in_z) < MERGED_HALF_SHARED or len(in_z - in_y) < MERGED_HALF_SHARED \
                    or len(in_y | in_z) < MERGED_COVER * len(fx3):
                continue
            fy, fz = feats[y], feats[z]
            # … and neither half tells a fact of its own: a figure x lacks
            # ("will cost … around 14 million a year"), or what the claim
            # rules read as another claim (an opposite, another time)
            if any(f[6] - fx[6] or not _same_claim(fx[5], f[5], fx[6], f[6], df, topic_df, pinned=True)
                   for f in (fy, fz)):
                continue
            joined = (fy[0], fy[1], fz[2], fy[3] | fz[3], fy[4] | fz[4], fy[5] | fz[5], fy[6] | fz[6], fy[7] | fz[7])
            feats.append(joined)
            wsum.append(sum(weight[v] for v in joined[3]))
            j = len(feats) - 1
            shared = fx[3] & joined[3]
            score = score_of(x, j, shared) if len(shared) >= PARAPHRASE_MIN_SHARED else None
            if score is not None:
                found.append((score, x, j))
    out = []
    for score, x, j in sorted(found, reverse=True):
        dx, dj = feats[x][0], feats[j][0]
        y = whole_of[(dj, docs[dj].sentence[feats[j][1]])]
        z = whole_of[(dj, docs[dj].sentence[feats[j][2] - 1])]
        if (x, dj) in partnered or (y, dx) in partnered or (z, dx) in partnered:
            continue
        out.append((score, x, j))
        partnered |= {(x, dj), (y, dx), (z, dx)}
    return out
