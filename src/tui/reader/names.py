"""What the reader calls a source: its outlet, else its title, else its file
name without the hash-like suffix that scrapers append to make names unique."""

from __future__ import annotations

import re

from tui.core import Source

# "_dfee2b752badd149", "-3f2a9c01": a separator and 8+ hex digits mixing
# letters and digits (so a date such as "_20240101" is kept)
_HASH_SUFFIX = re.compile(r"[_\-.](?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$", re.IGNORECASE)


def file_name(source_id: str) -> str:
    """The file name shown for a source: the hash-like suffix dropped (kept
    when nothing else would be left)."""
    stripped = _HASH_SUFFIX.sub("", source_id)
    return stripped or source_id


def source_name(source: Source) -> str:
    return source.outlet or source.title or file_name(source.id)
