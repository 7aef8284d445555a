"""The immutable data model every part of Parallax shares.

All offsets are Python string indices into one source's `text` (exactly as
decoded, never normalised), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, NamedTuple

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
    folds spelling variants (Zelensky/Zelenskyy, favour/favor).

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
    boilerplate: tuple[Boilerplate, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()  # every word token, boilerplate included
    #: which evidence decided title/outlet/date: (("title", "first line"), …)
    meta_evidence: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """Short human name: outlet, else file id."""
        return self.outlet or self.id

    def is_boilerplate(self, offset: int) -> bool:
        return any(b.start <= offset < b.end for b in self.boilerplate)

    @cached_property
    def body_tokens(self) -> tuple[Token, ...]:
        """Tokens outside boilerplate, in order (computed once: the aligners,
        the stats and every word count read it)."""
        marks = sorted((b.start, b.end) for b in self.boilerplate)
        out = []
        mi = 0
        for t in self.tokens:
            while mi < len(marks) and marks[mi][1] <= t.start:
                mi += 1
            if mi < len(marks) and marks[mi][0] <= t.start:
                continue
            out.append(t)
        return tuple(out)

    @property
    def word_count(self) -> int:
        return len(self.body_tokens)


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

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)
