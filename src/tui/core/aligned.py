"""Sources as the passage aligners see them: body word sequences with the
facts every filter needs, and the Region two aligners report.

Boilerplate is left out here, once, so no aligner can link it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import speech
from .model import Source
from .text import STOPWORDS

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
    Only quote marks and line breaks are visited, not every character.
    """
    events = [(m.start(), m.group()) for m in _QUOTE_EVENT.finditer(text)]
    mask: list[bool] = []
    inside = False
    ei = 0
    for pos in starts:
        while ei < len(events) and events[ei][0] < pos:
            ch = events[ei][1]
            if ch in "“«„":
                inside = True
            elif ch == '"':
                inside = not inside
            else:  # closing mark or line break
                inside = False
            ei += 1
        mask.append(inside)
    return mask


def _containing(ranges, starts: list[int]) -> list[int]:
    """For each offset, the index of the (sorted) range holding it, or -1."""
    out = []
    i = 0
    for pos in starts:
        while i < len(ranges) and ranges[i].end <= pos:
            i += 1
        out.append(i if i < len(ranges) and ranges[i].start <= pos else -1)
    return out


def prepare_docs(sources: Sequence[Source]) -> list[AlignDoc]:
    docs = []
    for i, src in enumerate(sources):
        toks = src.body_tokens
        text = src.text
        starts = [t.start for t in toks]
        sentence_of = _containing(src.sentences, starts)
        paragraph_of = _containing(src.paragraphs, starts)
        docs.append(
            AlignDoc(
                index=i,
                source=src,
                starts=starts,
                ends=[t.end for t in toks],
                norms=[t.norm for t in toks],
                folds=[t.fold for t in toks],
                # reporting verbs are the genre's glue ("X said", "Y stated"), not content
                content=[not (t.norm in STOPWORDS or len(t.norm) <= 1 or t.norm in REPORTING_VERBS)
                         for t in toks],
                lower=[not text[t.start].isupper() for t in toks],
                quoted=_quoted_mask(text, starts),
                sentence=sentence_of,
                paragraph=paragraph_of,
            )
        )
    return docs
