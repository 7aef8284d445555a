"""Marking the lines of a scraped article that are not its body.

Nothing is removed: each boilerplate line becomes a (start, end, reason)
range. The signals are general (line shape, repetition, script, position
after the body, topical drift), never strings of particular sites.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from .model import Boilerplate
from .text import STOPWORDS, fold_word, norm_word

_WORD = re.compile(r"[#@]?\w+(?:['’\-.]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*\s*$|[\"”»]\s*$")
_DOMAIN = re.compile(r"\b(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+|[\w-]+\.(?:com|org|net|co\.uk|news|info|io|tv|de|fr|ru|ua|in)\b)", re.I)
_PROMO = re.compile(
    r"^\W*(?:also read|read also|read more|more reading|related(?: stories| articles| news| reads| posts)?|"
    r"recommended(?: for you)?|more from|see also|you may (?:also )?(?:be interested|like)|"
    r"trending(?: now)?|most read|popular(?: now)?|don'?t miss|watch|listen)\b",
    re.I,
)
_ACCOUNT = re.compile(
    r"\b(?:sign in|sign up|log ?in|subscribe|register|create (?:a|an|your) .{0,40}account|newsletter|"
    r"already a member|to post comments|leave a comment)\b",
    re.I,
)
_NAV_WORDS = frozenset(
    "previous next post posts home menu share print email comments comment tags tag related "
    "back top skip content search prev older newer article articles reads more".split()
)
_CREDIT = re.compile(r"^\(?(?:photo|image|picture|credit|source|illustration|video)s?\b\s*[:/]|©|\bgetty images\b", re.I)
_DATE_ONLY = re.compile(r"^[\W\d]*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})[\s\d:.,APMapm]*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, end before the line break."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while e > s and text[e - 1] in "\r \t":
            e -= 1
        while s < e and text[s] in " \t\ufeff":
            s += 1
        if s < e:
            out.append((s, e))
    return out


def _norm_line(line: str) -> str:
    return " ".join(norm_word(w) for w in _WORD.findall(line))


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def line_counts_across(texts: Iterable[str]) -> Counter:
    """How many sources contain each (normalised) short line."""
    counts: Counter = Counter()
    for text in texts:
        seen = {_norm_line(text[s:e]) for s, e in _lines(text) if len(_words(text[s:e])) <= 8}
        counts.update(k for k in seen if k)
    return counts


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"


_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _scripts(text: str) -> Counter:
    """Letters per Unicode script; ASCII letters counted in bulk (the hot case)."""
    counts = Counter(_script(c) for c in _NON_ASCII.findall(text) if c.isalpha())
    latin = len(_NOT_ASCII_LETTER.sub("", text))
    if latin:
        counts["LATIN"] += latin
    return counts


def _content(line: str) -> set[str]:
    out = set()
    for w in _words(line):
        n = norm_word(w.lstrip("#@"))
        if len(n) > 2 and n not in STOPWORDS:
            out.add(fold_word(n))
    return out


def _shape_reason(line: str, n_words: int, doc_script: str) -> str | None:
    """Reasons visible in the line itself, wherever it stands."""
    if not line.isascii() or doc_script != "LATIN":  # an ASCII line is Latin script
        scripts = _scripts(line)
        if scripts and doc_script and scripts.most_common(1)[0][0] != doc_script:
            return "text in another script"
    chunks = line.split()
    tags = sum(1 for c in chunks if c.startswith("#") and len(c) > 1)
    if tags >= 2 and tags >= 0.6 * len(chunks):
        return "hashtags"
    if n_words <= 12 and _DOMAIN.search(line):
        return "site credit"
    if _PROMO.match(line) and (n_words <= 20 or ":" in line[:25]):
        return "promo for another story"
    if n_words <= 25 and _ACCOUNT.search(line):
        return "sign-in prompt"
    if n_words <= 8 and not _SENTENCE_END.search(line):
        if _CREDIT.search(line) or re.search(r"\w\s*/\s*\w", line) and not re.search(r"\d/\d", line):
            return "image credit"
        lowered = [norm_word(w) for w in _words(line)]
        if lowered and all(w in _NAV_WORDS for w in lowered):
            return "navigation"
    return None


def detect_boilerplate(text: str, lines_elsewhere: Counter | None = None) -> list[Boilerplate]:
    lines = _lines(text)
    if not lines:
        return []
    doc_scripts = _scripts(text)
    doc_script = doc_scripts.most_common(1)[0][0] if doc_scripts else ""
    reasons: dict[int, str] = {}
    seen: dict[str, int] = {}
    first_line_norm = _norm_line(text[lines[0][0]:lines[0][1]])

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        words = _words(line)
        key = _norm_line(line)
        if key and key in seen:
            if key == first_line_norm and i > 0:
                reasons[i] = "repeated headline"
            elif _DATE_ONLY.match(line):
                reasons[i] = "repeated dateline"
            else:
                reasons[i] = "repeated line"
            continue
        if key:
            seen[key] = i
        reason = _shape_reason(line, len(words), doc_script)
        if reason is None and lines_elsewhere is not None and len(words) <= 6 \
                and not _SENTENCE_END.search(line) and lines_elsewhere.get(key, 0) >= 3:
            reason = "line repeated across sources"
        if reason:
            reasons[i] = reason

    _mark_trailing_block(text, lines, reasons)
    return [Boilerplate(s, e, reasons[i]) for i, (s, e) in enumerate(lines) if i in reasons]


def _mark_trailing_block(text: str, lines: list[tuple[int, int]], reasons: dict[int, str]) -> None:
    """Walk back from the end over lines that are not body: labels, teasers
    for other stories (words the article never uses), already-marked junk."""
    head = lines[: max(1, int(len(lines) * 0.6))]
    vocabulary: Counter = Counter()
    for s, e in head:
        vocabulary.update(_content(text[s:e]))
    for i in range(len(lines) - 1, 0, -1):
        s, e = lines[i]
        line = text[s:e]
        if i in reasons:
            continue
        words = _words(line)
        content = _content(line)
        if len(words) <= 6 and not _SENTENCE_END.search(line):
            reasons[i] = "section label after the article"
            continue
        if len(content) >= 4:
            own = Counter(content) if (s, e) in head else Counter()
            known = sum(1 for w in content if vocabulary[w] - own[w] > 0)
            overlap = known / len(content)
            # A teaser looks like a headline or a cut-off snippet; a body
            # paragraph that merely drifts in topic ends like a sentence.
            teaser_shape = (" | " in line or line.rstrip().endswith(("…", "...", "[…]"))
                            or not _SENTENCE_END.search(line))
            if overlap < 0.3 and teaser_shape and len(lines) >= 6:
                reasons[i] = "unrelated content after the article"
                continue
        break
