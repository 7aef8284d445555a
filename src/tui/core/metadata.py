"""Title, outlet and date, when the text of an article itself reveals them."""

from __future__ import annotations

import re
from datetime import date

from .model import Boilerplate

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november", "dec december"]
    )
    for m in names.split()
}
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]
_DOMAIN = re.compile(r"\b(?:https?://)?(?:www\.)?((?:[\w-]+\.)+(?:com|org|net|co\.uk|news|info|io|tv|de|fr|ru|ua|in))\b", re.I)
_ACCOUNT_OUTLET = re.compile(r"\b(?:create|open|register for|join)\s+(?:a|an|your)\s+(?:free\s+)?((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s+account\b")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?((?:[A-Z][\w&'’.-]*\s*){1,4})")
_SELF_REFERENCE = re.compile(r"\b[Tt]he ((?:[A-Z][\w&'’.-]*\s){0,2}[A-Z][\w&'’.-]*) (?:has|have) not (?:independently )?(?:verified|confirmed)")
_HEADLINE_END = re.compile(r"[.!?…][\"”’'»)\]]*\s*$|,\s*$")


def _first_line(text: str) -> tuple[int, int] | None:
    m = re.search(r"\S[^\n]*", text)
    if not m:
        return None
    s, e = m.span()
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def infer_title(text: str) -> str | None:
    """The headline, when the file starts with one: a short first line that
    does not end like a sentence and is followed by more text."""
    first = _first_line(text)
    if not first:
        return None
    s, e = first
    line = text[s:e]
    words = line.split()
    if not 3 <= len(words) <= 30 or _HEADLINE_END.search(line) or e >= len(text.rstrip()):
        return None
    if any(p.fullmatch(line.strip()) for p in _DATE_PATTERNS):
        return None
    return line.strip()


def _in_text_form(text: str, label: str) -> str | None:
    """How the article itself writes an outlet's name (bbc.com → 'BBC')."""
    m = re.search(rf"\b({re.escape(label)})\b", text, re.I)
    if m and m.group(1) != m.group(1).lower():
        return m.group(1)
    return None


def infer_outlet(text: str, marks: list[Boilerplate]) -> str | None:
    marked = [text[b.start:b.end] for b in marks]
    for line in marked:
        m = _DOMAIN.search(line)
        if m and b"@" not in line.encode():
            domain = m.group(1).lower()
            label = domain.split(".")[0]
            return _in_text_form(text, label) or domain
    for line in marked:
        m = _ACCOUNT_OUTLET.search(line)
        if m:
            return m.group(1).strip()
    for line in marked:
        m = _COPYRIGHT.search(line)
        if m:
            return m.group(1).strip()
    m = _SELF_REFERENCE.search(text)
    if m:
        return m.group(1).strip()
    return None


def _parse_date(m: re.Match) -> date | None:
    groups = m.groupdict()
    try:
        month = int(groups["month"]) if groups.get("month") else MONTHS.get(groups["mon"].lower())
        if not month:
            return None
        return date(int(groups["year"]), month, int(groups["day"]))
    except (ValueError, TypeError):
        return None


def infer_date(text: str, marks: list[Boilerplate]) -> str | None:
    """The first full date stated outside the boilerplate (a dateline or a
    'published' line), as YYYY-MM-DD."""
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(b.start <= m.start() < b.end for b in marks):
                continue
            d = _parse_date(m)
            if d:
                found.append((m.start(), d))
    if not found:
        return None
    return min(found)[1].isoformat()


def infer(text: str, marks: list[Boilerplate]) -> dict:
    return {
        "title": infer_title(text),
        "outlet": infer_outlet(text, marks),
        "date": infer_date(text, marks),
    }
