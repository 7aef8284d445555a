"""Word-level diffs between two spans, difflib-style opcodes with character offsets."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from .model import DiffOp, Token
from .text import tokenize

_PUNCT_RE = re.compile(r"[^\w\s]")


def _punct_tokens(text: str, start: int, end: int) -> list[Token]:
    """Words and single punctuation marks (quote marks excluded), in order."""
    out = tokenize(text, start, end)
    for m in _PUNCT_RE.finditer(text, start, end):
        ch = m.group()
        if ch in "“”‘’\"'«»":
            continue
        if any(t.start <= m.start() < t.end for t in out):
            continue
        out.append(Token(m.start(), m.end(), ch, ch))
    out.sort(key=lambda t: t.start)
    return out


def word_diff(a_text: str, a_start: int, a_end: int, b_text: str, b_start: int, b_end: int,
              *, punctuation: bool = False) -> tuple[DiffOp, ...]:
    """Diff text_a[a_start:a_end] against text_b[b_start:b_end] word by word.

    Words compare case-, accent- and quote-style-insensitively. With
    `punctuation`, commas, full stops etc. are compared too (for quote fidelity).
    Opcodes cover each side's words; char ranges run from the first word's
    start to the last word's end (empty ranges sit at the neighbouring word).
    """
    tok = _punct_tokens if punctuation else tokenize
    ta = tok(a_text, a_start, a_end)
    tb = tok(b_text, b_start, b_end)
    na = [t.norm for t in ta]
    nb = [t.norm for t in tb]
    ops: list[DiffOp] = []
    for op in Levenshtein.opcodes(na, nb):
        ops.append(
            DiffOp(
                op.tag,
                *_char_range(ta, op.src_start, op.src_end, a_start, a_end),
                *_char_range(tb, op.dest_start, op.dest_end, b_start, b_end),
            )
        )
    return tuple(_merge_adjacent(ops))


def _char_range(tokens: list[Token], i: int, j: int, lo: int, hi: int) -> tuple[int, int]:
    if i < j:
        return tokens[i].start, tokens[j - 1].end
    pos = tokens[i].start if i < len(tokens) else (tokens[-1].end if tokens else lo)
    return pos, pos


def _merge_adjacent(ops: list[DiffOp]) -> list[DiffOp]:
    """Levenshtein emits runs like delete+insert; difflib shows them as one replace."""
    out: list[DiffOp] = []
    for op in ops:
        if out and out[-1].tag != "equal" and op.tag != "equal":
            prev = out.pop()
            out.append(DiffOp("replace", prev.a_start, max(prev.a_end, op.a_end),
                              prev.b_start, max(prev.b_end, op.b_end)))
        else:
            out.append(op)
    return out
