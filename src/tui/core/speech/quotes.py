"""Quotations in scraped news text: which quote marks open and close, and
where a quotation runs across paragraphs. Apostrophes far outnumber single
quote marks, so single marks count only in clear positions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
# Doubled single marks (‘‘…’’, ''…'') stand for double quotes in some scraped text.
QUOTE_CHARS_RE = re.compile(r"‘‘|’’|''|``|[\"“”„«»'‘’‚]")
TERMINAL = ".!?…"


@dataclass(frozen=True, slots=True)
class Quote:
    open: int  # the opening mark
    close: int  # the closing mark (or where an unclosed quote was cut)
    start: int  # content
    end: int
    closed: bool
    # A quotation over several paragraphs is one Quote per paragraph (news
    # convention: each paragraph reopens it, only the last closes), so that
    # every paragraph is a statement of its own. `first` is the opening mark
    # of the first paragraph's piece (its own `open` when it stands alone).
    first: int = -1
    runs_on: bool = False  # continued in the next paragraph

    @property
    def chained(self) -> bool:
        return self.runs_on or self.first != self.open


def _classify(text: str, i: int, lo: int, hi: int) -> tuple[str | None, str]:
    """('open' | 'close' | 'either' | None, 'd' | 's') for a quote mark."""
    c = text[i]
    if text[i:i + 2] in ("‘‘", "``"):
        return "open", "d"
    if text[i:i + 2] == "’’":
        return "close", "d"
    if text[i:i + 2] == "''":
        c = '"'
        i += 1
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = prev.isspace() or prev in "([{—–-/:;" or i == lo
    right = nxt.isspace() or nxt in ".,;:!?)]}—–-…" or i + 1 >= hi
    if c in OPEN_DOUBLE:
        if not left and right and c == "“":
            return "close", "d"  # a mistyped closing mark
        return "open", "d"
    if c in CLOSE_DOUBLE:
        return "close", "d"
    if c == '"':
        if left and not nxt.isspace():
            return "open", "d"
        if right and not prev.isspace():
            return "close", "d"
        return "either", "d"
    # single marks: apostrophes are far more common than quotes
    if prev.isalnum() and nxt.isalnum():
        return None, "s"
    if c in "‘‚":
        return ("open", "s") if left and not nxt.isspace() else (None, "s")
    # ’ or '
    if left and nxt.isalnum() and c == "'":
        return "open", "s"
    if right and not prev.isspace():
        return "close", "s"
    return None, "s"


def find_quotes(text: str, paras: Sequence[tuple[int, int]]) -> list[Quote]:
    """Quotations in the given paragraphs (start, end), in order.

    A quote never crosses into the next paragraph unless that paragraph
    starts with a new opening mark (the convention for a quote that runs over
    several paragraphs: then each paragraph is a piece of it, see `Quote`), or the paragraph stops mid-sentence and the next one
    closes the quote (a stray line break). A quote that never closes ends at the end
    of its first paragraph; a single-mark quote that never closes is ignored
    (it was an apostrophe). Single marks inside a double quotation are nested
    quotes.
    """
    out: list[Quote] = []
    state: tuple[int, str, int] | None = None  # (open pos, kind, paragraph index)
    chain = -1  # the opening mark of the first piece of a quotation over paragraphs
    reopen_at = -1  # the mark reopening it at the start of the next paragraph
    n = len(paras)
    for pi, (ps, pe) in enumerate(paras):
        for m in QUOTE_CHARS_RE.finditer(text, ps, pe):
            i = m.start()
            if i == reopen_at:
                continue  # the reopening mark of a continued quote
            role, kind = _classify(text, i, ps, pe)
            if role is None:
                continue
            if state is None:
                if role == "open" or (role == "either" and kind == "d"):
                    state = (i + len(m.group()) - 1, kind, pi)  # (the last char of the mark)
                continue
            if kind != state[1]:
                continue  # nested quote of the other kind
            if role in ("close", "either"):
                _emit(text, out, state[0], i, True, state[0] + 1, chain)
                state, chain = None, -1
            elif role == "open" and state[2] == pi:
                state = (i + len(m.group()) - 1, kind, pi)  # an earlier opening mark never closed: drop it
                chain = -1
        if state is not None:
            nxt = pi + 1
            reopened = (state[1] == "d" and nxt < n
                        and text[_first_char(text, *paras[nxt])] in OPEN_DOUBLE + '"' + "‘`")
            if reopened and text[_first_char(text, *paras[nxt])] in "‘`" and text[_first_char(text, *paras[nxt]):][:2] not in ("‘‘", "``"):
                reopened = False
            if state[1] == "s" and nxt < n and (state[0] == _first_char(text, ps, pe) or text[state[0]] == "‘"):
                # single marks (British style): a quotation opened by ‘ or
                # opening its paragraph, reopened by the next one, runs on
                nf = _first_char(text, *paras[nxt])
                reopened = text[nf] in "‘'" and nf + 1 < paras[nxt][1] and text[nf + 1].isalnum()
            if reopened:
                # one quotation over several paragraphs: this paragraph is one piece
                content_end = pe
                while content_end > ps and text[content_end - 1].isspace():
                    content_end -= 1
                first = len(out)
                _emit(text, out, state[0], content_end, False, state[0] + 1, chain, runs_on=True)
                if len(out) > first:
                    chain = out[-1].first
                rs = _first_char(text, *paras[nxt])
                mark = 2 if text[rs:rs + 2] in ("‘‘", "``", "''") else 1
                state, reopen_at = (rs + mark - 1, state[1], nxt), rs
                continue
            broken = state[1] == "d" and nxt < n and _closes_first(text, *paras[nxt]) and not _ends_sentence(text, ps, pe)
            if broken:
                state = (state[0], state[1], nxt)  # a stray line break inside the quotation
                continue
            if state[1] == "d" or chain >= 0:
                first_para_end = paras[state[2]][1]
                if chain >= 0:
                    first_para_end = pe  # a piece of a longer quotation that never closes
                _emit(text, out, state[0], first_para_end, False, state[0] + 1, chain)
            state, chain = None, -1
    return out


def _first_char(text: str, s: int, e: int) -> int:
    while s < e and text[s].isspace():
        s += 1
    return s


def _ends_sentence(text: str, s: int, e: int) -> bool:
    t = text[s:e].rstrip()
    return bool(t) and t[-1] in TERMINAL + ":"


def _closes_first(text: str, s: int, e: int) -> bool:
    """Does the paragraph close a quotation before it opens one?"""
    for m in QUOTE_CHARS_RE.finditer(text, s, e):
        role, kind = _classify(text, m.start(), s, e)
        if kind != "d" or role is None:
            continue
        return role == "close"
    return False


def _emit(text: str, out: list[Quote], open_: int, close: int, closed: bool, content_start: int,
          chain: int = -1, runs_on: bool = False) -> None:
    if open_ > 0 and text[open_ - 1:open_ + 1] in ("‘‘", "``", "''"):
        open_ -= 1  # a doubled mark opens at its first character
    s, e = content_start, close
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and any(c.isalnum() for c in text[s:e]):
        out.append(Quote(open_, close, s, e, closed, chain if chain >= 0 else open_, runs_on))
