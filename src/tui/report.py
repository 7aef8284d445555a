"""Human-readable summaries of a Story for the `analyze` command (Rich and Markdown)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .core.model import Passage, Story
from .core.stats import SharedWords

TOP_PASSAGES = 12
MATRIX_SOURCES = 30  # a larger folder's matrix shows the most shared sources only


def excerpt(story: Story, passage: Passage, width: int = 90) -> str:
    span = passage.spans[0]
    text = " ".join(story.source(span.source).text[span.start:span.end].split())
    return text if len(text) <= width else text[: width - 1] + "…"


def boilerplate_words(story: Story, source_id: str) -> int:
    src = story.source(source_id)
    return len(src.tokens) - src.word_count


def top_passages(story: Story, n: int = TOP_PASSAGES) -> list[Passage]:
    strength = {"verbatim": 0, "near": 1, "paraphrase": 2}
    return sorted(
        story.passages,
        key=lambda p: (-len(p.source_ids), strength[p.kind], -sum(len(s) for s in p.spans)),
    )[:n]


def _fidelity_lines(story: Story) -> list[str]:
    try:
        from .statements_report import fidelity_lines
    except ImportError:
        return []
    return fidelity_lines(story)


def _matrix(story: Story) -> tuple[list[str], dict[tuple[str, str], float], str]:
    """Source ids, the shared-words matrix over them, and a note when capped."""
    shared = SharedWords(story)
    ids = shared.most_shared(MATRIX_SOURCES)
    note = "" if len(ids) == len(story.sources) else \
        f" ({len(ids)} most shared of {len(story.sources)} sources; --json has every pair)"
    return ids, shared.matrix(ids), note


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _counts(story: Story) -> str:
    return ", ".join([_plural(len(story.sources), "source"), _plural(len(story.passages), "shared passage"),
                      _plural(len(story.actors), "actor"), _plural(len(story.statements), "statement")])


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(story: Story, console: Console) -> None:
    console.print(f"[bold]{story.title or 'Story'}[/] — {_counts(story)}")
    sources = Table(title="Sources", title_justify="left")
    for col in ("id", "title", "outlet", "date"):
        sources.add_column(col)
    sources.add_column("words", justify="right")
    sources.add_column("boilerplate")
    for s in story.sources:
        sources.add_row(s.id[:14], _clip(s.title or "—", 30), _clip(s.outlet or "—", 14), s.date or "—", str(s.word_count),
                        f"{len(s.boilerplate)} lines/{boilerplate_words(story, s.id)} words")
    console.print(sources)

    ids, matrix, note = _matrix(story)
    shared = Table(title="Share of each row's words found in each column's source" + note, title_justify="left")
    shared.add_column("")
    for b in ids:
        shared.add_column(b[:12], justify="right")
    for a in ids:
        shared.add_row(a[:12], *("·" if a == b else f"{matrix[(a, b)]:.0%}" for b in ids))
    console.print(shared)

    passages = Table(title="Passages shared by the most sources", title_justify="left")
    for col in ("id", "kind", "sim", "sources", "excerpt"):
        passages.add_column(col, overflow="fold")
    for p in top_passages(story):
        passages.add_row(p.id, p.kind, f"{p.similarity:.2f}", " ".join(sid[:3] for sid in p.source_ids),
                         excerpt(story, p, 70))
    console.print(passages)
    console.print("[bold]Who took from whom[/]")
    for line in lineage_lines(story):
        console.print(f"  {line}", highlight=False)
    coverage = Table(title="What each source adds and leaves out (words)", title_justify="left")
    for col in ("source", "adds", "leaves out", "probable original"):
        coverage.add_column(col, justify="right" if col in ("adds", "leaves out") else "left")
    for c in story.coverage:
        coverage.add_row(c.source[:14], str(c.adds_words), str(c.leaves_out_words), _original_of(story, c.source))
    console.print(coverage)
    lines = _fidelity_lines(story)
    if lines:
        console.print("[bold]Quote fidelity[/]")
        for line in lines:
            console.print(f"  {line}", highlight=False)


def lineage_lines(story: Story) -> list[str]:
    """One line per edge of reuse, with its evidence."""
    if not story.lineage:
        return ["no pair of sources shares enough of its own text"]
    label = {s.id: s.label for s in story.sources}
    out = []
    for e in story.lineage:
        a, b = label[e.source_from], label[e.to]
        head = {"from→to": f"{b} took from {a}: {e.share_of_to:.0%} of {b} is shared (confidence {e.confidence:.2f})",
                "common-origin": f"{a} and {b} took from a common origin ({e.share_of_to:.0%} / {e.share_of_from:.0%})",
                "undecided": f"{a} and {b} share text, direction undecided ({e.share_of_to:.0%} / "
                             f"{e.share_of_from:.0%})"}[e.direction]
        out.append(f"{head} — {'; '.join(e.evidence)}")
    return out


def _original_of(story: Story, source_id: str) -> str:
    for f in story.families:
        if source_id in f.members:
            return "—" if f.original in (None, source_id) else f.original
    return "—"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_report(story: Story) -> str:
    out = [f"# {story.title or 'Story'}", "",
           f"{_counts(story)}.", "",
           "## Sources", "", "| id | title | outlet | date | words | boilerplate |", "|---|---|---|---|---:|---|"]
    for s in story.sources:
        out.append(f"| {s.id} | {_md_escape(s.title or '—')} | {_md_escape(s.outlet or '—')} | {s.date or '—'} "
                   f"| {s.word_count} | {len(s.boilerplate)} lines, {boilerplate_words(story, s.id)} words |")
    ids, matrix, note = _matrix(story)
    out += ["", "## Shared words", "", f"Share of each row's words found in each column's source{note}.", "",
            "| | " + " | ".join(ids) + " |",
            "|---|" + "---:|" * len(ids)]
    for a in ids:
        cells = ["·" if a == b else f"{matrix[(a, b)]:.0%}" for b in ids]
        out.append(f"| {a} | " + " | ".join(cells) + " |")
    out += ["", "## Passages shared by the most sources", "", "| id | kind | similarity | sources | excerpt |",
            "|---|---|---:|---|---|"]
    for p in top_passages(story):
        out.append(f"| {p.id} | {p.kind} | {p.similarity:.2f} | {', '.join(p.source_ids)} | "
                   f"{_md_escape(excerpt(story, p))} |")
    out += ["", "## Who took from whom", ""] + [f"- {_md_escape(line)}" for line in lineage_lines(story)]
    out += ["", "## What each source adds and leaves out", "",
            "| source | adds (words) | leaves out (words) | probable original |", "|---|---:|---:|---|"]
    out += [f"| {c.source} | {c.adds_words} | {c.leaves_out_words} | {_original_of(story, c.source)} |"
            for c in story.coverage]
    lines = _fidelity_lines(story)
    if lines:
        out += ["", "## Quote fidelity", ""] + [f"- {_md_escape(line)}" for line in lines]
    return "\n".join(out) + "\n"
