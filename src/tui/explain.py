"""`parallax analyze PATH --explain FILE`: one source, line by line, with the
reason for every marked (boilerplate) line and the evidence behind its
title, outlet and date, so a user can see why text was hidden."""

from __future__ import annotations

from pathlib import Path

from .core.boilerplate import detector_of
from .core.loading import SourceError
from .core.model import Source, Story


def find_source(story: Story, which: str) -> Source:
    """The source named by a path, a file name, a file stem or an id."""
    wanted = Path(which)
    for src in story.sources:
        path = Path(src.path)
        if which in (src.id, path.name, path.stem) or (wanted.exists() and path.resolve() == wanted.resolve()):
            return src
    names = ", ".join(Path(s.path).name for s in story.sources[:5])
    more = ", …" if len(story.sources) > 5 else ""
    raise SourceError(f"--explain {which}: no such source among those read ({names}{more})")


def explain(src: Source) -> str:
    evidence = dict(src.meta_evidence)
    out = [f"{src.path}"]
    for key in ("title", "outlet", "date"):
        value = getattr(src, key)
        why = f"  ({evidence[key]})" if key in evidence else ""
        out.append(f"  {key}: {value if value else '—'}{why}")
    out.append(f"  {src.word_count} body words, {len(src.boilerplate)} marked lines")
    out.append("")
    marks = {b.start: b for b in src.boilerplate}
    width = len(str(src.text.count("\n") + 1))
    offset = 0
    for n, raw in enumerate(src.text.split("\n"), 1):
        line = raw.rstrip("\r")
        lead = len(line) - len(line.lstrip())
        mark = marks.get(offset + lead)
        if mark is None and line.strip():
            mark = next((b for b in src.boilerplate if b.start <= offset + lead < b.end), None)
        if mark:
            out.append(f"{n:>{width}} ✗ {line}")
            out.append(f"{'':>{width}}   └ {detector_of(mark.reason)}: {mark.reason}")
        else:
            out.append(f"{n:>{width}}   {line}".rstrip())
        offset += len(raw) + 1
    return "\n".join(out) + "\n"
