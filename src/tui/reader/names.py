"""What the reader calls a source: its outlet, else its title, else its file
name without the hash-like suffix that scrapers append to make names unique."""

from __future__ import annotations

from tui.core import Source
from tui.core.model import file_name

__all__ = ["file_name", "source_name"]


def source_name(source: Source) -> str:
    return source.outlet or source.title or file_name(source.id)
