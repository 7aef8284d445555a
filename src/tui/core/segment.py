"""Paragraphs and sentences with character offsets.

A sentence ends at . ! ? (with any closing quotes or brackets after it) when
the next word starts a new sentence; known abbreviations and initials do not
end one.
"""

from __future__ import annotations

import re

from .model import Paragraph, Sentence

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st sr jr prof gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    vs etc inc ltd co corp no nos fig approx est dept univ ave blvd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m""".split()
)
_LONGEST = max(map(len, ABBREVIATIONS))

_TERMINATOR_RE = re.compile(r"[.!?…]+[”’\"'»)\]]*")
_NEXT_START_RE = re.compile(r"\s+([“‘\"'«(\[]*)(\S)")
_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")  # U.S., a.m.


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraph ranges, trimmed of surrounding white space.

    Scraped articles usually put one paragraph on a line; text that is
    hard-wrapped (blank-line separated blocks of short lines) is joined by blocks.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]*", text) if m.end() > m.start()]
    nonblank = [(s, e) for s, e in lines if text[s:e].strip()]
    if not nonblank:
        return []
    if _looks_hard_wrapped(text, nonblank):
        blocks = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t\r]*\n))*", text)]
        return [_trim(text, s, e) for s, e in blocks]
    return [_trim(text, s, e) for s, e in nonblank]


def _looks_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 6 or not re.search(r"\n[ \t\r]*\n", text):
        return False
    lengths = sorted(e - s for s, e in lines)
    median = lengths[len(lengths) // 2]
    unfinished = sum(1 for s, e in lines if not re.search(r"[.!?:”\"']\s*$", text[s:e]))
    return median <= 90 and unfinished > len(lines) * 0.5


def _trim(text: str, s: int, e: int) -> Paragraph:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Paragraph(s, e)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` belongs to an abbreviation or an initial."""
    if dot > _LONGEST and text[dot - _LONGEST - 1:dot].isalpha():
        # a word longer than any abbreviation (most sentence ends), and no
        # dotted acronym (its last letter follows a dot)
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return True
    # dotted acronyms like U.S. or a.m.
    return _DOTTED_RE.fullmatch(word) is not None


def sentences_in(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    out: list[Sentence] = []
    s = start
    for m in _TERMINATOR_RE.finditer(text, start, end):
        stop = m.end()
        nxt = _NEXT_START_RE.match(text, stop, end)
        if not nxt:
            continue
        first = nxt.group(2)
        if not (first.isupper() or first.isdigit()):
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()):
            continue
        if stop > s:
            out.append(Sentence(s, stop, paragraph))
        s = nxt.start(1) if nxt.group(1) else nxt.start(2)
    if end > s and text[s:end].strip():
        out.append(Sentence(s, end, paragraph))
    return out


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    out: list[Sentence] = []
    for i, p in enumerate(paras):
        out.extend(sentences_in(text, p.start, p.end, i))
    return out
