"""The immutable data model every part of Parallax shares.

All offsets are Python string indices into one source's `text` (exactly as
decoded, never normalised), end exclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter
from functools import cached_property
from typing import Literal, NamedTuple

# "_dfee2b752badd149", "-3f2a9c01": a separator and 8+ hex digits mixing
# letters and digits (so a date such as "_20240101" is kept)
_HASH_SUFFIX = re.compile(r"[_\-.](?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$", re.IGNORECASE)


def file_name(source_id: str) -> str:
    """A source id as people read it: without the hash-like suffix scrapers
    append to make names unique (kept when nothing else would be left)."""
    return _HASH_SUFFIX.sub("", source_id) or source_id


PassageKind = Literal["verbatim", "near", "paraphrase"]
StatementKind = Literal["direct", "partial", "indirect"]
ActorType = Literal["person", "organisation", "group"]

#: Strength order used wherever kinds are compared (highest first).
PASSAGE_KINDS: tuple[PassageKind, ...] = ("verbatim", "near", "paraphrase")


@dataclass(frozen=True, slots=True)
class Span:
    """A range of characters in one source."""

    source: str
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.source == other.source and self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A range of a source that is not article body (marked, never removed)."""

    start: int
    end: int
    reason: str


class Token(NamedTuple):
    """One word. `norm` ignores case, accents and quote style; `fold` also
    folds spelling variants (Gorky/Gorkiy, favour/favor).

    A named tuple rather than a frozen dataclass: a story holds one per word
    (about a million for a thousand articles), and a tuple is built several
    times faster and is smaller.
    """

    start: int
    end: int
    norm: str
    fold: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Source.paragraphs


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when known
    url: str | None = None
    author: str | None = None  # from a web page's metadata or sources.toml
    boilerplate: tuple[Boilerplate, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()  # every word token, boilerplate included
    #: which evidence decided title/outlet/date: (("title", "first line"), …)
    meta_evidence: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """Short human name: outlet, else the file name without a hash-like suffix."""
        return self.outlet or file_name(self.id)

    def is_boilerplate(self, offset: int) -> bool:
        return any(b.start <= offset < b.end for b in self.boilerplate)

    @cached_property
    def body_tokens(self) -> tuple[Token, ...]:
        """Tokens outside boilerplate, in order (computed once: the aligners,
        the stats and every word count read it)."""
        if not self.boilerplate:
            return self.tokens
        # Whole runs of tokens between marks are sliced out at C speed: a
        # large folder reads this for every source when it opens.
        starts = list(map(itemgetter(0), self.tokens))
        out: list[Token] = []
        kept_from = 0
        for b in sorted(self.boilerplate, key=lambda b: (b.start, b.end)):
            first = bisect_left(starts, b.start, kept_from)
            out.extend(self.tokens[kept_from:first])
            kept_from = max(kept_from, bisect_left(starts, b.end, first))
        out.extend(self.tokens[kept_from:])
        return tuple(out)

    @property
    def word_count(self) -> int:
        return len(self.body_tokens)

    def __getstate__(self) -> dict:
        # body_tokens is derived from tokens: left out of pickles (the Story
        # cache) and rebuilt on first use, which halves what is stored.
        state = dict(self.__dict__)
        state.pop("body_tokens", None)
        return state


@dataclass(frozen=True)
class Passage:
    """One stretch of text shared by two or more sources (an N-way cluster)."""

    id: str
    kind: PassageKind
    similarity: float
    spans: tuple[Span, ...]

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.source for s in self.spans))


@dataclass(frozen=True, slots=True)
class Link:
    """One pairwise alignment: span `a` of one source and span `b` of another
    carry the same words (verbatim, near) or the same claim (paraphrase).
    Passages are clusters of links; shares of shared words are read from
    links, so a short member of a passage never counts a long one's words."""

    a: Span
    b: Span
    kind: PassageKind
    similarity: float


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    type: ActorType = "person"


@dataclass(frozen=True)
class Statement:
    """What an actor said in one source. start/end delimit the content
    (inside the quotation marks, or the reported clause)."""

    id: str
    actor: str | None
    source: str
    start: int
    end: int
    kind: StatementKind
    cue: str | None = None
    group: str | None = None
    speaker_span: Span | None = None  # the mention of the speaker (name, role or pronoun), if any


@dataclass(frozen=True)
class DiffOp:
    """One opcode of a word diff, difflib-style, with character offsets on
    both sides. tag is 'equal', 'insert', 'delete' or 'replace'."""

    tag: Literal["equal", "insert", "delete", "replace"]
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class QuoteComparison:
    """Two direct renderings of one utterance compared word for word."""

    a: str  # statement id
    b: str  # statement id
    status: Literal["identical", "altered"]
    changes: tuple[str, ...] = ()  # e.g. ("words changed", "re-punctuated")
    diff: tuple[DiffOp, ...] = ()


@dataclass(frozen=True)
class QuoteFidelity:
    group: str
    comparisons: tuple[QuoteComparison, ...] = ()

    @property
    def altered(self) -> bool:
        return any(c.status == "altered" for c in self.comparisons)


@dataclass(frozen=True)
class Story:
    sources: tuple[Source, ...]
    passages: tuple[Passage, ...] = ()
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    fidelity: tuple[QuoteFidelity, ...] = ()
    title: str = ""
    warnings: tuple[str, ...] = field(default=(), compare=False)
    links: tuple[Link, ...] = ()  # pairwise alignments the passages cluster (added last: existing positional use stays valid)
    lineage: tuple["LineageEdge", ...] = ()
    families: tuple["Family", ...] = ()
    coverage: tuple["Coverage", ...] = ()

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)


LineageDirection = Literal["from→to", "undecided", "common-origin"]


@dataclass(frozen=True)
class LineageEdge:
    """Reuse between two sources. With direction "from→to", `to` took text
    from `source_from`; otherwise the order of the pair means nothing."""

    source_from: str
    to: str
    share_of_to: float  # share of `to`'s body words found in `source_from`
    share_of_from: float  # share of `source_from`'s body words found in `to`
    direction: LineageDirection
    confidence: float  # 0–1
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Family:
    """Sources connected by reuse, with the probable original when one stands out."""

    members: tuple[str, ...]
    original: str | None = None


@dataclass(frozen=True)
class Coverage:
    """What one source adds (its own sentences that no other source carries)
    and leaves out (content most other sources, or its original, carry):
    `leaves_out` spans point into the sources that carry that content."""

    source: str
    adds: tuple[Span, ...] = ()
    leaves_out: tuple[Span, ...] = ()
    adds_words: int = 0
    leaves_out_words: int = 0
