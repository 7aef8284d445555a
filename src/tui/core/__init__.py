"""The analysis core: pure Python, no Textual. Produces one immutable Story."""

from .diff import word_diff
from .loading import SourceError
from .model import (
    Actor, Boilerplate, DiffOp, Link, Paragraph, Passage, QuoteComparison, QuoteFidelity,
    Sentence, Source, Span, Statement, Story, Token,
)

# The analysis itself (`story` and the stages it imports: compiled patterns
# of every lexicon, a third of a second and more to import) is loaded when
# first asked for, not with the package: the reader shows its first screen,
# and `parallax --help` or `cache` answer, without waiting for it.
_LAZY = {"analyze_paths": "story", "build_story": "story"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # (asked once)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Actor", "Boilerplate", "DiffOp", "Link", "Paragraph", "Passage", "QuoteComparison",
    "QuoteFidelity", "Sentence", "Source", "SourceError", "Span", "Statement", "Story",
    "Token", "analyze_paths", "build_story", "word_diff",
]
