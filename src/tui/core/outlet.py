"""Which of the names a page gives its publisher is its outlet.

`metadata` reads the page's explicit statements (a copyright line, a byline,
a "Headline | Site" suffix, a dateline credit, a masthead …). A site also
leaves its name all over its furniture in shapes no list of statements
foresees: a cookie banner ("X and our partners use cookies"), a footer menu
("X · Contact us · Privacy"), a logo's text, an author's note ("… reports on
farming for the X"), a prompt ("Never miss a story from X"). This module
finds those site-shaped names and weighs every candidate:

- each kind of evidence has a weight (`WEIGHTS`): an explicit statement 3,
  a site-shaped name anywhere in the furniture 2;
- a name the page gives in several independent places (distinct furniture
  lines, the headline, the site's address) gains a point for each further
  place, up to two: one shape may mislead, three places seldom do;
- a shorter name the page gives on its own inherits a longer form's weight
  when the longer only adds a desk word ("Tarnside FM News" in the menu,
  "Tarnside FM" in the app prompt: the site is "Tarnside FM");
- a site-shaped name in the furniture that the article's own sentences name
  is one of the story's actors ("The Westbury Clarion will print its final
  edition"), not the publisher; a name introduced as another outlet ("first
  appeared in", "previously worked at", "our partners at") is skipped;
- a wire agency and a corporate owner stand only when no other name does
  (an aggregator or a local paper runs agency copy; a copyright line may
  name the owning group);
- nothing scores below `MIN_SCORE`: "none" is better than a guess.

No name of any site is known here; only the shape of a site's name (a
capitalised run ending in a newspaper or broadcaster noun, `pages.
SITE_NAME_NOUNS`) and the shape of the furniture that carries it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import pages
from .lexicon.syndication import is_wire_agency, outlet_key
from .text import norm_word

#: Evidence kinds other than the explicit statements (which weigh `STATEMENT_WEIGHT`).
WEIGHTS = {
    "site name in the furniture": 2,
    "site name at the page's edge": 2,
    "site name after the article": 1,
    "self-reference": 2,
    "source line": 2,
    "e-mail address": 2,
}
STATEMENT_WEIGHT = 3
MAX_PLACES_BONUS = 2
MIN_SCORE = 2
FURNITURE_NAME = "site name in the furniture"
EDGE_NAME = "site name at the page's edge"
AFTER_NAME = "site name after the article"


@dataclass(frozen=True)
class Candidate:
    name: str
    evidence: str
    order: int  # position in the evidence stream: earlier is stronger on a tie


@dataclass(frozen=True)
class Choice:
    name: str
    evidence: str


# --- site-shaped names in a line ---------------------------------------------------------

#: Where a name cannot run on: separators of menus, taglines and clauses.
_SEGMENT = re.compile(r"\s+[-–—]\s+|[|·•∙:;,!?()\[\]/>›»\"“”]|\.(?:\s|$)|\s{2,}|\t")
_WORD = re.compile(r"\S+")
#: Small words inside a name ("Journal des Trois Vallées", "Voice of the Dales").
_JOINERS = frozenset("of the and & de des du la le di del della der von am an im van y et".split())
_THE = frozenset(("the", "The"))
#: A one-word name: a call sign ("WTRQ-TV") or a place joined to its noun ("Obertal-Zeitung"), not "E-mail".
_ONE_WORD_SITE = re.compile(r"[A-Z]{3,5}-(?:TV|FM|AM|DT)|[A-Z][^\W\d_]{2,}-[A-Z][^\W\d_]+")
#: Words before a name in furniture: page actions ("Logo of", "Email the …", "Veröffentlicht von").
_LEAD_WORDS = pages.NAME_LEAD_WORDS | pages.PROMPT_VERBS
_CALL_SIGN = re.compile(r"[KWC][A-Z]{2,3}")
_BROADCAST_WORDS = frozenset("channel tv fm am radio news".split())
_CHANNEL_AFTER = re.compile(r"\s+\d{1,3}(?:\.\d)?\b")
#: A station's name before a frequency: capitalised words, not a desk ("News 102.4").
_STATION_NAME = re.compile(r"(?:The\s+)?(?!(?:News|Radio|Sport|Weather|Traffic)\b)[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}")
_DESK_WORDS = pages.SECTION_WORDS | pages.NAVIGATION_WORDS | pages.DESK_QUALIFIERS
#: Words that may follow a site's name in the same capitalised run: a desk, a
#: menu item, what a prompt offers ("the X RSS feed", "the X App").
_AFTER_NAME = _DESK_WORDS | pages.PROMPT_OBJECTS | frozenset(("rss", "feed", "feeds"))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() and any(c.isalpha() for c in word)


def _head_noun(word: str) -> str:
    """"Lahntal-Zeitung" → "zeitung", "WTRQ-TV" → "tv": the part that says what kind of thing it is."""
    return norm_word(word.rsplit("-", 1)[-1].strip(".'’®™©"))


def site_names(text: str) -> Iterable[tuple[int, str]]:
    """(offset, name) of every site-shaped name in a line of furniture: a
    run of capitalised words ending in a site noun ("Kelderby Star", "The
    Fernhill Mercury", "Tarnside FM"), or starting with one after an article
    ("Le Journal des Trois Vallées"). Words of page actions before it
    ("Logo of", "Veröffentlicht von") are not part of it."""
    if text.isupper():
        text = text.title()  # "THE MARSHFIELD ENQUIRER" (same length: offsets hold)
    start = 0
    for sep in [*_SEGMENT.finditer(text), None]:
        end = sep.start() if sep else len(text)
        yield from _names_in_segment(text, start, end)
        if sep:
            start = sep.end()


def _names_in_segment(text: str, start: int, end: int) -> Iterable[tuple[int, str]]:
    segment = text[start:end]
    if (m := pages.STATION_FREQUENCY.match(segment)) and _STATION_NAME.fullmatch(m.group("name")):
        yield start + m.start("name"), m.group("name")  # "Ferryside Sound 102.4"
        return
    run: list[re.Match] = []
    for m in [*_WORD.finditer(text, start, end), None]:
        word = m.group() if m else ""
        if m and (_capitalised(word) or run and word in _JOINERS):
            run.append(m)
            continue
        if run:
            found = _name_of_run(text, run) or _cued_name(text, run)
            if found:
                yield found
        run = []


_POSSESSIVE = re.compile(r"['’]s?$")


def _name_of_run(text: str, run: list[re.Match]) -> tuple[int, str] | None:
    # the owner of a possessive ends the name: "Westridge Radio's breakfast show"
    ends = next((i + 1 for i, m in enumerate(run) if _POSSESSIVE.search(m.group())), len(run))
    run = run[:ends]
    words = [_POSSESSIVE.sub("", m.group()).rstrip("®™©") for m in run]
    lo = 0
    # page actions before the name ("Logo of", "Veröffentlicht von", "About"), not "The"
    while lo < len(words) and (norm_word(words[lo]) in _LEAD_WORDS
                               and words[lo + 1:lo + 2] not in (["&"], ["and"])  # "Print & Pack Weekly": a name's word
                               or words[lo] in _JOINERS and words[lo] != "The"):
        lo += 1
    # a capitalised "The" inside the run starts the name ("Friend of The Tollbridge Voice")
    lo = next((i for i in range(max(lo, 1), len(words)) if words[i] == "The"), lo)
    hi = len(words)
    while hi > lo and words[hi - 1] in _JOINERS:
        hi -= 1
    words = words[lo:hi]
    if not words:
        return None
    first = 1 if words[0] in _THE else 0
    # a call sign alone, before its channel number: "WKNB 4 News"
    if len(words) == 1 and _CALL_SIGN.fullmatch(words[0]) and _CHANNEL_AFTER.match(text, run[-1].end()):
        return run[lo].start(), words[0]
    # a broadcaster's call sign before its channel or band: "KTLV Channel 5", "CKRV 98.1"
    if first == 0 and len(words) >= 2 and _CALL_SIGN.fullmatch(words[0]) \
            and (norm_word(words[1]) in _BROADCAST_WORDS or words[1][:1].isdigit()):
        return run[lo].start(), words[0]
    if len(words) - first >= 2 and norm_word(words[first]) in pages.NOUN_FIRST_ARTICLES \
            and _head_noun(words[first + 1]) in pages.SITE_NAME_NOUNS:
        last = len(words)  # "Le Journal des Trois Vallées": the noun first, the name runs on
    else:
        last = next((i + 1 for i in range(len(words) - 1, first - 1, -1)
                     if _head_noun(words[i]) in pages.SITE_NAME_NOUNS), 0)
        # the noun alone is a desk or a word ("News", "The Post"); a hyphenated one names itself ("WTRQ-TV")
        if last - first < 2 and not (last - first == 1 and _ONE_WORD_SITE.fullmatch(words[first])):
            return None
        # the noun heads the name only at its end: "Pickering Star Gazers" is a club
        if any(norm_word(w) not in _AFTER_NAME and w not in _JOINERS for w in words[last:]):
            return None
    name_words = words[:last]
    if not 1 <= len(name_words) - first <= 6:
        return None
    if all(w in _JOINERS or norm_word(w) in _DESK_WORDS or _head_noun(w) in pages.SITE_NAME_NOUNS
           and "-" not in w for w in name_words[first:]):
        return None  # "Local News", "Weekly Review", "Daily News": a desk or a label, not a site
    offset = run[lo].start()
    return offset, " ".join(name_words)


def _cued_name(text: str, run: list[re.Match]) -> tuple[int, str] | None:
    """A name of any shape right after words that make it the site's
    (`pages.SITE_CUE`): "… print edition of The Islesman". One to four
    capitalised words, "The" or a capital first (not "our")."""
    words = [_POSSESSIVE.sub("", m.group()) for m in run]
    if not 1 <= len(words) <= 4 or not pages.SITE_CUE.search(text, max(0, run[0].start() - 40), run[0].start()):
        return None
    if norm_word(words[0]) in _LEAD_WORDS or words[-1] in _JOINERS:
        return None
    return run[0].start(), " ".join(words)


def is_site_shaped(name: str) -> bool:
    """Whether the whole of `name` reads as a site's name ("Tarnside FM", not "Court" or "Rachel Okafor")."""
    return any(at == 0 and found == name for at, found in site_names(name))


def named_as_other_outlet(text: str, at: int) -> bool:
    """Whether the words before `at` introduce another outlet ("first
    appeared in", "previously worked at", "our partners at")."""
    return bool(pages.OTHER_OUTLET_CUE.search(text, max(0, at - 45), at))


def author_outlet(text: str) -> str | None:
    """The outlet an author's note says the author works for."""
    m = pages.AUTHOR_OUTLET.search(text)
    if not m:
        return None
    rest = text[m.end():]
    for at, name in site_names(rest):
        if at <= 4:  # right after "for", perhaps after "the"
            return name
    # a credit line ends in the name, whatever its last word: "… for Radio Slaney West"
    if m.start() == 0 or not text[:m.start()].strip(" \t-–—*•"):
        run = _CREDIT_TAIL.fullmatch(rest.strip().rstrip("."))
        if run and any(w.lower() in pages.SITE_NAME_NOUNS for w in run.group().split()):
            return run.group()
    return None


#: The whole rest of a credit line as a name: two to five capitalised words, "The" first or not.
_CREDIT_TAIL = re.compile(r"(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4}")


# --- the vote -------------------------------------------------------------------------

def _key(name: str) -> str:
    return outlet_key(name)


def _mentions(name: str, texts: list[str]) -> int:
    """In how many of `texts` the name stands (whole words, any case, with or without "The")."""
    core = re.sub(r"^the\s+", "", name.strip(), flags=re.I).casefold()
    if not core:
        return 0
    return sum(1 for t in texts if _has_words(t.casefold(), core))


def _has_words(text: str, words: str) -> bool:
    """`words` in `text` between non-word characters (a plain search: no pattern to compile per name)."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            return True
        at = text.find(words, at + 1)
    return False


def _domain_names(domains: list[str], name: str) -> bool:
    """"quaytonherald.co.uk" names "Quayton Herald" (a name of several
    words: a one-word name the same as the address is the address itself)."""
    if " " not in _key(name):
        return False
    squashed = re.sub(r"[^a-z0-9]", "", _key(name))
    return bool(squashed) and any(d.split(".")[0].replace("-", "") == squashed for d in domains)


def _desk_extension(longer: str, shorter: str) -> bool:
    """"Tarnside FM News" is "Tarnside FM" plus a desk word."""
    lk, sk = _key(longer), _key(shorter)
    if not lk.startswith(sk + " "):
        return False
    extra = lk[len(sk):].split()
    return all(w in pages.SECTION_WORDS or w in pages.MASTHEAD_NOUNS or w in pages.DESK_QUALIFIERS for w in extra)


def choose(candidates: list[Candidate], furniture_texts: list[str], domains: list[str],
           is_corporate) -> Choice | None:
    """The candidate with the highest score (see the module's docstring);
    on a tie the earlier evidence. Wire agencies and corporate owners only
    when nothing else stands."""
    if not candidates:
        return None
    keys = {c.name: _key(c.name) for c in candidates}
    places: dict[str, int] = {}
    weight: dict[str, int] = {}
    for c in candidates:
        k = keys[c.name]
        if k not in places:
            # a name shaped like a site's counts each furniture line that gives it; any other name
            # ("Court", a person's) only its own place and the site's address
            lines = _mentions(c.name, furniture_texts) if is_site_shaped(c.name) else 1
            places[k] = lines + _domain_names(domains, c.name)
        weight[k] = max(weight.get(k, 0), WEIGHTS.get(c.evidence, STATEMENT_WEIGHT))
    # a shorter name given on its own takes the weight of its longer, desk-word form
    distinct = {k: name for name, k in keys.items()}
    for lk, long in distinct.items():
        for sk, short in distinct.items():
            if lk != sk and places[sk] > places[lk] and _desk_extension(long, short):
                weight[sk] = max(weight[sk], weight[lk])

    def score(c: Candidate) -> int:
        k = keys[c.name]
        return weight[k] + max(0, min(MAX_PLACES_BONUS, places[k] - 1))

    def rank(c: Candidate) -> tuple[int, int]:
        return score(c), -c.order

    site = [c for c in candidates if not is_wire_agency(c.name) and not is_corporate(c.name)]
    for pool in (site, [c for c in candidates if is_corporate(c.name) and not is_wire_agency(c.name)],
                 [c for c in candidates if is_wire_agency(c.name)]):
        pool = [c for c in pool if score(c) >= MIN_SCORE]
        if not pool:
            continue
        best = max(pool, key=rank)
        first = min(pool, key=lambda c: c.order)
        if keys[best.name] == keys[first.name]:
            return Choice(first.name, first.evidence)
        n = places[keys[best.name]]
        return Choice(best.name, best.evidence + (f", named in {n} places" if n > 1 else ""))
    return None
