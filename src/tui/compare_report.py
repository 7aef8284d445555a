"""`parallax compare A B`: two sources side by side, as Rich text, JSON or Markdown."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from .core.lineage import PairComparison, compare_pair
from .core.loading import SourceError
from .core.model import Source, Span, Story

EXCERPT = 110
LISTED = 12  # sentences listed per side in text output (JSON has all)


def find_source(story: Story, name: str) -> Source:
    """A source by id, file name, outlet or a unique prefix of its id (any case)."""
    key = name.casefold()
    exact = [s for s in story.sources
             if key in (s.id.casefold(), s.path.rsplit("/", 1)[-1].casefold(), (s.outlet or "").casefold())]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [s for s in story.sources if s.id.casefold().startswith(key)]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(s.id for s in story.sources)
    if not matches:
        raise SourceError(f"no source named {name!r} (sources: {known})")
    raise SourceError(f"{name!r} names {len(matches)} sources ({', '.join(s.id for s in matches)}); be more precise")


def _excerpt(story: Story, span: Span, width: int = EXCERPT) -> str:
    text = " ".join(story.source(span.source).text[span.start:span.end].split())
    return text if len(text) <= width else text[: width - 1] + "…"


def verdict(story: Story, cmp: PairComparison) -> str:
    label = {s.id: s.label for s in story.sources}
    e = cmp.edge
    if e is None:
        return f"no substantial reuse between {label[cmp.a]} and {label[cmp.b]}"
    if e.direction == "from→to":
        return f"{label[e.to]} took text from {label[e.source_from]} (confidence {e.confidence:.2f})"
    if e.direction == "common-origin":
        return f"{label[cmp.a]} and {label[cmp.b]} both took from a common origin"
    return f"{label[cmp.a]} and {label[cmp.b]} share text; the direction is undecided"


def comparison_to_dict(story: Story, cmp: PairComparison) -> dict:
    from .core.serialize import WordSpans

    word_span = WordSpans(story)

    e = cmp.edge
    return {
        "a": cmp.a,
        "b": cmp.b,
        "verdict": verdict(story, cmp),
        "lineage": None if e is None else {
            "from": e.source_from, "to": e.to, "direction": e.direction,
            "confidence": e.confidence, "evidence": list(e.evidence)},
        "share_of_a_in_b": round(cmp.share_a, 4),
        "share_of_b_in_a": round(cmp.share_b, 4),
        "only_in_a": [word_span(s) for s in cmp.only_a],
        "only_in_b": [word_span(s) for s in cmp.only_b],
        "altered_quotes": [{"a": c.a, "b": c.b, "changes": list(c.changes)} for c in cmp.altered_quotes],
    }


def _quote_text(story: Story, statement_id: str) -> str:
    st = next(s for s in story.statements if s.id == statement_id)
    return _excerpt(story, Span(st.source, st.start, st.end), 90)


def print_comparison(story: Story, cmp: PairComparison, console: Console) -> None:
    label = {s.id: s.label for s in story.sources}
    a, b = label[cmp.a], label[cmp.b]
    console.print(f"[bold]{escape(a)}[/] ({cmp.a}) and [bold]{escape(b)}[/] ({cmp.b})")
    console.print(f"  {escape(verdict(story, cmp))}")
    if cmp.edge:
        for line in cmp.edge.evidence:
            console.print(f"    · {escape(line)}", highlight=False)
    console.print(f"  {cmp.share_a:.0%} of {escape(a)}'s words are shared with {escape(b)}; "
                  f"{cmp.share_b:.0%} of {escape(b)}'s with {escape(a)}", highlight=False)
    for who, other, spans, words in ((a, b, cmp.only_a, cmp.only_a_words), (b, a, cmp.only_b, cmp.only_b_words)):
        console.print(f"\n[bold]Only in {escape(who)}[/] ({escape(who)} adds, {escape(other)} leaves out): "
                      f"{len(spans)} sentences, {words} words", highlight=False)
        for span in spans[:LISTED]:
            console.print(f"  · {escape(_excerpt(story, span))}", highlight=False)
        if len(spans) > LISTED:
            console.print(f"  … {len(spans) - LISTED} more (--json lists all)")
    console.print(f"\n[bold]Quotations rendered differently[/]: {len(cmp.altered_quotes)}")
    for c in cmp.altered_quotes:
        console.print(f"  · {escape(_quote_text(story, c.a))}\n    {escape(_quote_text(story, c.b))}\n"
                      f"    ({', '.join(c.changes)})", highlight=False)


def markdown_comparison(story: Story, cmp: PairComparison) -> str:
    label = {s.id: s.label for s in story.sources}
    a, b = label[cmp.a], label[cmp.b]
    out = [f"# {a} and {b}", "", verdict(story, cmp) + ".", ""]
    if cmp.edge:
        out += [f"- {line}" for line in cmp.edge.evidence] + [""]
    out += [f"{cmp.share_a:.0%} of {a}'s words are shared with {b}; {cmp.share_b:.0%} of {b}'s with {a}.", ""]
    for who, other, spans, words in ((a, b, cmp.only_a, cmp.only_a_words), (b, a, cmp.only_b, cmp.only_b_words)):
        out += [f"## Only in {who}", "", f"{who} adds, {other} leaves out: {len(spans)} sentences, {words} words.", ""]
        out += [f"- {_excerpt(story, span, 200)}" for span in spans] + [""]
    out += ["## Quotations rendered differently", ""]
    out += [f"- {_quote_text(story, c.a)} / {_quote_text(story, c.b)} ({', '.join(c.changes)})"
            for c in cmp.altered_quotes] or ["None."]
    return "\n".join(out) + "\n"


def compare(story: Story, a_name: str, b_name: str) -> PairComparison:
    a, b = find_source(story, a_name), find_source(story, b_name)
    if a.id == b.id:
        raise SourceError(f"{a_name!r} and {b_name!r} are the same source ({a.id})")
    return compare_pair(story, a.id, b.id)
