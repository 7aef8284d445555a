"""The analysis core: pure Python, no Textual. Produces one immutable Story."""

from .diff import word_diff
from .loading import SourceError
from .model import (
    Actor, Boilerplate, DiffOp, Link, Paragraph, Passage, QuoteComparison, QuoteFidelity,
    Sentence, Source, Span, Statement, Story, Token,
)
from .story import analyze_paths, build_story

__all__ = [
    "Actor", "Boilerplate", "DiffOp", "Link", "Paragraph", "Passage", "QuoteComparison",
    "QuoteFidelity", "Sentence", "Source", "SourceError", "Span", "Statement", "Story",
    "Token", "analyze_paths", "build_story", "word_diff",
]
